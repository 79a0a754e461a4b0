import type { Settings } from '../../config/settings-schema';
import type { IdentityService } from '../services/identity-service';
import type { PrintService } from '../services/print-service';
import type { ScannerService } from '../services/scanner-service';
import type { DeviceKind } from './device-checks';

/** How start-kiosk builds each device service from settings (the same code as at start-up). */
export type DeviceFactories = Readonly<{
  identity(settings: Settings): Promise<IdentityService>;
  scanner(settings: Settings): ScannerService;
  printer(settings: Settings): PrintService;
}>;

type Current = { identity: IdentityService; scanner: ScannerService; printer: PrintService };

/**
 * The running device drivers, replaceable while the kiosk runs: a technician's saved change closes the old
 * driver (its serial port, its socket) and opens the new one. The handlers hold the stable `identity` and
 * `printer` fronts, which always reach the driver in force, so nothing else is rebuilt and nothing restarts.
 */
export class LiveDevices {
  readonly #factories: DeviceFactories;
  readonly #current: Current;
  /** Swaps run one at a time, and a call arriving during a swap waits for the new driver. */
  #swapping: Promise<void> = Promise.resolve();

  constructor(factories: DeviceFactories, initial: Current) {
    this.#factories = factories;
    this.#current = { ...initial };
  }

  readonly identity: IdentityService = {
    start: async (sessionId) => (await this.#ready()).identity.start(sessionId),
    stop: async (sessionId) => (await this.#ready()).identity.stop(sessionId),
    readCardOnce: async (timeoutMs) => (await this.#ready()).identity.readCardOnce(timeoutMs),
    close: async () => (await this.#ready()).identity.close(),
  };

  readonly scanner: ScannerService = {
    nextScan: async (timeoutMs) => (await this.#ready()).scanner.nextScan(timeoutMs),
    close: async () => (await this.#ready()).scanner.close(),
  };

  readonly printer: Pick<PrintService, 'printCase' | 'printQuery' | 'printTestPage' | 'close'> = {
    printCase: async (facts, text) => (await this.#ready()).printer.printCase(facts, text),
    printQuery: async (facts, text) => (await this.#ready()).printer.printQuery(facts, text),
    printTestPage: async (at) => (await this.#ready()).printer.printTestPage(at),
    close: async () => (await this.#ready()).printer.close(),
  };

  /** Replaces the driver of `device` with one built from `settings` (the camera lives in the renderer). */
  swap(device: DeviceKind, settings: Settings): Promise<void> {
    const run = this.#swapping.then(async () => {
      const c = this.#current;
      if (device === 'idcard') {
        // The old reader lets go of its port first: the new one may open the very same device.
        await c.identity.close();
        c.identity = await this.#factories.identity(settings);
      } else if (device === 'scanner') {
        await c.scanner.close();
        c.scanner = this.#factories.scanner(settings);
      } else if (device === 'printer') {
        await c.printer.close();
        c.printer = this.#factories.printer(settings);
      }
    });
    this.#swapping = run.catch(() => {});
    return run;
  }

  async #ready(): Promise<Current> {
    await this.#swapping;
    return this.#current;
  }
}
