import type { TFunction } from 'i18next';

export type SettingProblemView = Readonly<{ field: string; code: string; detail: string }>;

/** A refused setting in the technician's language: the setting's name and what is wrong with it. */
export function problemText(t: TFunction<'tech'>, p: SettingProblemView): string {
  const field = t(`fields.${p.field.replaceAll('.', '_')}`, { defaultValue: p.field });
  return t(`problems.${p.code}`, { field, detail: p.detail, defaultValue: `${field}: ${p.detail}` });
}
