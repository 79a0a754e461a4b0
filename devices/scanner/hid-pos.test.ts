import { fc, test } from '@fast-check/vitest';
import { afterEach, describe, expect, it } from 'vitest';
import { createHidPosScanner } from './hid-pos-scanner';
import { HidPosReassembler, parseHidPosReport } from './hid-pos-report';
import { HidPosScannerSimulator, hidPosReports } from './hid-pos-simulator';
import type { QrScanner } from './qr-scanner';
import { QR_FIXTURES } from './qr-fixtures';

function reassemble(reports: Uint8Array[], reportIdIncluded = true): string[] {
  const r = new HidPosReassembler({ reportIdIncluded });
  return reports.flatMap((rep, i) => {
    const scan = r.push(rep, i);
    return scan ? [scan.text] : [];
  });
}

describe('HID POS reports', () => {
  it('parses a report shaped like a captured Honeywell one: ID 2, length, ]Q1, data, continuation at 63', () => {
    const report = new Uint8Array(64);
    report.set([0x02, 5, 0x5d, 0x51, 0x31, 0x41, 0x42, 0x43, 0x44, 0x0d]);
    report[61] = 0x73;
    expect(parseHidPosReport(report)).toEqual({
      aim: ']Q1',
      data: Uint8Array.from([0x41, 0x42, 0x43, 0x44, 0x0d]),
      more: false,
    });
    report[63] = 1;
    expect(parseHidPosReport(report)?.more).toBe(true);
    report[0] = 0x01;
    expect(parseHidPosReport(report)).toBeNull();
  });

  it.each(Object.entries(QR_FIXTURES))(
    'reassembles the %s fixture (with CR suffix) from full-size reports',
    (_name, text) => {
      const reports = hidPosReports(text, { appendCr: true });
      expect(reports.length).toBe(Math.ceil((text.length + 1) / 56));
      expect(reassemble(reports)).toEqual([text]);
    },
  );

  test.prop([
    fc.string({ minLength: 1, maxLength: 300 }),
    fc.integer({ min: 1, max: 56 }),
    fc.boolean(),
    fc.boolean(),
  ])(
    'any text (incl. multi-byte UTF-8 split across reports) survives any part size and both report framings',
    (text, partSize, withId, extraLeadingByte) => {
      fc.pre(!/[\r\n]$/.test(text));
      const reports = hidPosReports(text, { partSize, reportIdIncluded: withId, extraLeadingByte });
      expect(reassemble(reports, withId)).toEqual([text]);
    },
  );

  it('drops a partial code that is never continued', () => {
    const r = new HidPosReassembler({ staleAfterMs: 100 });
    const first = hidPosReports(QR_FIXTURES.long, { partSize: 20 });
    expect(r.push(first[0]!, 0)).toBeNull();
    const next = hidPosReports(QR_FIXTURES.short);
    expect(r.push(next[0]!, 1000)?.text).toBe(QR_FIXTURES.short);
  });
});

describe('HID POS scanner driver with the simulator', () => {
  let scanner: QrScanner | null = null;
  afterEach(async () => {
    await scanner?.stop();
    scanner = null;
  });

  const nextScan = (s: QrScanner) =>
    new Promise<string>((resolve) => {
      const off = s.on('scan', (t) => {
        off();
        resolve(t);
      });
    });
  const nextStatus = (s: QrScanner, want: string) =>
    new Promise<void>((resolve) => {
      if (s.status === want) return resolve();
      const off = s.on('status', (st) => st === want && (off(), resolve()));
    });

  it('delivers split codes, survives unplug, and reads again after replug', async () => {
    const sim = new HidPosScannerSimulator();
    scanner = createHidPosScanner({ open: sim.open, reconnectIntervalMs: 20 });
    scanner.start();
    await nextStatus(scanner, 'connected');

    let scan = nextScan(scanner);
    await sim.scan(QR_FIXTURES.long, { partSize: 13, appendCr: true });
    expect(await scan).toBe(QR_FIXTURES.long);

    sim.unplug();
    await nextStatus(scanner, 'disconnected');
    sim.replug();
    await nextStatus(scanner, 'connected');
    scan = nextScan(scanner);
    await sim.scan(QR_FIXTURES.hex64);
    expect(await scan).toBe(QR_FIXTURES.hex64);
  });

  it('a code cut off by an unplug is not delivered half', async () => {
    const sim = new HidPosScannerSimulator();
    scanner = createHidPosScanner({ open: sim.open, reconnectIntervalMs: 20 });
    const scans: string[] = [];
    scanner.on('scan', (t) => scans.push(t));
    scanner.start();
    await nextStatus(scanner, 'connected');
    const reports = hidPosReports(QR_FIXTURES.long, { partSize: 20 });
    await sim.sendReports(reports.slice(0, 2));
    sim.unplug();
    sim.replug();
    await nextStatus(scanner, 'connected');
    const scan = nextScan(scanner);
    await sim.scan(QR_FIXTURES.short);
    expect(await scan).toBe(QR_FIXTURES.short);
    expect(scans).toEqual([QR_FIXTURES.short]);
  });
});
