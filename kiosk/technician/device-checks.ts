import { statSync } from 'node:fs';
import { connect } from 'node:net';
import type { KioskMode, Settings } from '../../config/settings-schema';
import type { SettingProblem } from '../../config/settings-file';
import { parsePrinterSpec, PrinterSpecError } from '../../devices/printer/create-receipt-printer';

/** The device part of the settings, as the technician screen edits it. */
export type DeviceSettings = Settings['devices'];

export type DeviceCheckContext = Readonly<{
  mode: KioskMode;
  /**
   * The cameras the renderer sees (navigator.mediaDevices labels): the Node side cannot enumerate them, so
   * the screen reports them with the change and a label is checked against that list.
   */
  cameraLabels: ReadonlyArray<string>;
  /** The HID devices present (vendor and product ids); replaceable in tests. Default: node-hid's list. */
  listHid?: () => Promise<ReadonlyArray<{ vendorId: number; productId: number }>>;
  /** Whether a TCP printer answers (a connection accepted within the time); replaceable in tests. */
  probeTcp?: (host: string, port: number) => Promise<boolean>;
}>;

const TCP_PROBE_MS = 2_000;

/**
 * What the settings schema cannot know: whether the serial port exists, whether a camera matches the label,
 * whether a network printer answers. Each problem names the setting and carries a code the screen
 * translates; an empty list means the devices may be switched over.
 */
export type DeviceKind = keyof DeviceSettings;

export async function checkDeviceSettings(
  device: DeviceKind,
  next: DeviceSettings,
  ctx: DeviceCheckContext,
): Promise<Array<SettingProblem>> {
  const problems: Array<SettingProblem> = [];
  const simulatorOk = (field: string) => {
    if (ctx.mode !== 'demo')
      problems.push({ field, code: 'simulator-in-production', detail: 'simulators run in demo mode only' });
  };

  if (device === 'idcard') {
    if (next.idcard.port === 'simulator') simulatorOk('devices.idcard.port');
    else problems.push(...serialProblems('devices.idcard.port', next.idcard.port));
  } else if (device === 'printer') {
    problems.push(...(await printerProblems(next.printer.port, ctx)));
    if (next.printer.port === 'simulator') simulatorOk('devices.printer.port');
  } else if (device === 'scanner') {
    if (next.scanner.mode === 'simulator') simulatorOk('devices.scanner.mode');
    else problems.push(...(await hidProblems(next.scanner.mode, ctx)));
  } else {
    problems.push(...cameraProblems(next.camera.label, ctx.cameraLabels));
  }
  return problems;
}

async function printerProblems(port: string, ctx: DeviceCheckContext): Promise<Array<SettingProblem>> {
  const field = 'devices.printer.port';
  let printer;
  try {
    printer = parsePrinterSpec(port);
  } catch (error) {
    if (!(error instanceof PrinterSpecError)) throw error;
    return [{ field, code: 'invalid', detail: error.message }];
  }
  if (printer.kind === 'serial') return serialProblems(field, printer.path);
  if (printer.kind === 'tcp' && !(await (ctx.probeTcp ?? probeTcp)(printer.host, printer.port)))
    return [
      { field, code: 'printer-unreachable', detail: `nothing answers at ${printer.host}:${printer.port}` },
    ];
  return [];
}

/** A HID POS scanner must be plugged in: its vendor and product id among the HID devices present. */
async function hidProblems(mode: string, ctx: DeviceCheckContext): Promise<Array<SettingProblem>> {
  const hid = /^hid:(0x[0-9a-f]{4}):(0x[0-9a-f]{4})$/i.exec(mode);
  if (!hid) return []; // 'wedge': the scanner types into the page, nothing to find here
  const [vendorId, productId] = [Number(hid[1]), Number(hid[2])];
  const present = await (ctx.listHid ?? listHid)().catch(() => []);
  if (present.some((d) => d.vendorId === vendorId && d.productId === productId)) return [];
  return [
    { field: 'devices.scanner.mode', code: 'scanner-not-found', detail: `no HID device ${mode.slice(4)}` },
  ];
}

async function listHid(): Promise<ReadonlyArray<{ vendorId: number; productId: number }>> {
  // Loaded lazily, as the scanner driver does: the native module is needed only for a HID scanner.
  const HID = await import('node-hid');
  return HID.devicesAsync();
}

/** An empty label takes the first camera; a label must be part of one the screen sees (as the camera step does). */
function cameraProblems(label: string, seen: ReadonlyArray<string>): Array<SettingProblem> {
  const field = 'devices.camera.label';
  if (seen.length === 0) return [{ field, code: 'no-camera', detail: 'the screen sees no camera' }];
  if (label && !seen.some((l) => l.includes(label)))
    return [{ field, code: 'camera-not-found', detail: `no camera label contains "${label}"` }];
  return [];
}

/** A serial path must exist and be a character device (a tty, a pty, a USB-serial adapter). */
function serialProblems(field: string, path: string): Array<SettingProblem> {
  if (/^COM\d+$/i.test(path)) return []; // Windows ports cannot be stat()ed; opening them is the test
  let stats;
  try {
    stats = statSync(path);
  } catch {
    return [{ field, code: 'port-missing', detail: `${path} does not exist` }];
  }
  if (!stats.isCharacterDevice())
    return [{ field, code: 'not-a-serial-port', detail: `${path} is not a serial device` }];
  return [];
}

function probeTcp(host: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host, port });
    const done = (answered: boolean) => {
      clearTimeout(timer);
      socket.destroy();
      resolve(answered);
    };
    const timer = setTimeout(() => done(false), TCP_PROBE_MS);
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
  });
}
