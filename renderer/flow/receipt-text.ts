import type { TFunction } from 'i18next';
import type { ReceiptText } from '../../api/wizard-schemas';
import type { AppInfo } from '../../api/contract';
import type { ServiceItemDefinition } from '../../flows/definition';
import { entriesOf, type CodeTables } from '../../domain/codes/code-tables';
import { PROMISE_MATERIAL_ID } from '../../flows/submission';

/**
 * The words of a receipt in the resident's language. The Node side fills in the facts (受理编号, time, masked
 * name and ID, pages) from its own records; everything a person reads comes from here, through i18next.
 */
export function receiptText(
  t: TFunction,
  kind: 'case' | 'query',
  def: ServiceItemDefinition,
  enrollment: AppInfo['enrollment'],
  period: string,
  codes: CodeTables,
): ReceiptText {
  const labels = t(`receipt:${kind}`, { returnObjects: true }) as Record<string, string>;
  const materialNames: Record<string, string> = { [PROMISE_MATERIAL_ID]: t('flow:promise.title') };
  for (const m of def.materials) {
    materialNames[m.id] = m.documents.map((d) => t(`flow:materials.documents.${d}`)).join(' / ');
  }
  const guide = t('receipt:paymentGuide', { returnObjects: true }) as Record<string, string>;
  return {
    labels,
    // The Node side fills in the count: each plural form goes as a template ("{{count}} pages").
    pageCount: countTemplate(t, 'receipt:pageCount', 2),
    pageCountOne: countTemplate(t, 'receipt:pageCount', 1),
    itemName: t(`items:${def.id}.title`),
    materialNames,
    nextSteps: def.nextSteps.map((key) =>
      t(`flow:nextSteps.${key}`, { amount: enrollment.contributionYuan, period }),
    ),
    paymentGuideLines: Object.values(guide),
    insutypeNames: Object.fromEntries(
      entriesOf(codes, 'insutype').map(([key, code]) => [code, t(`flow:options.insutype.${key}`)]),
    ),
    statusNames: t('flow:query.statuses', { returnObjects: true }) as Record<string, string>,
  };
}

/** The plural form of `key` for `count`, with the count put back as a placeholder. */
export function countTemplate(t: TFunction, key: string, count: number): string {
  return t(key, { count }).replace(String(count), '{{count}}');
}
