import { useTranslation } from 'react-i18next';
import type { DateBounds } from '../../../flows/definition';
import { padDay } from '../../../flows/fields/date';
import { partsOf, rangeOf, startingDay, step, type DayParts } from './date-parts';

const DEFAULT_BOUNDS: DateBounds = { yearsBack: 120, yearsAhead: 10 };
const UNITS: ReadonlyArray<keyof DayParts> = ['year', 'month', 'day'];

/**
 * A date in large year / month / day steppers (no native date input: its calendar is tiny and speaks the
 * browser's language). The item's bounds (flows/ definitions) limit how far back and ahead it goes.
 */
export function DateInput(props: {
  id: string;
  value: string;
  today: string;
  bounds?: DateBounds;
  onChange: (v: string) => void;
}) {
  const { t } = useTranslation('flow');
  const range = rangeOf(props.today, props.bounds ?? DEFAULT_BOUNDS);
  const current = partsOf(props.value) ? padDay(props.value) : null;
  const parts = current ? partsOf(current) : null;
  const from = current ?? startingDay(props.today, range);
  const move = (unit: keyof DayParts, delta: number) =>
    // The first tap on an empty picker chooses its starting day, the next ones move it.
    props.onChange(current ? step(from, unit, delta, range) : from);
  const todayAllowed = props.today >= range.min && props.today <= range.max;
  return (
    <div id={props.id} className="date-picker" role="group" data-value={current ?? ''}>
      <output className="date-picker__value" data-testid={`${props.id}-value`}>
        {parts ? t('pickers.dateValue', parts) : t('pickers.notChosen')}
      </output>
      <div className="date-picker__units">
        {UNITS.map((unit) => (
          <div key={unit} className="date-picker__unit" data-unit={unit}>
            <button
              type="button"
              className="date-picker__step"
              aria-label={`${t(`pickers.${unit}`)} ${t('pickers.earlier')}`}
              disabled={current !== null && step(from, unit, -1, range) === from}
              onClick={() => move(unit, -1)}
            >
              −
            </button>
            <span className="date-picker__part">
              {parts ? parts[unit] : '–'}
              <small>{t(`pickers.${unit}`)}</small>
            </span>
            <button
              type="button"
              className="date-picker__step"
              aria-label={`${t(`pickers.${unit}`)} ${t('pickers.later')}`}
              disabled={current !== null && step(from, unit, 1, range) === from}
              onClick={() => move(unit, 1)}
            >
              +
            </button>
          </div>
        ))}
        {todayAllowed && current !== props.today && (
          <button
            type="button"
            className="choice date-picker__today"
            onClick={() => props.onChange(props.today)}
          >
            {t('pickers.today')}
          </button>
        )}
      </div>
    </div>
  );
}
