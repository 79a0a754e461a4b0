import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DeviceChange, TechDeviceView } from '../../../api/technician-contract';
import { AdminTextField } from '../keyboard/AdminTextField';
import { EnvOverrideNote, type EnvOverrides } from './EnvOverrideNote';

const BAUD_RATES = [9600, 19200, 38400, 57600, 115200];

/** The edit form of one device: its settings as in force, changed here, checked and saved by the Node side. */
export function DeviceForm(props: {
  device: TechDeviceView;
  cameraLabels: ReadonlyArray<string>;
  overrides: EnvOverrides;
  busy: boolean;
  onSave: (change: DeviceChange) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation('tech');
  const s = props.device.settings;
  const [port, setPort] = useState(String(s.port ?? ''));
  const [baudRate, setBaudRate] = useState(Number(s.baudRate ?? 115200));
  const [pollMs, setPollMs] = useState(String(s.pollMs ?? 100));
  const [paperWidth, setPaperWidth] = useState<58 | 80>(s.paperWidth === 58 ? 58 : 80);
  const [mode, setMode] = useState(String(s.mode ?? ''));
  const [label, setLabel] = useState(String(s.label ?? ''));

  const change = (): DeviceChange => {
    switch (props.device.device) {
      case 'idcard':
        return { device: 'idcard', port: port.trim(), baudRate, pollMs: Number(pollMs) };
      case 'printer':
        return { device: 'printer', port: port.trim(), baudRate, paperWidth };
      case 'scanner':
        return { device: 'scanner', mode: mode.trim() };
      case 'camera':
        return { device: 'camera', label: label.trim() };
    }
  };

  const d = props.device.device;
  const field = (key: string) => t(`fields.devices_${d}_${key}`);
  const override = (key: string) => (
    <EnvOverrideNote overrides={props.overrides} setting={`devices.${d}.${key}`} />
  );
  return (
    <form
      className="tech-form"
      data-testid={`device-form-${d}`}
      onSubmit={(e) => {
        e.preventDefault();
        props.onSave(change());
      }}
    >
      {(d === 'idcard' || d === 'printer') && (
        <>
          <AdminTextField
            label={field('port')}
            name="port"
            mode="technical"
            maxLength={200}
            wide
            value={port}
            onChange={setPort}
            note={
              <>
                <small>{t(d === 'printer' ? 'hints.printerPort' : 'hints.port')}</small>
                {override('port')}
              </>
            }
          />
          <label>
            {field('baudRate')}
            <select
              className="admin-input"
              name="baudRate"
              value={baudRate}
              onChange={(e) => setBaudRate(Number(e.target.value))}
            >
              {[...new Set([...BAUD_RATES, baudRate])].map((b) => (
                <option key={b} value={b}>
                  {b}
                </option>
              ))}
            </select>
          </label>
        </>
      )}
      {d === 'idcard' && (
        <AdminTextField
          label={field('pollMs')}
          name="pollMs"
          mode="digits"
          maxLength={3}
          value={pollMs}
          onChange={setPollMs}
        />
      )}
      {d === 'printer' && (
        <label>
          {field('paperWidth')}
          <select
            className="admin-input"
            name="paperWidth"
            value={paperWidth}
            onChange={(e) => setPaperWidth(e.target.value === '58' ? 58 : 80)}
          >
            <option value={58}>58</option>
            <option value={80}>80</option>
          </select>
        </label>
      )}
      {d === 'scanner' && (
        <AdminTextField
          label={field('mode')}
          name="mode"
          mode="technical"
          maxLength={40}
          wide
          value={mode}
          onChange={setMode}
          note={
            <>
              <small>{t('hints.scannerMode')}</small>
              {override('mode')}
            </>
          }
        />
      )}
      {d === 'camera' && (
        <>
          <AdminTextField
            label={field('label')}
            name="label"
            mode="technical"
            maxLength={200}
            wide
            value={label}
            onChange={setLabel}
            note={override('label')}
          />
          {/* The cameras this screen sees, one tap each: no typing of a long USB name. */}
          {props.cameraLabels.length > 0 ? (
            <div className="tech-camera-picks" role="group" aria-label={t('devices.cameraPick')}>
              {props.cameraLabels.map((l) => (
                <button
                  key={l}
                  type="button"
                  className="btn btn--ghost"
                  aria-pressed={label === l}
                  onClick={() => setLabel(l)}
                >
                  {l}
                </button>
              ))}
            </div>
          ) : (
            <small>{t('devices.noCameras')}</small>
          )}
        </>
      )}
      <div className="tech-form__actions">
        <button type="submit" className="btn btn--primary" disabled={props.busy} data-testid="device-save">
          {props.busy ? t('devices.saving') : t('devices.save')}
        </button>
        <button type="button" className="btn btn--ghost" onClick={props.onCancel}>
          {t('devices.cancel')}
        </button>
      </div>
    </form>
  );
}
