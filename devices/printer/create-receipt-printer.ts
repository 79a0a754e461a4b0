import type { ByteTransport } from './byte-transport';
import { EscPosPrinter, type EscPosPrinterOptions } from './escpos-printer';
import { createInProcessTransport } from './in-process-transport';
import type { PrinterSimulator } from './printer-simulator';
import type { ReceiptPrinter } from './receipt-printer';
import { createSerialTransport } from './serial-transport';
import { createTcpTransport } from './tcp-transport';

/**
 * The printer setting a technician edits in admin mode, as one string:
 *   'simulator'                      — the in-process simulator (demo, development)
 *   '/dev/ttyUSB0' or 'COM3'         — a serial printer; baud from options (default 9600), or '/dev/ttyS0@115200'
 *   'tcp://192.168.1.50:9100'        — a network printer (port defaults to 9100)
 */
export type PrinterSpec =
  | Readonly<{ kind: 'simulator' }>
  | Readonly<{ kind: 'serial'; path: string; baudRate?: number }>
  | Readonly<{ kind: 'tcp'; host: string; port: number }>;

export class PrinterSpecError extends Error {
  override readonly name = 'PrinterSpecError';
}

export function parsePrinterSpec(spec: string): PrinterSpec {
  const s = spec.trim();
  if (s === 'simulator') return { kind: 'simulator' };
  if (s.startsWith('tcp://')) {
    let url: URL;
    try {
      url = new URL(s);
    } catch {
      throw new PrinterSpecError(`not a valid printer address: ${spec}`);
    }
    if (!url.hostname) throw new PrinterSpecError(`no host in ${spec}`);
    return {
      kind: 'tcp',
      host: url.hostname.replace(/^\[|\]$/g, ''),
      port: url.port ? Number(url.port) : 9100,
    };
  }
  const serial = /^(\/dev\/\S+?|COM\d+|\/\S+?)(?:@(\d+))?$/i.exec(s);
  if (serial?.[1]) {
    const baudRate = serial[2] ? Number(serial[2]) : undefined;
    return baudRate === undefined
      ? { kind: 'serial', path: serial[1] }
      : { kind: 'serial', path: serial[1], baudRate };
  }
  throw new PrinterSpecError(
    `unknown printer setting: ${spec} (expected 'simulator', a serial path or tcp://host:port)`,
  );
}

export type CreatePrinterOptions = EscPosPrinterOptions &
  Readonly<{
    /** Serial speed when the spec does not carry one (default 9600, the usual factory setting). */
    baudRate?: number;
    /**
     * The simulator to drive for 'simulator' (required: the caller, a test or the demo module, owns it; the
     * production import graph never loads the simulator).
     */
    simulator?: PrinterSimulator;
  }>;

export function createPrinterTransport(
  spec: PrinterSpec,
  options: Pick<CreatePrinterOptions, 'baudRate' | 'simulator' | 'openTimeoutMs'> = {},
): ByteTransport {
  switch (spec.kind) {
    case 'simulator':
      if (!options.simulator)
        throw new PrinterSpecError("the 'simulator' printer needs a simulator to drive");
      return createInProcessTransport(options.simulator);
    case 'serial':
      return createSerialTransport(spec.path, spec.baudRate ?? options.baudRate ?? 9600);
    case 'tcp':
      return createTcpTransport(spec.host, spec.port, options.openTimeoutMs ?? 3_000);
  }
}

/** Builds the kiosk's receipt printer from its setting string. Throws PrinterSpecError for a malformed setting. */
export function createReceiptPrinter(spec: string, options: CreatePrinterOptions): ReceiptPrinter {
  return new EscPosPrinter(createPrinterTransport(parsePrinterSpec(spec), options), options);
}
