import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DeviceChange, TechDeviceView } from '../../../api/technician-contract';
import { announceAppInfoChanged } from '../../api/live-app-info';
import { useAdmin } from '../admin-context';
import { formatTime } from '../format-time';
import { SaveResult, type SaveMessage } from '../SaveResult';
import { DeviceForm } from './DeviceForm';
import { EnvOverrideNote, type EnvOverrides } from './EnvOverrideNote';
import { problemText } from './problem-text';
import { SelfTest } from './SelfTest';

const ERRORS_SHOWN = 5;

/** One device: what drives it, its settings and health, its edit form and its self-test. */
export function DeviceCard(props: {
  device: TechDeviceView;
  cameraLabels: ReadonlyArray<string>;
  overrides: EnvOverrides;
  onChanged: () => void;
}) {
  const { t } = useTranslation('tech');
  const admin = useAdmin();
  const { device } = props;
  const [editing, setEditing] = useState(false);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<SaveMessage | null>(null);

  async function save(change: DeviceChange) {
    setBusy(true);
    setMessage(null);
    const r = await admin.call('tech.saveDevice', { change, cameraLabels: [...props.cameraLabels] });
    setBusy(false);
    if (!r.ok) return setMessage({ ok: false, lines: [t('selfTest.failures.failed')] });
    if (r.value.saved) {
      setEditing(false);
      setMessage({ ok: true, lines: [t('devices.saved')] });
      props.onChanged();
      announceAppInfoChanged();
      return;
    }
    setMessage({
      ok: false,
      lines: [t('devices.notSaved'), ...r.value.problems.map((p) => problemText(t, p))],
    });
  }

  const statusClass =
    device.status === 'ok' ? 'admin-badge--ok' : device.status === 'unknown' ? '' : 'admin-badge--bad';
  return (
    <article className="tech-device" data-testid={`device-${device.device}`}>
      <header className="tech-device__head">
        <h3>{t(`devices.names.${device.device}`)}</h3>
        <span className={`admin-badge ${statusClass}`} data-testid={`device-status-${device.device}`}>
          {t(`devices.status.${device.status}`)}
          {device.code ? ` · ${t(`devices.codes.${device.code}`, { defaultValue: device.code })}` : ''}
        </span>
      </header>
      <dl className="tech-device__facts">
        <dt>{t('devices.driver')}</dt>
        <dd data-testid={`device-driver-${device.device}`}>{t(`devices.drivers.${device.driver}`)}</dd>
        {Object.entries(device.settings).map(([key, value]) => (
          <div key={key} className="tech-device__fact">
            <dt>{t(`fields.devices_${device.device}_${key}`)}</dt>
            <dd>
              {String(value) || '—'}
              <EnvOverrideNote overrides={props.overrides} setting={`devices.${device.device}.${key}`} />
            </dd>
          </div>
        ))}
        {device.since && (
          <div className="tech-device__fact">
            <dt>{t('devices.state')}</dt>
            <dd>{t('devices.since', { time: formatTime(Date.parse(device.since)) })}</dd>
          </div>
        )}
      </dl>
      <details className="tech-device__errors">
        <summary>
          {t('devices.recentErrors')} ({device.errors.length})
        </summary>
        {device.errors.length === 0 ? (
          <p>{t('devices.noErrors')}</p>
        ) : (
          <ul>
            {device.errors.slice(0, ERRORS_SHOWN).map((e) => (
              <li key={`${e.at}-${e.code}`}>
                {formatTime(Date.parse(e.at))} · {e.code} · {e.detail}
              </li>
            ))}
          </ul>
        )}
      </details>
      {editing ? (
        <DeviceForm
          device={device}
          cameraLabels={props.cameraLabels}
          overrides={props.overrides}
          busy={busy}
          onSave={(c) => void save(c)}
          onCancel={() => setEditing(false)}
        />
      ) : (
        <button
          type="button"
          className="btn btn--ghost"
          onClick={() => setEditing(true)}
          data-testid="device-edit"
        >
          {t('devices.edit')}
        </button>
      )}
      <SaveResult message={message} />
      <SelfTest device={device} />
    </article>
  );
}
