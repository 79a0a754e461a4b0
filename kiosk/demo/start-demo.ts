import type { AdminRole } from '../../api/admin-contract';
import { devAdminPinHashes } from './dev-admin-pins';
import type { SimHandlers } from '../../api/sim-api';
import type { Settings } from '../../config/settings-schema';
import { startIdCardSimulator } from '../../devices/idcard/start-id-card-simulator';
import type { ByteTransport } from '../../devices/printer/byte-transport';
import { createInProcessTransport } from '../../devices/printer/in-process-transport';
import { PrinterSimulator } from '../../devices/printer/printer-simulator';
import type { OpenHidDevice } from '../../devices/scanner/hid-device';
import { HidPosScannerSimulator } from '../../devices/scanner/hid-pos-simulator';
import type { ProvinceEndpoint } from '../services/province-connection';
import { startEmbeddedProvince } from './embedded-province';
import { createSimHandlers, type DemoSimulators } from './sim-handlers';

/** What the services plug into in place of hardware, and the SimApi that drives it. */
export type RunningDemo = Readonly<{
  /** The host end of the simulated reader's pty pair (the real serial driver opens it). */
  idcardPath: string | null;
  scanner: OpenHidDevice | null;
  printer: ByteTransport | null;
  province: ProvinceEndpoint | null;
  sim: SimHandlers;
  /** Admin PIN hashes with the development PIN for every role the settings left without one. */
  adminPinHashes: Partial<Record<AdminRole, string>>;
  close(): Promise<void>;
}>;

/**
 * The development and demonstration module, the only place simulators start: loaded by start-kiosk with a
 * dynamic import() in demo mode only, so a production kiosk never loads simulator or province-sim code. Each
 * simulator runs only for a device set to 'simulator' (a demo may mix in real devices).
 */
export async function startDemo(settings: Settings): Promise<RunningDemo> {
  if (settings.mode !== 'demo') throw new Error('the simulators run in demo mode only');
  const { devices } = settings;
  const idcard =
    devices.idcard.port === 'simulator'
      ? await startIdCardSimulator({ baudRate: devices.idcard.baudRate })
      : null;
  const scanner = devices.scanner.mode === 'simulator' ? new HidPosScannerSimulator() : null;
  const printer = devices.printer.port === 'simulator' ? new PrinterSimulator() : null;
  const province = settings.province.url === 'embedded' ? await startEmbeddedProvince(settings) : null;
  const sims: DemoSimulators = { idcard, scanner, printer, province: province?.simulator ?? null };
  return {
    idcardPath: idcard?.hostPath ?? null,
    scanner: scanner?.open ?? null,
    printer: printer ? createInProcessTransport(printer) : null,
    province: province?.endpoint ?? null,
    sim: createSimHandlers(sims),
    adminPinHashes: await devAdminPinHashes(settings.admin.pinHashes),
    async close() {
      await Promise.allSettled([idcard?.close(), province?.simulator.close()]);
    },
  };
}
