import type { ServiceItemDefinition } from '../definition';
import { AGENT_FIELDS, SUBJECT_IDENTITY_FIELDS } from './common-fields';

/**
 * 城乡居民参保登记 (seeds/002 粤医保 screen; seeds/004 表15). A guardian enrolling a child acts for another
 * person: the child's details are typed and the child's 户口簿 page or 出生医学证明 is photographed.
 */
export const enroll: ServiceItemDefinition = {
  id: 'enroll',
  kind: 'enroll',
  infno: 'ZZ01',
  acceptedIdKinds: ['resident', 'hkmo-permit', 'tw-permit', 'foreigner-2023', 'foreigner-2017'],
  allowProxy: true,
  requiresNoticeConsent: false,
  fields: [
    ...SUBJECT_IDENTITY_FIELDS,
    {
      name: 'gend',
      kind: 'choice',
      subject: 'subject',
      required: true,
      codeTable: 'gend',
      fromIdentity: 'gender',
    },
    {
      name: 'naty',
      kind: 'choice',
      subject: 'subject',
      required: true,
      codeTable: 'naty',
      fromIdentity: 'nation',
    },
    {
      name: 'brdy',
      kind: 'date',
      subject: 'subject',
      required: true,
      fromIdentity: 'birthDate',
      dateBounds: { yearsBack: 120, yearsAhead: 0 },
    },
    {
      name: 'hsreg_admdvs',
      kind: 'region',
      subject: 'subject',
      required: true,
      prefillFrom: 'idNumberRegion',
    },
    {
      name: 'hsreg_addr',
      kind: 'text',
      subject: 'subject',
      required: true,
      maxLength: 200,
      fromIdentity: 'address',
      keyboard: 'pinyin',
    },
    { name: 'insu_admdvs', kind: 'region', subject: 'case', required: true, prefillFrom: 'kioskCounty' },
    {
      name: 'psn_idet_type',
      kind: 'choice',
      subject: 'case',
      required: true,
      codeTable: 'psn_idet_type',
    },
    {
      name: 'subs_type',
      kind: 'choice',
      subject: 'case',
      required: true,
      codeTable: 'subs_type',
    },
    {
      name: 'addr',
      kind: 'text',
      subject: 'subject',
      required: true,
      maxLength: 200,
      keyboard: 'pinyin',
      copyOffer: { field: 'hsreg_addr' },
    },
    { name: 'tel', kind: 'phone', subject: 'subject', required: true, keyboard: 'digits' },
    // Optional: contributions are paid through the tax channels (seeds/000, seeds/003); a bank account is
    // only needed where the county collects by bank deduction.
    { name: 'bank_acct_name', kind: 'personName', subject: 'case', required: false, keyboard: 'pinyin' },
    {
      name: 'bank_name',
      kind: 'choice',
      subject: 'case',
      required: false,
      codeTable: 'bank',
    },
    { name: 'bank_acct', kind: 'bankAccount', subject: 'case', required: false, keyboard: 'digits' },
    ...AGENT_FIELDS,
  ],
  // Who (the card's fields; passed over when all were read from it), where, what status, how to pay.
  pages: [
    {
      id: 'who',
      fields: [
        'psn_name',
        'psn_cert_type',
        'certno',
        'gend',
        'naty',
        'brdy',
        ...AGENT_FIELDS.map((f) => f.name),
      ],
    },
    { id: 'address', fields: ['hsreg_admdvs', 'hsreg_addr', 'insu_admdvs', 'addr', 'tel'] },
    { id: 'status', fields: ['psn_idet_type', 'subs_type'] },
    { id: 'bank', fields: ['bank_acct_name', 'bank_name', 'bank_acct'] },
  ],
  materials: [
    {
      id: 'identity-doc',
      matlKey: 'id-or-hukou',
      documents: ['idCardOrHukou', 'hukouOrBirthCertificate'],
      minPages: 1,
      maxPages: 4,
    },
  ],
  promiseAllowed: false,
  rules: ['idMatchesBirthAndGender', 'applicantTypeMatchesAge', 'proxyIsAnotherPerson', 'bankAllOrNothing'],
  nextSteps: ['enrollReview', 'enrollPay', 'enrollPayChannels', 'keepReceipt'],
};
