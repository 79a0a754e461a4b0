import type { FieldDefinition, MaterialDefinition, RuleName, ServiceItemDefinition } from '../definition';
import type { CodeKey } from '../../domain/codes/code-keys';
import type { ServiceItemId } from '../catalog';
import { AGENT_FIELDS, SUBJECT_IDENTITY_FIELDS } from './common-fields';

/**
 * What the five 异地就医备案 items share (seeds/002 粤医保 screens; seeds/004 表7): the same form, the 备案告知书,
 * 为自己/为他人备案, and a 个人承诺书 that may replace the proof. Each item adds its type, proof and extras.
 */
export function filingItem(spec: {
  id: ServiceItemId;
  /** Its 备案类型 in the fil_type code table. */
  filingType: CodeKey<'fil_type'>;
  proofs: ReadonlyArray<MaterialDefinition>;
  extraFields?: ReadonlyArray<FieldDefinition>;
  extraRules?: ReadonlyArray<RuleName>;
  nextSteps: ReadonlyArray<string>;
}): ServiceItemDefinition {
  return {
    id: spec.id,
    kind: 'filing',
    infno: 'ZZ02',
    acceptedIdKinds: ['resident', 'hkmo-permit', 'tw-permit', 'foreigner-2023', 'foreigner-2017'],
    allowProxy: true,
    requiresNoticeConsent: true,
    fields: [
      ...SUBJECT_IDENTITY_FIELDS,
      { name: 'tel', kind: 'phone', subject: 'subject', required: true, keyboard: 'digits' },
      { name: 'insutype', kind: 'choice', subject: 'case', required: true, codeTable: 'insutype' },
      {
        name: 'fil_type',
        kind: 'choice',
        subject: 'case',
        required: true,
        codeTable: 'fil_type',
        fixedKey: spec.filingType,
      },
      {
        name: 'insu_addr',
        kind: 'text',
        subject: 'subject',
        required: true,
        maxLength: 200,
        keyboard: 'pinyin',
        copyOffer: { cardAddress: true },
      },
      { name: 'mdtrtarea_admdvs', kind: 'region', subject: 'case', required: true, includeHkMoTw: true },
      {
        name: 'mdtrt_addr',
        kind: 'text',
        subject: 'case',
        required: true,
        maxLength: 200,
        keyboard: 'pinyin',
        copyOffer: { regionOf: 'mdtrtarea_admdvs' },
      },
      ...(spec.extraFields ?? []).filter((f) => f.kind !== 'date'),
      {
        name: 'begndate',
        kind: 'date',
        subject: 'case',
        required: true,
        prefillFrom: 'today',
        // filingBeginNotTooOld allows a little back; a 备案 may be made ahead of the move.
        dateBounds: { yearsBack: 1, yearsAhead: 1 },
      },
      // An extra date (备案结束日期) follows the start date it is checked against.
      ...(spec.extraFields ?? []).filter((f) => f.kind === 'date'),
      { name: 'memo', kind: 'text', subject: 'case', required: false, maxLength: 500, keyboard: 'pinyin' },
      ...AGENT_FIELDS,
    ],
    materials: spec.proofs,
    promiseAllowed: true,
    rules: [
      'filingBeginNotTooOld',
      'proxyIsAnotherPerson',
      'treatmentOutsideInsuredCity',
      ...(spec.extraRules ?? []),
    ],
    nextSteps: spec.nextSteps,
  };
}

export const proof = (
  id: string,
  matlKey: CodeKey<'matl_type'>,
  documents: ReadonlyArray<string>,
): MaterialDefinition => ({
  id,
  matlKey,
  documents,
  minPages: 1,
  maxPages: 5,
});
