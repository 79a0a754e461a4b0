import { KioskApiError } from '../../api/result';
import type { Settings } from '../../config/settings-schema';
import { createHidPosScanner } from '../../devices/scanner/hid-pos-scanner';
import { HidPosScannerSimulator } from '../../devices/scanner/hid-pos-simulator';
import { nodeHidOpener } from '../../devices/scanner/node-hid-device';
import type { QrScanner } from '../../devices/scanner/qr-scanner';
import { SEED_PERSONS, seedPerson } from '../../province-sim/persons';
import { makeQrText } from '../../province-sim/qr-code';
import type { EventBus } from '../event-bus';

export type ScannerService = Readonly<{
  /** People whose 电子凭证 the simulated scanner can show (the embedded province knows them). */
  fixtures(): Array<{ id: string; label: string }>;
  scanSimulated(personId: string): Promise<void>;
  close(): Promise<void>;
}>;

/**
 * The 医保电子凭证 scanner on the Node side: HID POS through node-hid, or a simulator that sends real HID POS
 * reports into the same driver. A keyboard-wedge scanner types into the page and is decoded in the renderer.
 */
export function createScannerService(
  settings: Settings,
  events: EventBus,
  provinceClock: () => number,
): ScannerService {
  const mode = settings.devices.scanner.mode;
  const sim = mode === 'simulator' ? new HidPosScannerSimulator() : null;
  let scanner: QrScanner | null = null;
  if (sim) scanner = createHidPosScanner({ open: sim.open });
  else if (mode.startsWith('hid:')) {
    const [, vendor, product] = mode.split(':');
    scanner = createHidPosScanner({
      open: nodeHidOpener({ vendorId: Number(vendor), productId: Number(product) }),
    });
  }
  scanner?.on('scan', (text) => events.emit({ type: 'scanner.scan', text }));
  scanner?.on('status', (s) =>
    events.emit({
      type: 'device.status',
      device: 'scanner',
      status: s === 'connected' ? 'ok' : 'disconnected',
    }),
  );
  scanner?.start();
  const knowsPeople = settings.province.url === 'embedded';

  return {
    fixtures: () =>
      knowsPeople
        ? SEED_PERSONS.filter((p) => p.psnNo).map((p) => ({ id: p.key, label: `${p.name} · ${p.note}` }))
        : [],
    async scanSimulated(personId) {
      if (!sim) throw new KioskApiError('forbidden', 'the scanner is real');
      const person = seedPerson(personId);
      if (!person.psnNo) throw new KioskApiError('not-found', 'that person has no 电子凭证');
      await sim.scan(makeQrText(person.psnNo, provinceClock()));
    },
    async close() {
      await scanner?.stop();
    },
  };
}
