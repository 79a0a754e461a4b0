import { useTranslation } from 'react-i18next';

export function DateRangeInputs(props: {
  from: string;
  to: string;
  onChange: (range: { from: string; to: string }) => void;
}) {
  const { t } = useTranslation('admin');
  return (
    <>
      <label>
        {t('range.from')}
        <input
          type="date"
          className="admin-input"
          value={props.from}
          data-testid="range-from"
          onChange={(e) => props.onChange({ from: e.target.value, to: props.to })}
        />
      </label>
      <label>
        {t('range.to')}
        <input
          type="date"
          className="admin-input"
          value={props.to}
          data-testid="range-to"
          onChange={(e) => props.onChange({ from: props.from, to: e.target.value })}
        />
      </label>
    </>
  );
}
