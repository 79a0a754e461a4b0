import type { Settings } from '../../config/settings-schema';
import type { OpenHidDevice } from '../../devices/scanner/hid-device';
import { createHidPosScanner } from '../../devices/scanner/hid-pos-scanner';
import { nodeHidOpener } from '../../devices/scanner/node-hid-device';
import type { QrScanner } from '../../devices/scanner/qr-scanner';
import type { EventBus } from '../event-bus';

/** A technician's self-test scan: the decoded text, or why there is none. */
export type ScanOutcome =
  | Readonly<{ ok: true; text: string }>
  | Readonly<{ ok: false; code: 'wedge' | 'scanner-missing' | 'no-scan' }>;

export type ScannerService = Readonly<{
  /** Self-test (admin mode): the next code scanned within `timeoutMs`. A wedge scanner types into the page instead. */
  nextScan(timeoutMs: number): Promise<ScanOutcome>;
  close(): Promise<void>;
}>;

/**
 * The 医保电子凭证 scanner on the Node side: HID POS through node-hid, or (mode `simulator`, demo only) the demo
 * module's simulator, which sends real HID POS reports into the same driver (`simulatedScanner`). A
 * keyboard-wedge scanner types into the page and is decoded in the renderer.
 */
export function createScannerService(
  settings: Settings,
  events: EventBus,
  simulatedScanner: OpenHidDevice | null = null,
): ScannerService {
  const mode = settings.devices.scanner.mode;
  let scanner: QrScanner | null = null;
  if (mode === 'simulator') {
    if (!simulatedScanner)
      throw new Error("devices.scanner.mode is 'simulator' but no simulated scanner runs (demo mode only)");
    scanner = createHidPosScanner({ open: simulatedScanner });
  } else if (mode.startsWith('hid:')) {
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

  return {
    nextScan(timeoutMs) {
      const s = scanner;
      if (!s) return Promise.resolve({ ok: false, code: 'wedge' });
      return new Promise<ScanOutcome>((resolve) => {
        const off = s.on('scan', (text) => {
          clearTimeout(timer);
          off();
          resolve({ ok: true, text });
        });
        const timer = setTimeout(() => {
          off();
          resolve({ ok: false, code: s.status === 'connected' ? 'no-scan' : 'scanner-missing' });
        }, timeoutMs);
      });
    },
    async close() {
      await scanner?.stop();
    },
  };
}
