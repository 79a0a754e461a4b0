import { describe, expect, it } from 'vitest';
import { parsePrinterSpec, PrinterSpecError } from './create-receipt-printer';

describe('parsePrinterSpec', () => {
  it('reads the simulator, serial paths with or without a baud rate, and tcp addresses', () => {
    expect(parsePrinterSpec('simulator')).toEqual({ kind: 'simulator' });
    expect(parsePrinterSpec('/dev/ttyUSB0')).toEqual({ kind: 'serial', path: '/dev/ttyUSB0' });
    expect(parsePrinterSpec('/dev/ttyS1@115200')).toEqual({
      kind: 'serial',
      path: '/dev/ttyS1',
      baudRate: 115200,
    });
    expect(parsePrinterSpec('COM3')).toEqual({ kind: 'serial', path: 'COM3' });
    expect(parsePrinterSpec('tcp://192.168.1.50:9100')).toEqual({
      kind: 'tcp',
      host: '192.168.1.50',
      port: 9100,
    });
    expect(parsePrinterSpec('tcp://printer.local')).toEqual({
      kind: 'tcp',
      host: 'printer.local',
      port: 9100,
    });
    expect(parsePrinterSpec(' tcp://127.0.0.1:40123 ')).toEqual({
      kind: 'tcp',
      host: '127.0.0.1',
      port: 40123,
    });
  });

  it('rejects anything else', () => {
    for (const bad of ['', 'usb', 'http://x:9100', 'tcp://', 'ttyUSB0'])
      expect(() => parsePrinterSpec(bad), bad).toThrow(PrinterSpecError);
  });
});
