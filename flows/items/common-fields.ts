import type { FieldDefinition } from '../definition';

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
    codeTable: 'cert_type',
    fromIdentity: 'docKind',
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
    codeTable: 'agnter_rlts',
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
    codeTable: 'cert_type',
    fromIdentity: 'docKind',
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
