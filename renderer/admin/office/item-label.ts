import type { TFunction, i18n } from 'i18next';

/** A service item's name; an item id the screens do not know (an older build's) shows as it is. */
export function itemLabel(t: TFunction, i18n: i18n, itemId: string | null): string {
  if (!itemId) return '';
  return i18n.exists(`items:${itemId}.title`) ? t(`items:${itemId}.title`) : itemId;
}
