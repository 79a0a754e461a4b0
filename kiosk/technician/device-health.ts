import type { KioskEvent } from '../../api/events';
import type { EventBus } from '../event-bus';

export type HealthDevice = 'idcard' | 'scanner' | 'printer' | 'camera';
export type DeviceError = Readonly<{ at: string; code: string; detail: string }>;
export type DeviceHealthView = Readonly<{
  status: 'ok' | 'disconnected' | 'error' | 'unknown';
  code: string | null;
  since: string | null;
  errors: ReadonlyArray<DeviceError>;
}>;

/** How many recent errors are kept per device: enough to see a pattern, small enough to show on one screen. */
export const ERRORS_KEPT = 20;

/**
 * The technician's view of device health: the last status each device reported (from the `device.status`
 * events the services already emit) and a small ring buffer of its recent errors, newest first. In memory
 * only: the structured log keeps the history.
 */
export class DeviceHealth {
  readonly #status = new Map<
    HealthDevice,
    { status: DeviceHealthView['status']; code: string | null; since: string }
  >();
  readonly #errors = new Map<HealthDevice, Array<DeviceError>>();
  readonly #now: () => Date;
  readonly #log: (device: HealthDevice, code: string, detail: string) => void;

  /** `log`: where each error also goes (the kiosk's log file keeps what the ring buffer drops). */
  constructor(
    now: () => Date = () => new Date(),
    log: (device: HealthDevice, code: string, detail: string) => void = () => {},
  ) {
    this.#now = now;
    this.#log = log;
  }

  /** Follows the bus; returns the unsubscribe function. */
  follow(events: EventBus): () => void {
    return events.subscribe((event) => this.observe(event));
  }

  observe(event: KioskEvent): void {
    if (event.type !== 'device.status' || event.device === 'province') return;
    const code = event.code ?? null;
    const last = this.#status.get(event.device);
    if (last?.status !== event.status || last.code !== code)
      this.#status.set(event.device, { status: event.status, code, since: this.#now().toISOString() });
    if (event.status !== 'ok') this.recordError(event.device, code ?? event.status, `status ${event.status}`);
  }

  recordError(device: HealthDevice, code: string, detail: string): void {
    const list = this.#errors.get(device) ?? [];
    list.unshift({ at: this.#now().toISOString(), code, detail: detail.slice(0, 200) });
    this.#log(device, code, detail);
    list.length = Math.min(list.length, ERRORS_KEPT);
    this.#errors.set(device, list);
  }

  /** A device was switched to another driver: its old status no longer says anything. */
  reset(device: HealthDevice): void {
    this.#status.delete(device);
  }

  view(device: HealthDevice): DeviceHealthView {
    const s = this.#status.get(device);
    return {
      status: s?.status ?? 'unknown',
      code: s?.code ?? null,
      since: s?.since ?? null,
      errors: [...(this.#errors.get(device) ?? [])],
    };
  }
}
