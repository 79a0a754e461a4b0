import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DeviceChange, TechDeviceView } from '../../../api/technician-contract';

const BAUD_RATES = [9600, 19200, 38400, 57600, 115200];

/** The edit form of one device: its settings as in force, changed here, checked and saved by the Node side. */
export function DeviceForm(props: {
  device: TechDeviceView;
  cameraLabels: ReadonlyArray<string>;
  busy: boolean;
  onSave: (change: DeviceChange) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation('tech');
  const s = props.device.settings;
  const [port, setPort] = useState(String(s.port ?? ''));
  const [baudRate, setBaudRate] = useState(Number(s.baudRate ?? 115200));
  const [pollMs, setPollMs] = useState(Number(s.pollMs ?? 100));
  const [paperWidth, setPaperWidth] = useState<58 | 80>(s.paperWidth === 58 ? 58 : 80);
  const [mode, setMode] = useState(String(s.mode ?? ''));
  const [label, setLabel] = useState(String(s.label ?? ''));

  const change = (): DeviceChange => {
    switch (props.device.device) {
      case 'idcard':
        return { device: 'idcard', port: port.trim(), baudRate, pollMs };
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
          <label>
            {field('port')}
            <input
              className="admin-input admin-input--wide"
              name="port"
              value={port}
              spellCheck={false}
              onChange={(e) => setPort(e.target.value)}
            />
            <small>{t(d === 'printer' ? 'hints.printerPort' : 'hints.port')}</small>
          </label>
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
        <label>
          {field('pollMs')}
          <input
            className="admin-input"
            name="pollMs"
            type="number"
            min={50}
            max={250}
            value={pollMs}
            onChange={(e) => setPollMs(Number(e.target.value))}
          />
        </label>
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
        <label>
          {field('mode')}
          <input
            className="admin-input admin-input--wide"
            name="mode"
            value={mode}
            spellCheck={false}
            onChange={(e) => setMode(e.target.value)}
          />
          <small>{t('hints.scannerMode')}</small>
        </label>
      )}
      {d === 'camera' && (
        <label>
          {field('label')}
          <input
            className="admin-input admin-input--wide"
            name="label"
            value={label}
            list="tech-camera-labels"
            onChange={(e) => setLabel(e.target.value)}
          />
          <datalist id="tech-camera-labels">
            {props.cameraLabels.map((l) => (
              <option key={l} value={l} />
            ))}
          </datalist>
          <small>
            {props.cameraLabels.length > 0
              ? t('devices.cameras', { list: props.cameraLabels.join('、') })
              : t('devices.noCameras')}
          </small>
        </label>
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
