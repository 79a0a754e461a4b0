import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TechDeviceView } from '../../../api/technician-contract';
import { useKioskApi } from '../../api/kiosk-context';
import { useAdmin } from '../admin-context';
import { useCameraLabels } from './camera-labels';
import { DeviceCard } from './DeviceCard';
import type { EnvOverrides } from './EnvOverrideNote';
import './technician.css';

/**
 * The technician's device screen: every device with its driver, settings, live status and recent errors, its
 * settings editable (checked and applied by the Node side without a restart) and its self-test.
 */
export function DevicesTab() {
  const { t } = useTranslation('tech');
  const admin = useAdmin();
  const api = useKioskApi();
  const cameraLabels = useCameraLabels();
  const [devices, setDevices] = useState<TechDeviceView[]>([]);
  const [overrides, setOverrides] = useState<EnvOverrides>({});

  const load = useCallback(async () => {
    const r = await admin.call('tech.devices', {});
    if (!r.ok) return;
    setDevices(r.value.devices);
    setOverrides(r.value.envOverrides);
  }, [admin]);
  useEffect(() => void load(), [load]);

  // Live status: a device's status event reloads the list, without counting as the technician's activity.
  const token = admin.session.adminToken;
  useEffect(
    () =>
      api.subscribe((event) => {
        if (event.type !== 'device.status') return;
        void api.call('tech.devices', { adminToken: token }).then((r) => r.ok && setDevices(r.value.devices));
      }),
    [api, token],
  );

  return (
    <section className="admin-section" data-testid="devices-tab">
      <div className="admin-toolbar">
        <button type="button" className="btn btn--ghost" onClick={() => void load()}>
          {t('admin:refresh')}
        </button>
      </div>
      <div className="tech-devices">
        {devices.map((d) => (
          <DeviceCard
            key={d.device}
            device={d}
            cameraLabels={cameraLabels ?? []}
            overrides={overrides}
            onChanged={() => void load()}
          />
        ))}
      </div>
    </section>
  );
}
