/**
 * Back-office methods (office.*, backOffice role): sync health, the case ledger, resend/resolve and
 * reconciliation with the province's ZZ04 listing. Every method's args extend WithAdminToken.
 */
export const officeContract = {} as const;
