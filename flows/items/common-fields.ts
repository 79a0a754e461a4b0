import type { FieldDefinition } from '../definition';

/** 证件类型 codes (医保 psn_cert_type): 01 居民身份证, 17 港澳台居民居住证, 07 外国人永久居留证. */
export const CERT_TYPES = ['01', '17', '07'] as const;

/** 代办人: the applicant when acting for someone else; filled from the applicant's own card. */
export const AGENT_FIELDS: ReadonlyArray<FieldDefinition> = [
  {
    name: 'agnter_name',
    kind: 'personName',
    subject: 'agent',
    required: true,
    when: 'actingForOther',
    fromIdentity: 'name',
  },
  {
    name: 'agnter_cert_type',
    kind: 'choice',
    subject: 'agent',
    required: true,
    when: 'actingForOther',
    options: CERT_TYPES,
    fromIdentity: 'certType',
  },
  {
    name: 'agnter_certno',
    kind: 'idNumber',
    subject: 'agent',
    required: true,
    when: 'actingForOther',
    fromIdentity: 'idNumber',
  },
  {
    name: 'agnter_tel',
    kind: 'phone',
    subject: 'agent',
    required: true,
    when: 'actingForOther',
    keyboard: 'digits',
  },
  {
    name: 'agnter_rlts',
    kind: 'choice',
    subject: 'agent',
    required: true,
    when: 'actingForOther',
    options: ['spouse', 'parent', 'child', 'guardian', 'relative', 'other'],
  },
];

/** Who the case is about: read from the card when for oneself, typed when acting for another. */
export const SUBJECT_IDENTITY_FIELDS: ReadonlyArray<FieldDefinition> = [
  {
    name: 'psn_name',
    kind: 'personName',
    subject: 'subject',
    required: true,
    fromIdentity: 'name',
    keyboard: 'pinyin',
  },
  {
    name: 'psn_cert_type',
    kind: 'choice',
    subject: 'subject',
    required: true,
    options: CERT_TYPES,
    fromIdentity: 'certType',
  },
  {
    name: 'certno',
    kind: 'idNumber',
    subject: 'subject',
    required: true,
    fromIdentity: 'idNumber',
    keyboard: 'idNumber',
  },
];

/** 民族 codes 01–56 (GB/T 3304) plus 97 其他 and 98 外国血统; names live in `flow:options.naty`. */
export const NATION_CODES: ReadonlyArray<string> = [
  ...Array.from({ length: 56 }, (_, i) => String(i + 1).padStart(2, '0')),
  '97',
  '98',
];
