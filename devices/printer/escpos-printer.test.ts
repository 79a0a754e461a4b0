import { describe, expect, it } from 'vitest';
import { createReceiptPrinter } from './create-receipt-printer';
import { FAST, printerContract, SAMPLE } from './printer-contract.testkit';
import { PrinterSimulator } from './printer-simulator';

printerContract('in-process simulator', async () => {
  const simulator = new PrinterSimulator();
  const printer = createReceiptPrinter('simulator', { ...FAST, simulator });
  return { printer, simulator, close: () => printer.close() };
});

describe('EscPosPrinter', () => {
  it('refuses an unprintable document without touching the printer', async () => {
    const simulator = new PrinterSimulator();
    const printer = createReceiptPrinter('simulator', { ...FAST, simulator });
    const result = await printer.print({ blocks: [{ type: 'qr', data: 'x'.repeat(8000) }] });
    expect(result).toMatchObject({ ok: false, code: 'invalid-document', phase: 'before' });
    await printer.close();
  });

  it('after an interrupted job, a printer that keeps its buffer finishes it on recovery and the next job still prints', async () => {
    const simulator = new PrinterSimulator({ whileStopped: 'hold', replyDelayMs: 5 });
    const printer = createReceiptPrinter('simulator', { ...FAST, simulator });
    simulator.runOutOfPaperAfter(3);
    expect(await printer.print(SAMPLE)).toMatchObject({ ok: false, code: 'paper-out', phase: 'during' });
    simulator.setPaperOut(false); // the held remainder prints now and answers the old job's GS r 1
    expect(await printer.print(SAMPLE)).toMatchObject({ ok: true });
    const receipts = simulator.receipts();
    expect(receipts.map((r) => [r.complete, r.lines.length])).toEqual([
      [false, 3],
      [true, 8], // the remainder of the first job
      [true, 11],
    ]);
    await printer.close();
  });

  it('reports a job the printer never confirms as a timeout during printing', async () => {
    const simulator = new PrinterSimulator();
    const printer = createReceiptPrinter('simulator', { ...FAST, completionTimeoutMs: 300, simulator });
    // Status answers, but the job's GS r 1 is swallowed: a printer that hangs mid-job without reporting why.
    const realOpen = simulator.openSession.bind(simulator);
    simulator.openSession = (reply) =>
      realOpen((bytes) => (bytes.length === 1 && (bytes[0]! & 0x10) === 0 ? undefined : reply(bytes)));
    expect(await printer.print(SAMPLE)).toMatchObject({ ok: false, code: 'timeout', phase: 'during' });
    await printer.close();
  });
});
