import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PrinterSimulator } from './printer-simulator';
import type { ReceiptDocument } from './receipt-document';
import type { ReceiptPrinter, StatusResult } from './receipt-printer';

/**
 * One behaviour suite for every way of reaching the printer (in-process, socat pty, TCP), as node-serialport runs
 * one suite on the mock and on real ports. Each setup returns a printer wired to a fresh simulator.
 */

export type ContractRig = { printer: ReceiptPrinter; simulator: PrinterSimulator; close(): Promise<void> };

/** Short timeouts so failure paths finish quickly in tests. */
export const FAST = {
  width: 58 as const,
  statusTimeoutMs: 300,
  jobPollMs: 30,
  completionTimeoutMs: 3_000,
  pollIntervalMs: 50,
  reconnectMinMs: 50,
  reconnectMaxMs: 200,
  openTimeoutMs: 1_000,
};

export const SAMPLE: ReceiptDocument = {
  blocks: [
    { type: 'text', text: '城乡居民参保登记', align: 'center', bold: true, size: 'large' },
    { type: 'kv', label: '受理编号', value: 'ZZ001' },
    { type: 'kv', label: '姓名', value: '李𬌗' },
    ...Array.from({ length: 8 }, (_, i) => ({ type: 'text' as const, text: `第${i + 1}行 line ${i + 1}` })),
    { type: 'qr', data: 'ZZ001' },
    { type: 'cut' },
  ],
};

/** Resolves with the first status the listener reports that satisfies `pred`. */
export function waitForStatus(
  printer: ReceiptPrinter,
  pred: (s: StatusResult) => boolean,
  timeoutMs = 5_000,
): Promise<StatusResult> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      off();
      reject(new Error('status not reached in time'));
    }, timeoutMs);
    const off = printer.onStatusChange((s) => {
      if (!pred(s)) return;
      clearTimeout(timer);
      off();
      resolve(s);
    });
  });
}

export function printerContract(name: string, setup: () => Promise<ContractRig>): void {
  describe(`ReceiptPrinter contract: ${name}`, () => {
    let rig: ContractRig;
    beforeEach(async () => {
      rig = await setup();
    });
    afterEach(async () => {
      await rig.close();
    });

    it('prints a receipt the simulator decodes line by line, with the QR payload and the cut', async () => {
      const result = await rig.printer.print(SAMPLE);
      expect(result).toMatchObject({ ok: true, replaced: ['𬌗'] });
      const [receipt] = rig.simulator.receipts();
      expect(receipt?.lines[0]).toBe('城乡居民参保登记');
      expect(receipt?.lines).toContain('姓名' + ' '.repeat(32 - 4 - 4) + '李□');
      expect(receipt?.lines).toContain('第8行 line 8');
      expect(receipt).toMatchObject({ qrCodes: ['ZZ001'], cut: 'partial', complete: true });
    });

    it('reads status: idle, then paper near end', async () => {
      expect(await rig.printer.status()).toEqual({
        ok: true,
        status: { online: true, coverOpen: false, paperOut: false, paperNearEnd: false, error: false },
      });
      rig.simulator.setNearEnd(true);
      const printed = await rig.printer.print(SAMPLE);
      expect(printed).toMatchObject({ ok: true, status: { paperNearEnd: true, paperOut: false } });
    });

    it('refuses before printing when the paper is out, and prints once it is replaced', async () => {
      rig.simulator.setPaperOut(true);
      expect(await rig.printer.print(SAMPLE)).toMatchObject({
        ok: false,
        code: 'paper-out',
        phase: 'before',
      });
      expect(rig.simulator.receipts()).toEqual([]);
      expect(rig.simulator.droppedCommands).toBe(0); // nothing but status queries was sent
      rig.simulator.setPaperOut(false);
      expect(await rig.printer.print(SAMPLE)).toMatchObject({ ok: true });
      expect(rig.simulator.receipts()).toHaveLength(1);
    });

    it('refuses when the cover is open or the printer is offline or in error', async () => {
      rig.simulator.setCoverOpen(true);
      expect(await rig.printer.print(SAMPLE)).toMatchObject({
        ok: false,
        code: 'cover-open',
        phase: 'before',
      });
      rig.simulator.setCoverOpen(false);
      rig.simulator.setOffline(true);
      expect(await rig.printer.print(SAMPLE)).toMatchObject({ ok: false, code: 'offline', phase: 'before' });
      rig.simulator.setOffline(false);
      rig.simulator.setError(true);
      expect(await rig.printer.print(SAMPLE)).toMatchObject({
        ok: false,
        code: 'printer-error',
        phase: 'before',
      });
      expect(rig.simulator.receipts()).toEqual([]);
    });

    it('reports paper running out in the middle of a job', async () => {
      rig.simulator.runOutOfPaperAfter(4);
      const result = await rig.printer.print(SAMPLE);
      expect(result).toMatchObject({
        ok: false,
        code: 'paper-out',
        phase: 'during',
        status: { paperOut: true },
      });
      const [partial] = rig.simulator.receipts();
      expect(partial).toMatchObject({ complete: false, cut: null });
      expect(partial?.lines).toHaveLength(4);
      expect(await rig.printer.print(SAMPLE)).toMatchObject({
        ok: false,
        code: 'paper-out',
        phase: 'before',
      });
      rig.simulator.setPaperOut(false);
      expect(await rig.printer.print(SAMPLE)).toMatchObject({ ok: true });
      expect(rig.simulator.receipts().at(-1)).toMatchObject({ complete: true, cut: 'partial' });
    });

    it('times out when the printer stops answering, and recovers when it answers again', async () => {
      rig.simulator.setResponsive(false);
      expect(await rig.printer.status()).toEqual({ ok: false, code: 'timeout' });
      expect(await rig.printer.print(SAMPLE)).toMatchObject({ ok: false, code: 'timeout', phase: 'before' });
      rig.simulator.setResponsive(true);
      expect(await rig.printer.print(SAMPLE)).toMatchObject({ ok: true });
    });

    it('tells listeners when the status changes', async () => {
      const seen: StatusResult[] = [];
      const off = rig.printer.onStatusChange((s) => seen.push(s));
      await waitForStatus(rig.printer, (s) => s.ok && s.status.online);
      rig.simulator.setCoverOpen(true);
      await waitForStatus(rig.printer, (s) => s.ok && s.status.coverOpen);
      rig.simulator.setCoverOpen(false);
      await waitForStatus(rig.printer, (s) => s.ok && !s.status.coverOpen);
      off();
      expect(seen.map((s) => s.ok && s.status.coverOpen)).toEqual([false, true, false]);
    });

    it('serialises concurrent jobs', async () => {
      const results = await Promise.all([
        rig.printer.print(SAMPLE),
        rig.printer.print(SAMPLE),
        rig.printer.print(SAMPLE),
      ]);
      expect(results.every((r) => r.ok)).toBe(true);
      expect(rig.simulator.receipts()).toHaveLength(3);
      expect(rig.simulator.receipts().every((r) => r.complete && r.lines.length === 11)).toBe(true);
    });
  });
}
