import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TechDeviceView } from '../../../api/technician-contract';
import { useAdmin } from '../admin-context';
import { CameraSelfTest } from './CameraSelfTest';

type Outcome = Readonly<{ ok: boolean; text: string }>;

const SELF_TEST_MS = 20_000;

/** One device's self-test: a card read (masked), a scan, a test page with the printer's status, a camera frame. */
export function SelfTest(props: { device: TechDeviceView }) {
  const { device } = props;
  if (device.device === 'camera') return <CameraSelfTest label={String(device.settings.label ?? '')} />;
  if (device.driver === 'wedge') return <WedgeSelfTest />;
  return <NodeSelfTest device={device.device} />;
}

function NodeSelfTest(props: { device: 'idcard' | 'scanner' | 'printer' }) {
  const { t } = useTranslation('tech');
  const admin = useAdmin();
  const [running, setRunning] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  async function run() {
    setRunning(true);
    setOutcome(null);
    const r = await admin.call('tech.selfTest', { device: props.device, timeoutMs: SELF_TEST_MS });
    setRunning(false);
    if (!r.ok) return setOutcome({ ok: false, text: t('selfTest.failures.failed') });
    const v = r.value;
    if (!v.ok)
      return setOutcome({
        ok: false,
        text: t(`selfTest.failures.${v.code}`, { defaultValue: t('selfTest.failures.failed') }),
      });
    if (v.card) return setOutcome({ ok: true, text: t('selfTest.cardOk', v.card) });
    if (v.text !== undefined) return setOutcome({ ok: true, text: t('selfTest.scanOk', { text: v.text }) });
    const p = v.printer;
    const words = p
      ? [
          p.online ? 'online' : 'offline',
          ...(p.paperNearEnd ? ['paperNearEnd'] : []),
          ...(p.paperOut ? ['paperOut'] : []),
          ...(p.coverOpen ? ['coverOpen'] : []),
          ...(p.error ? ['error'] : []),
        ]
      : [];
    setOutcome({
      ok: true,
      text: t('selfTest.printOk', { status: words.map((w) => t(`selfTest.printer.${w}`)).join('、') }),
    });
  }

  const prompt =
    props.device === 'idcard'
      ? 'selfTest.idcardPrompt'
      : props.device === 'scanner'
        ? 'selfTest.scannerPrompt'
        : null;
  return (
    <div className="tech-selftest" data-testid={`selftest-${props.device}`}>
      <button type="button" className="btn btn--secondary" disabled={running} onClick={() => void run()}>
        {running ? t('selfTest.running') : t('selfTest.run')}
      </button>
      {running && prompt && <p className="tech-selftest__prompt">{t(prompt)}</p>}
      {outcome && (
        <p
          role="status"
          className={outcome.ok ? 'admin-badge admin-badge--ok' : 'admin-badge admin-badge--bad'}
        >
          {outcome.text}
        </p>
      )}
    </div>
  );
}

/** A keyboard-wedge scanner types into the focused field: the self-test is a field to scan into. */
function WedgeSelfTest() {
  const { t } = useTranslation('tech');
  const [text, setText] = useState('');
  const [scanned, setScanned] = useState<string | null>(null);
  return (
    <div className="tech-selftest" data-testid="selftest-scanner">
      <p className="tech-selftest__prompt">{t('selfTest.wedgePrompt')}</p>
      <input
        className="admin-input admin-input--wide"
        aria-label={t('selfTest.wedgeInput')}
        // The scanner types here; the OS keyboard must not cover the screen.
        inputMode="none"
        value={text}
        onChange={(e) => setText(e.target.value)}
        onKeyDown={(e) => {
          if (e.key !== 'Enter') return;
          setScanned(text);
          setText('');
        }}
      />
      {scanned !== null && (
        <p role="status" className="admin-badge admin-badge--ok">
          {t('selfTest.scanOk', { text: scanned })}
        </p>
      )}
    </div>
  );
}
