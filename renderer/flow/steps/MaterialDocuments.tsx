import { useTranslation } from 'react-i18next';

/** A material's acceptable documents: one name, or "any one of" a list. */
export function MaterialDocuments({ documents }: { documents: ReadonlyArray<string> }) {
  const { t } = useTranslation('flow');
  if (documents.length === 1) return <span>{t(`materials.documents.${documents[0]}`)}</span>;
  return (
    <span>
      {t('materials.anyOf')}
      {documents.map((d) => t(`materials.documents.${d}`)).join(' / ')}
    </span>
  );
}
