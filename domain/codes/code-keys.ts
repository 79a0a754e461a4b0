/**
 * The kiosk's own names for coded values, table by table, in the order the screens offer them. A province's
 * code-table file (codes/tables/*.json) maps each of these names to the code it expects on the wire; the
 * screens label them through i18next (`flow:options.<table>.<key>`). Item definitions and rules speak only of
 * these names, so a province that renumbers its codes needs a new table file, never a code change.
 */
export const CODE_KEYS = {
  /** 性别 (gend). */
  gend: ['male', 'female', 'unspecified'],
  /** 民族 (naty): keyed by the GB/T 3304 number the ID card itself carries. */
  naty: [...Array.from({ length: 56 }, (_, i) => String(i + 1).padStart(2, '0')), '97', '98'],
  /** 证件类型 (psn_cert_type, agnter_cert_type). */
  cert_type: ['resident', 'residence-permit', 'foreigner-permanent'],
  /** 申请人身份 (psn_idet_type, ZZ01). */
  psn_idet_type: ['infant', 'pupil', 'student', 'unemployed-adult', 'other'],
  /** 财政补贴对象 (subs_type, ZZ01). */
  subs_type: ['none', 'dibao', 'tekun', 'other'],
  /** 开户银行 (bank_name): the bank's category. */
  bank: ['icbc', 'abc', 'boc', 'ccb', 'bocom', 'psbc', 'rural-credit', 'other'],
  /** 代办人与被办理人关系 (agnter_rlts). */
  agnter_rlts: ['spouse', 'child', 'parent', 'relative', 'other'],
  /** 险种 (insutype). */
  insutype: ['resident', 'employee'],
  /** 备案类型 (fil_type, ZZ02). */
  fil_type: ['retiree', 'long-term', 'work', 'referral', 'emergency'],
  /** 材料类型 (att[].matl_type). */
  matl_type: [
    'id-or-hukou',
    'birth-certificate',
    'hukou-front',
    'registration-card',
    'residence-proof',
    'work-proof',
    'referral-proof',
    'emergency-proof',
    'promise',
  ],
} as const satisfies Record<string, ReadonlyArray<string>>;

export type CodeTableName = keyof typeof CODE_KEYS;
export type CodeKey<T extends CodeTableName> = (typeof CODE_KEYS)[T][number];

/** The national platform's length rule (provincial-api.md): codes ≤ 6 characters, matl_type ≤ 10. */
export const CODE_MAX_LENGTH: Readonly<Record<CodeTableName, number>> = {
  gend: 6,
  naty: 6,
  cert_type: 6,
  psn_idet_type: 6,
  subs_type: 6,
  bank: 6,
  agnter_rlts: 6,
  insutype: 6,
  fil_type: 6,
  matl_type: 10,
};

export const CODE_TABLE_NAMES = Object.keys(CODE_KEYS) as CodeTableName[];
