/**
 * Where a case stands between the kiosk and the province (db/case-types.ts explains each one). Shared by the
 * case store and the KioskApi contract, so the screen and the database always agree on the list.
 */
export const CASE_STATUSES = [
  'queued',
  'uploading',
  'submitted',
  'accepted',
  'pending-review',
  'approved',
  'rejected',
  'needs-attention',
] as const;

export type CaseStatus = (typeof CASE_STATUSES)[number];
