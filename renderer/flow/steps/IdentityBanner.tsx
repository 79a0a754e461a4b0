import { useTranslation } from 'react-i18next';
import { maskIdNumber, maskName } from '../../../domain/id-number';
import { useWizard } from '../wizard-context';
import { hasUndrawableCharacters } from '../rare-characters';
import '../../shell/element-timing';

/** After 身份认证: who is being served, masked (the full values are not needed on screen). */
export function IdentityBanner() {
  const { t } = useTranslation('flow');
  const [person] = useWizard((c) => c.person);
  if (!person) return null;
  return (
    <>
      <p className="identity-banner" data-testid="identity-banner" elementtiming="identity">
        {t('identity.read', { name: maskName(person.name), id: maskIdNumber(person.idNumber) })}
      </p>
      {/* A character the screen cannot draw is no reason to stop: the card is right, staff check the name. */}
      {hasUndrawableCharacters(person.name) && (
        <p className="alert alert--warn" data-testid="rare-name" data-speak="status">
          {t('identity.rareName')}
        </p>
      )}
    </>
  );
}
