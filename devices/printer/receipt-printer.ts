import type { PrinterStatus } from './printer-status';
import type { PaperWidth, ReceiptDocument } from './receipt-document';

/**
 * What the kiosk asks of a receipt printer, whatever the model or link. Results are typed codes for the UI to
 * translate; nothing here throws for printer trouble.
 */

/**
 * - not-connected: the port/socket cannot be opened or dropped (cable, power, network).
 * - timeout: the link is up but the printer does not answer (or did not finish the job in time).
 * - offline / paper-out / cover-open / printer-error: what the printer itself reports.
 * - invalid-document: the document cannot be encoded (e.g. a QR payload over 7089 bytes); nothing was sent.
 */
export type PrintFailureCode =
  'not-connected' | 'timeout' | 'offline' | 'paper-out' | 'cover-open' | 'printer-error' | 'invalid-document';

export type PrintResult =
  | Readonly<{
      ok: true;
      /** Characters the printer's font lacks, printed as '□' (e.g. a rare character in a name). */
      replaced: ReadonlyArray<string>;
      /** Status after the job; paperNearEnd is worth a technician alert. */
      status: PrinterStatus;
    }>
  | Readonly<{
      ok: false;
      code: PrintFailureCode;
      /** 'before': refused, nothing printed. 'during': the job started and the receipt may be partial. */
      phase: 'before' | 'during';
      status?: PrinterStatus;
      /** English diagnostic for logs. */
      detail?: string;
    }>;

export type StatusResult =
  Readonly<{ ok: true; status: PrinterStatus }> | Readonly<{ ok: false; code: 'not-connected' | 'timeout' }>;

export type ReceiptPrinter = {
  readonly width: PaperWidth;
  /** Checks status first (refuses without printing on paper out, cover open, offline), prints, then confirms. */
  print(doc: ReceiptDocument): Promise<PrintResult>;
  status(): Promise<StatusResult>;
  /**
   * Called whenever the status seen by the driver changes (each print, each status() call, background polls while
   * someone listens, disconnects and reconnects). Returns an unsubscribe function.
   */
  onStatusChange(listener: (status: StatusResult) => void): () => void;
  /** Stops polling and reconnecting and closes the link. */
  close(): Promise<void>;
};
