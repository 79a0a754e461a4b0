import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSimApi } from '../api/sim-context';
import { useShell } from './shell-context';

type Fixtures = {
  cards: Array<{ id: string; label: string }>;
  qrPeople: Array<{ id: string; label: string }>;
};

/**
 * Shown only in demo mode with simulated devices (`npm start`): lets a newcomer or a demo present an ID card,
 * scan a 电子凭证 and make the printer fail, which the simulators then do over their real protocols. It talks
 * SimApi, which a production kiosk does not serve.
 */
export function SimPanel() {
  const { t } = useTranslation();
  const api = useSimApi();
  const { info } = useShell();
  const [fixtures, setFixtures] = useState<Fixtures | null>(null);
  const [card, setCard] = useState('');
  const [person, setPerson] = useState('');
  const [printer, setPrinter] = useState({ paperOut: false, coverOpen: false });
  const enabled =
    info.mode === 'demo' && (info.simulated.idcard || info.simulated.scanner || info.simulated.printer);

  useEffect(() => {
    if (!enabled || !api) return;
    void api.call('sim.fixtures', {}).then((r) => {
      if (!r.ok) return;
      setFixtures(r.value);
      setCard(r.value.cards[0]?.id ?? '');
      setPerson(r.value.qrPeople[0]?.id ?? '');
    });
  }, [api, enabled]);
  if (!enabled || !api || !fixtures) return null;

  const togglePrinter = (key: 'paperOut' | 'coverOpen') => {
    const next = { ...printer, [key]: !printer[key] };
    setPrinter(next);
    void api.call('sim.printer', next);
  };

  return (
    <details className="sim-panel" data-testid="sim-panel">
      <summary>{t('sim.title')}</summary>
      <div className="sim-panel__body">
        {info.simulated.idcard && (
          <div>
            <label>
              {t('sim.card')}{' '}
              <select value={card} onChange={(e) => setCard(e.target.value)} data-testid="sim-card">
                {fixtures.cards.map((c) => (
                  <option key={c.id} value={c.id}>
                    {c.label}
                  </option>
                ))}
              </select>
            </label>
            <button type="button" onClick={() => void api.call('sim.presentCard', { cardId: card })}>
              {t('sim.present')}
            </button>
            <button type="button" onClick={() => void api.call('sim.removeCard', {})}>
              {t('sim.remove')}
            </button>
          </div>
        )}
        {info.simulated.scanner && fixtures.qrPeople.length > 0 && (
          <div>
            <label>
              {t('sim.qr')}{' '}
              <select value={person} onChange={(e) => setPerson(e.target.value)}>
                {fixtures.qrPeople.map((p) => (
                  <option key={p.id} value={p.id}>
                    {p.label}
                  </option>
                ))}
              </select>
            </label>
            <button type="button" onClick={() => void api.call('sim.scanQr', { personId: person })}>
              {t('sim.scan')}
            </button>
          </div>
        )}
        {info.simulated.printer && (
          <div>
            <label>
              <input type="checkbox" checked={printer.paperOut} onChange={() => togglePrinter('paperOut')} />{' '}
              {t('sim.paperOut')}
            </label>{' '}
            <label>
              <input
                type="checkbox"
                checked={printer.coverOpen}
                onChange={() => togglePrinter('coverOpen')}
              />{' '}
              {t('sim.coverOpen')}
            </label>
          </div>
        )}
      </div>
    </details>
  );
}
