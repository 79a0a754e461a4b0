import type { CodeKey, CodeTableName } from '../domain/codes/code-keys';
import type { IdKind } from '../domain/id-number';
import type { ServiceItemId } from './catalog';

/**
 * One service item as data (the GOV.UK forms pattern: forms as data, one module per answer type).
 * The machine factory (flows/service-machine.ts) builds the same chart from every definition; what differs
 * between items is only here. Labels are i18n keys in the `flow` namespace, derived from field names.
 */

export type FieldKind =
  'personName' | 'idNumber' | 'phone' | 'bankAccount' | 'date' | 'region' | 'choice' | 'text';

/** Which person a field describes, so 为他人办理 knows what the card fills in and what must be typed. */
export type FieldSubject = 'subject' | 'agent' | 'case';

export type FieldDefinition = Readonly<{
  /** The contract's input.data field name (provincial-api.md), so answers map to the message 1:1. */
  name: string;
  kind: FieldKind;
  subject: FieldSubject;
  required: boolean;
  /**
   * The code table a choice draws from (kind 'choice'): the province's codes come from the code-table file in
   * force, labels from `flow:options.<table>.<key>`. A definition never holds a code itself.
   */
  codeTable?: CodeTableName;
  maxLength?: number;
  /** Read from the ID card (or 电子凭证) and locked when the card's holder is this field's subject. */
  fromIdentity?: 'name' | 'gender' | 'nation' | 'birthDate' | 'idNumber' | 'docKind' | 'address';
  /** Shown only when the applicant acts for another person (代办人 fields) or only for themselves. */
  when?: 'actingForOther' | 'actingForSelf';
  /** A choice the kiosk sets itself and never shows (e.g. 备案类型): the key of its value in `codeTable`. */
  fixedKey?: string;
  /** Which on-screen keyboard a free-text field opens. */
  keyboard?: 'pinyin' | 'digits' | 'idNumber';
  /** Region fields: whether 香港/澳门/台湾 are offered (转往就医地 may be there; 户口所在地 may not). */
  includeHkMoTw?: boolean;
  /**
   * An answer the kiosk already knows, filled in (still changeable) when the form opens: the 户口所在地 from the
   * ID number's first six digits, the kiosk's own county, today's date.
   */
  prefillFrom?: 'idNumberRegion' | 'kioskCounty' | 'today';
  /**
   * One tap copies another answer into this field (label `flow:copyOffer.<name>`): another field's value
   * ("与户口地址相同"), the address printed on the card, or the full name of a region field's choice.
   */
  copyOffer?: { field: string } | { cardAddress: true } | { regionOf: string };
  /**
   * Free-text fields: the common answers offered as one-tap phrases (e.g. 转诊原因). `text` is what the province
   * receives (in Chinese, whatever the screen's language); the button's label is `flow:phrases.<name>.<key>`.
   */
  phrases?: ReadonlyArray<Readonly<{ key: string; text: string }>>;
  /**
   * Free-text fields naming a hospital (转往医疗机构): one-tap names built from the region chosen in this other
   * field (flows/hospital-suggestions.ts), e.g. 长沙市人民医院 once 长沙市 is the 转往就医地.
   */
  hospitalsIn?: string;
  /** Date fields: how far back and ahead the picker goes, relative to today (years). */
  dateBounds?: DateBounds;
}>;

/**
 * The years a date picker offers, relative to the kiosk's today: a birth date goes back 120 years and not past
 * today, a 备案开始日期 a little back (the rules say how far) and a year ahead.
 */
export type DateBounds = Readonly<{ yearsBack: number; yearsAhead: number }>;

/** One short page of the form (GOV.UK: one thing per page); `fields` are field names of the item. */
export type FormPage = Readonly<{ id: string; fields: ReadonlyArray<string> }>;

export type MaterialDefinition = Readonly<{
  id: string;
  /** Its 材料类型 in the matl_type code table (sent as att[].matl_type). */
  matlKey: CodeKey<'matl_type'>;
  /** Acceptable documents, any one of which satisfies the material (e.g. 派出证明 / 工作证明 / 工作合同). */
  documents: ReadonlyArray<string>;
  minPages: number;
  maxPages: number;
}>;

/** Cross-field rules, named so the definition stays data; implemented in flows/rules.ts. */
export type RuleName =
  | 'idMatchesBirthAndGender'
  | 'applicantTypeMatchesAge'
  | 'filingBeginNotTooOld'
  | 'filingEndAfterBegin'
  | 'proxyIsAnotherPerson'
  | 'bankAllOrNothing'
  | 'treatmentOutsideInsuredCity';

export type ServiceItemDefinition = Readonly<{
  id: ServiceItemId;
  kind: 'enroll' | 'query' | 'filing';
  /** The provincial transaction that carries the case (none for the query). */
  infno: 'ZZ01' | 'ZZ02' | null;
  /** Documents accepted at 身份认证; anything else is refused as the wrong card type for this item. */
  acceptedIdKinds: ReadonlyArray<IdKind>;
  /** Whether 为他人办理 (代办) is offered. */
  allowProxy: boolean;
  /** Whether 开始办理 shows the 备案告知书 that must be ticked. */
  requiresNoticeConsent: boolean;
  fields: ReadonlyArray<FieldDefinition>;
  /** The form in short pages, in order; absent: one page of every field. Every shown field is on one page. */
  pages?: ReadonlyArray<FormPage>;
  materials: ReadonlyArray<MaterialDefinition>;
  /** A 个人承诺书 signed on screen may replace all the proofs above (every 备案 item, seeds/002). */
  promiseAllowed: boolean;
  rules: ReadonlyArray<RuleName>;
  /** Keys of `flow:nextSteps.*` shown on 结果 and printed on the receipt. */
  nextSteps: ReadonlyArray<string>;
}>;
