import type { IdCardReader } from './id-card-reader';
import { createPollingIdCardReader, type PollingReaderOptions } from './polling-id-card-reader';
import { openSerialSamLink } from './serial-sam-link';

/**
 * The production ID-card reader: SAM protocol over a serial port (USB-CDC / CH340 / CP210x / RS-232, or the
 * host end of the simulator's pty). Pseudo-terminals are not listed by SerialPort.list(), so the path is
 * always given explicitly (a setting in admin mode).
 */
export type SerialIdCardReaderOptions = Omit<PollingReaderOptions, 'openLink'> &
  Readonly<{
    path: string;
    /** Default 115200 (8N1). */
    baudRate?: number;
  }>;

export function createSerialIdCardReader(options: SerialIdCardReaderOptions): IdCardReader {
  const { path, baudRate = 115200, ...polling } = options;
  return createPollingIdCardReader({ ...polling, openLink: () => openSerialSamLink({ path, baudRate }) });
}
