import type { HidDeviceLike, OpenHidDevice } from './hid-device';
import {
  HID_POS_BODY_LENGTH,
  HID_POS_DATA_OFFSET,
  HID_POS_MAX_DATA,
  HID_POS_MORE_OFFSET,
  HID_POS_REPORT_ID,
  HID_POS_SYMBOLOGY_OFFSET,
} from './hid-pos-report';

/**
 * A simulated HID POS scanner: turns a code into the input reports a Honeywell-style scanner sends (report ID 2,
 * length, AIM `]Q1`, data, QR symbology byte, continuation flag) and feeds them to whoever opened it. `partSize`
 * below 56 splits a code over more reports than a real scanner would, to exercise reassembly.
 */

export type HidPosReportOptions = Readonly<{
  reportIdIncluded?: boolean;
  aim?: string;
  symbology?: number;
  /** Data bytes per report, 1–56. Default 56. */
  partSize?: number;
  /** Append a CR suffix, as many scanners are configured to. */
  appendCr?: boolean;
  /** The variant with one extra byte before the AIM identifier. */
  extraLeadingByte?: boolean;
}>;

export function hidPosReports(text: string, options: HidPosReportOptions = {}): Uint8Array[] {
  const data = new TextEncoder().encode(options.appendCr ? `${text}\r` : text);
  const partSize = Math.max(
    1,
    Math.min(options.partSize ?? HID_POS_MAX_DATA, HID_POS_MAX_DATA - (options.extraLeadingByte ? 1 : 0)),
  );
  const aim = new TextEncoder().encode(options.aim ?? ']Q1');
  const withId = options.reportIdIncluded ?? true;
  const reports: Uint8Array[] = [];
  for (let at = 0; at < data.length; at += partSize) {
    const part = data.subarray(at, at + partSize);
    const body = new Uint8Array(HID_POS_BODY_LENGTH);
    body[0] = part.length;
    const shift = options.extraLeadingByte ? 1 : 0;
    body.set(aim.subarray(0, 3), 1 + shift);
    body.set(part, HID_POS_DATA_OFFSET + shift);
    body[HID_POS_SYMBOLOGY_OFFSET] = options.symbology ?? 0x73;
    body[HID_POS_MORE_OFFSET] = at + partSize < data.length ? 1 : 0;
    if (!withId) {
      reports.push(body);
      continue;
    }
    const report = new Uint8Array(HID_POS_BODY_LENGTH + 1);
    report[0] = HID_POS_REPORT_ID;
    report.set(body, 1);
    reports.push(report);
  }
  return reports;
}

type Handlers = { data: Array<(r: Uint8Array) => void>; error: Array<(e: Error) => void> };

class SimulatedDevice implements HidDeviceLike {
  readonly handlers: Handlers = { data: [], error: [] };
  closed = false;

  on(event: 'data', listener: (report: Uint8Array) => void): this;
  on(event: 'error', listener: (error: Error) => void): this;
  on(event: 'data' | 'error', listener: ((r: Uint8Array) => void) | ((e: Error) => void)): this {
    (this.handlers[event] as Array<typeof listener>).push(listener);
    return this;
  }

  close(): void {
    this.closed = true;
  }
}

export class HidPosScannerSimulator {
  private device: SimulatedDevice | null = null;
  private plugged = true;

  /** `open` for `createHidPosScanner`: rejects while unplugged. */
  readonly open: OpenHidDevice = async () => {
    if (!this.plugged) throw new Error('simulated scanner is unplugged');
    this.device = new SimulatedDevice();
    return this.device;
  };

  /** Sends a code as input reports, one per event-loop turn, as USB interrupt transfers arrive. */
  async scan(text: string, options: HidPosReportOptions = {}): Promise<void> {
    await this.sendReports(hidPosReports(text, options));
  }

  async sendReports(reports: Uint8Array[]): Promise<void> {
    for (const report of reports) {
      await new Promise((r) => setImmediate(r));
      const d = this.device;
      if (d && !d.closed) for (const l of d.handlers.data) l(report);
    }
  }

  /** The open device errors (as node-hid does when the scanner is pulled) and new opens fail. */
  unplug(): void {
    this.plugged = false;
    const d = this.device;
    this.device = null;
    if (d && !d.closed) for (const l of d.handlers.error) l(new Error('could not read from HID device'));
  }

  replug(): void {
    this.plugged = true;
  }
}
