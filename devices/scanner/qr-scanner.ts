/**
 * The contract the kiosk depends on for the 医保电子凭证 QR scanner. The QR payload is opaque: it is passed on
 * unchanged to the national 电子凭证 service for decoding (devices.md §6), so `scan` delivers the raw text.
 *
 * - `start()` opens the scanner and keeps it open, reconnecting after an unplug; `stop()` closes it. Idempotent.
 * - `scan` fires once per complete code (multi-report codes are reassembled first; trailing CR/LF dropped).
 * - `status` fires on every change.
 */

export type QrScannerStatus = 'connected' | 'disconnected';

export type QrScannerEvents = {
  scan: (text: string) => void;
  status: (status: QrScannerStatus) => void;
};

export type QrScanner = {
  start(): void;
  stop(): Promise<void>;
  readonly status: QrScannerStatus | 'stopped';
  on<E extends keyof QrScannerEvents>(event: E, listener: QrScannerEvents[E]): () => void;
};
