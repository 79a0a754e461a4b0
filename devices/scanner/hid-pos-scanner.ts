import { TypedListeners } from '../idcard/typed-listeners';
import type { OpenHidDevice, HidDeviceLike } from './hid-device';
import { HidPosReassembler } from './hid-pos-report';
import type { QrScanner, QrScannerEvents, QrScannerStatus } from './qr-scanner';

/**
 * QR scanner in HID POS mode. Opens the device through `open` (node-hid in production, the simulator in tests),
 * reassembles multi-report codes, and reopens the device after an error (unplug) every `reconnectIntervalMs`.
 * Enumeration is costly (devices.md §3.3), so it only happens while disconnected.
 */

export type HidPosScannerOptions = Readonly<{
  open: OpenHidDevice;
  reconnectIntervalMs?: number;
  /** Whether input reports start with the report ID (true for node-hid). */
  reportIdIncluded?: boolean;
  onListenerError?: (error: unknown) => void;
}>;

export function createHidPosScanner(options: HidPosScannerOptions): QrScanner {
  const listeners = new TypedListeners<QrScannerEvents>(options.onListenerError);
  const reassembler = new HidPosReassembler({ reportIdIncluded: options.reportIdIncluded ?? true });
  let status: QrScannerStatus | 'stopped' = 'stopped';
  let device: HidDeviceLike | null = null;
  let running = false;
  let timer: ReturnType<typeof setTimeout> | null = null;

  const setStatus = (next: QrScannerStatus) => {
    if (status === next) return;
    status = next;
    listeners.emit('status', next);
  };

  const scheduleReconnect = () => {
    if (!running || timer) return;
    timer = setTimeout(() => {
      timer = null;
      void connect();
    }, options.reconnectIntervalMs ?? 2000);
  };

  const lose = (lost: HidDeviceLike) => {
    if (device !== lost) return;
    device = null;
    reassembler.reset();
    void Promise.resolve()
      .then(() => lost.close())
      .catch(() => {});
    setStatus('disconnected');
    scheduleReconnect();
  };

  const connect = async () => {
    if (!running || device) return;
    let opened: HidDeviceLike;
    try {
      opened = await options.open();
    } catch {
      setStatus('disconnected');
      scheduleReconnect();
      return;
    }
    if (!running) {
      await opened.close();
      return;
    }
    device = opened;
    opened.on('data', (report) => {
      if (device !== opened) return;
      const scan = reassembler.push(new Uint8Array(report), performance.now());
      if (scan) listeners.emit('scan', scan.text);
    });
    opened.on('error', () => lose(opened));
    setStatus('connected');
  };

  return {
    get status() {
      return status;
    },
    on: (event, listener) => listeners.on(event, listener),
    start() {
      if (running) return;
      running = true;
      void connect();
    },
    async stop() {
      running = false;
      if (timer) clearTimeout(timer);
      timer = null;
      const d = device;
      device = null;
      reassembler.reset();
      if (d) await Promise.resolve(d.close()).catch(() => {});
      status = 'stopped';
    },
  };
}
