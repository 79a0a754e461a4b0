/**
 * Real-time status (DLE EOT n, devices.md §2.2): one reply byte per query, bits 1 and 4 always set, bits 0 and 7
 * clear (idle 0x12). Out of paper reads 0x1A / 0x32 / 0x7E for n = 1 / 2 / 4. Epson bit assignments, which the
 * common Chinese models follow.
 */

export type PrinterStatus = Readonly<{
  online: boolean;
  coverOpen: boolean;
  paperOut: boolean;
  paperNearEnd: boolean;
  /** Cutter, unrecoverable or auto-recoverable (e.g. head overheat) error. */
  error: boolean;
}>;

export const IDLE_STATUS: PrinterStatus = {
  online: true,
  coverOpen: false,
  paperOut: false,
  paperNearEnd: false,
  error: false,
};

/** The four reply bytes, for DLE EOT 1, 2, 3 and 4. */
export type StatusBytes = readonly [
  printer: number,
  offlineCause: number,
  errorCause: number,
  paperSensor: number,
];

const FIXED = 0x12;

/** True for a byte shaped like a DLE EOT reply (0xx1xx10); GS r replies have bit 4 clear, so they never match. */
export function isRealtimeStatusByte(b: number): boolean {
  return (b & 0x93) === FIXED;
}

export function parseStatusBytes([
  printer,
  offlineCause,
  errorCause,
  paperSensor,
]: StatusBytes): PrinterStatus {
  const paperOut = (offlineCause & 0x20) !== 0 || (paperSensor & 0x60) !== 0;
  return {
    online: (printer & 0x08) === 0,
    coverOpen: (offlineCause & 0x04) !== 0,
    paperOut,
    paperNearEnd: paperOut || (paperSensor & 0x0c) !== 0,
    error: (offlineCause & 0x40) !== 0 || (errorCause & 0x68) !== 0,
  };
}

/** The printer side of the same mapping (used by the simulator). */
export function statusBytesFor(s: PrinterStatus): StatusBytes {
  const offline = !s.online || s.coverOpen || s.paperOut || s.error;
  return [
    FIXED | (offline ? 0x08 : 0),
    FIXED | (s.coverOpen ? 0x04 : 0) | (s.paperOut ? 0x20 : 0) | (s.error ? 0x40 : 0),
    FIXED | (s.error ? 0x40 : 0),
    FIXED | (s.paperNearEnd || s.paperOut ? 0x0c : 0) | (s.paperOut ? 0x60 : 0),
  ];
}

/**
 * GS r 1 reply: Epson bits 0–1 near end, 2–3 paper end (cheap printers answer 0x00 / 0x0F).
 */
export function parseSensorByte(b: number): Readonly<{ paperOut: boolean; paperNearEnd: boolean }> {
  const paperOut = (b & 0x0c) !== 0;
  return { paperOut, paperNearEnd: paperOut || (b & 0x03) !== 0 };
}

export function sensorByteFor(s: Pick<PrinterStatus, 'paperOut' | 'paperNearEnd'>): number {
  return (s.paperNearEnd || s.paperOut ? 0x03 : 0) | (s.paperOut ? 0x0c : 0);
}
