/**
 * The seven 粤智助 medical-insurance items (seeds/002 附件1), in the order the home screen shows them.
 * Labels live in the i18n `items` namespace under the same ids.
 */
export const SERVICE_ITEM_IDS = [
  'enroll',
  'insured-query',
  'filing-retiree',
  'filing-long-term',
  'filing-work',
  'filing-referral',
  'filing-emergency',
] as const;

export type ServiceItemId = (typeof SERVICE_ITEM_IDS)[number];

export const isServiceItemId = (v: unknown): v is ServiceItemId =>
  typeof v === 'string' && (SERVICE_ITEM_IDS as ReadonlyArray<string>).includes(v);
