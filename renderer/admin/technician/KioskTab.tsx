import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { KioskIdentity, TechResultOf } from '../../../api/technician-contract';
import type { KeyboardMode } from '../../keyboard/keyboard-mode';
import { announceAppInfoChanged } from '../../api/live-app-info';
import { useAdmin } from '../admin-context';
import { AdminTextField } from '../keyboard/AdminTextField';
import { SaveResult, type SaveMessage } from '../SaveResult';
import { EnvOverrideNote } from './EnvOverrideNote';
import { problemText } from './problem-text';
import { SecretsForm } from './SecretsForm';
import './technician.css';

type Loaded = TechResultOf<'tech.kioskSettings'>;

/** Each field with the on-screen keyboard it needs: names in Chinese, codes and addresses in ASCII. */
const TEXT_FIELDS: ReadonlyArray<readonly [keyof KioskIdentity, string, KeyboardMode]> = [
  ['terminal', 'id', 'technical'],
  ['terminal', 'name', 'pinyin'],
  ['terminal', 'serviceCode', 'technical'],
  ['terminal', 'serviceName', 'pinyin'],
  ['terminal', 'countyCode', 'digits'],
  ['terminal', 'slot', 'digits'],
  ['serviceHall', 'name', 'pinyin'],
  ['serviceHall', 'phone', 'technical'],
  ['province', 'url', 'technical'],
  ['province', 'paasId', 'technical'],
  ['province', 'timeoutMs', 'digits'],
];
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
  const [message, setMessage] = useState<SaveMessage | null>(null);
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
      announceAppInfoChanged(); // the top bar's terminal name and hall follow at once
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
            {TEXT_FIELDS.filter(([s]) => s === section).map(([s, key, mode]) => (
              <AdminTextField
                key={`${s}.${key}`}
                label={t(`fields.${s}_${key}`)}
                name={`${s}.${key}`}
                mode={mode}
                maxLength={s === 'province' && key === 'url' ? 300 : 100}
                wide
                value={String((identity[s] as Record<string, string | number>)[key])}
                onChange={(v) => set(s, key, v)}
                note={<EnvOverrideNote overrides={loaded.envOverrides} setting={`${s}.${key}`} />}
              />
            ))}
          </fieldset>
        ))}
        <div className="tech-form__actions">
          <button type="submit" className="btn btn--primary" disabled={busy} data-testid="identity-save">
            {t('kiosk.save')}
          </button>
        </div>
        <SaveResult message={message} />
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
