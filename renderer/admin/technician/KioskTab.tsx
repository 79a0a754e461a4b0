import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { KioskIdentity, TechResultOf } from '../../../api/technician-contract';
import { useAdmin } from '../admin-context';
import { problemText } from './problem-text';
import { SecretsForm } from './SecretsForm';
import './technician.css';

type Loaded = TechResultOf<'tech.kioskSettings'>;
type Message = Readonly<{ ok: boolean; lines: string[] }>;

const TEXT_FIELDS = [
  ['terminal', 'id'],
  ['terminal', 'name'],
  ['terminal', 'serviceCode'],
  ['terminal', 'serviceName'],
  ['terminal', 'countyCode'],
  ['terminal', 'slot'],
  ['serviceHall', 'name'],
  ['serviceHall', 'phone'],
  ['province', 'url'],
  ['province', 'paasId'],
  ['province', 'timeoutMs'],
] as const;
const NUMERIC = new Set(['slot', 'timeoutMs']);
const SECTIONS = {
  terminal: 'kiosk.identity',
  serviceHall: 'kiosk.hall',
  province: 'kiosk.province',
} as const;

/** Kiosk identity, the provincial endpoint, its secrets (replace only) and the 9001 connectivity test. */
export function KioskTab() {
  const { t } = useTranslation('tech');
  const admin = useAdmin();
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [identity, setIdentity] = useState<KioskIdentity | null>(null);
  const [message, setMessage] = useState<Message | null>(null);
  const [busy, setBusy] = useState(false);

  const load = useCallback(async () => {
    const r = await admin.call('tech.kioskSettings', {});
    if (!r.ok) return;
    setLoaded(r.value);
    setIdentity(r.value.identity);
  }, [admin]);
  useEffect(() => void load(), [load]);

  if (!loaded || !identity) return <p>{t('admin:loading')}</p>;

  function set(section: keyof KioskIdentity, key: string, raw: string) {
    setIdentity((prev) => {
      if (!prev) return prev;
      const value = NUMERIC.has(key) ? Number(raw) : raw;
      return { ...prev, [section]: { ...prev[section], [key]: value } };
    });
  }

  async function save() {
    if (!identity) return;
    setBusy(true);
    const r = await admin.call('tech.saveKioskSettings', { identity });
    setBusy(false);
    if (!r.ok) return setMessage({ ok: false, lines: [t('selfTest.failures.failed')] });
    if (r.value.saved) {
      setMessage({ ok: true, lines: [t('kiosk.saved')] });
      void load();
    } else {
      setMessage({
        ok: false,
        lines: [t('devices.notSaved'), ...r.value.problems.map((p) => problemText(t, p))],
      });
    }
  }

  return (
    <section className="admin-section tech-kiosk" data-testid="kiosk-tab">
      {loaded.restartPending && <p className="admin-badge">{t('kiosk.restartPending')}</p>}
      <form
        className="tech-form tech-form--grid"
        data-testid="identity-form"
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        {(Object.keys(SECTIONS) as Array<keyof typeof SECTIONS>).map((section) => (
          <fieldset key={section}>
            <legend>{t(SECTIONS[section])}</legend>
            {TEXT_FIELDS.filter(([s]) => s === section).map(([s, key]) => (
              <label key={`${s}.${key}`}>
                {t(`fields.${s}_${key}`)}
                <input
                  className="admin-input admin-input--wide"
                  name={`${s}.${key}`}
                  type={NUMERIC.has(key) ? 'number' : 'text'}
                  spellCheck={false}
                  value={String((identity[s] as Record<string, string | number>)[key])}
                  onChange={(e) => set(s, key, e.target.value)}
                />
              </label>
            ))}
          </fieldset>
        ))}
        <div className="tech-form__actions">
          <button type="submit" className="btn btn--primary" disabled={busy} data-testid="identity-save">
            {t('kiosk.save')}
          </button>
        </div>
        {message && (
          <div
            role="alert"
            className={message.ok ? 'admin-badge admin-badge--ok' : 'admin-badge admin-badge--bad'}
          >
            {message.lines.map((l) => (
              <p key={l}>{l}</p>
            ))}
          </div>
        )}
      </form>
      <SecretsForm state={loaded.secrets} onReplaced={() => void load()} />
      <Connectivity />
    </section>
  );
}

function Connectivity() {
  const { t } = useTranslation('tech');
  const admin = useAdmin();
  const [running, setRunning] = useState(false);
  const [result, setResult] = useState<TechResultOf<'tech.connectivity'> | null>(null);
  async function run() {
    setRunning(true);
    setResult(null);
    const r = await admin.call('tech.connectivity', {});
    setRunning(false);
    if (r.ok) setResult(r.value);
  }
  return (
    <fieldset className="tech-connectivity" data-testid="connectivity">
      <legend>{t('kiosk.connectivity')}</legend>
      <button type="button" className="btn btn--secondary" disabled={running} onClick={() => void run()}>
        {running ? t('kiosk.testing') : t('kiosk.test')}
      </button>
      {result && (
        <div
          role="status"
          className={result.ok ? 'admin-badge admin-badge--ok' : 'admin-badge admin-badge--bad'}
        >
          <p data-testid="connectivity-result">
            {result.ok
              ? t('kiosk.connected', { ms: result.ms })
              : t('kiosk.notConnected', {
                  ms: result.ms,
                  problem: t(`kiosk.reasons.${result.problem ?? 'config'}`, {
                    defaultValue: result.problem ?? '',
                  }),
                })}
          </p>
          <p>{t('kiosk.endpoint', { url: result.url })}</p>
        </div>
      )}
    </fieldset>
  );
}
