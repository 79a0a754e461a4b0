import { useTranslation } from 'react-i18next';
import type { FieldKind } from '../../../flows/definition';
import { groupDigits } from './group-digits';

/** Above the number pad: what has been typed so far, in large grouped digits (phone 3-4-4, account in fours). */
export function NumberReadout(props: { kind: FieldKind; value: string }) {
  const { t } = useTranslation('flow');
  const groups = groupDigits(props.kind, props.value);
  return (
    <div className="number-readout" aria-live="polite" data-testid="number-readout">
      <span className="number-readout__label">{t('numberPad.typed')}</span>
      <output className="number-readout__digits">
        {groups.length === 0 ? (
          <span className="number-readout__none">{t('numberPad.none')}</span>
        ) : (
          groups.map((g, i) => <span key={i}>{g}</span>)
        )}
      </output>
    </div>
  );
}
