import { describe, expect, it } from 'vitest';
import { createReceiptPrinter } from './create-receipt-printer';
import { FAST, printerContract, SAMPLE, waitForStatus } from './printer-contract.testkit';
import { startTcpPrinterSimulator } from './simulator-hosts';

printerContract('TCP driver against a port-9100 style simulator', async () => {
  const sim = await startTcpPrinterSimulator();
  const printer = createReceiptPrinter(sim.url, FAST);
  return {
    printer,
    simulator: sim.simulator,
    async close() {
      await printer.close();
      await sim.close();
    },
  };
});

describe('TCP printer link', () => {
  it('reports not-connected when nothing listens', async () => {
    const sim = await startTcpPrinterSimulator();
    await sim.close(); // a port that was just free
    const printer = createReceiptPrinter(sim.url, FAST);
    expect(await printer.status()).toEqual({ ok: false, code: 'not-connected' });
    expect(await printer.print(SAMPLE)).toMatchObject({ ok: false, code: 'not-connected', phase: 'before' });
    await printer.close();
  });

  it('reconnects after the printer goes away and comes back at the same address', async () => {
    let sim = await startTcpPrinterSimulator();
    const { port, simulator } = sim;
    const printer = createReceiptPrinter(sim.url, FAST);
    try {
      await waitForStatus(printer, (s) => s.ok);
      const lost = waitForStatus(printer, (s) => !s.ok && s.code === 'not-connected');
      await sim.close();
      await lost;
      expect(await printer.print(SAMPLE)).toMatchObject({ ok: false, code: 'not-connected' });

      sim = await startTcpPrinterSimulator({ port, simulator });
      await waitForStatus(printer, (s) => s.ok);
      expect(await printer.print(SAMPLE)).toMatchObject({ ok: true });
      expect(simulator.receipts()).toHaveLength(1);
    } finally {
      await printer.close();
      await sim.close();
    }
  });

  it('reconnects after the connection is reset while the printer stays up', async () => {
    const sim = await startTcpPrinterSimulator();
    const printer = createReceiptPrinter(sim.url, { ...FAST, pollIntervalMs: 0 });
    try {
      expect(await printer.print(SAMPLE)).toMatchObject({ ok: true });
      sim.dropConnections();
      await new Promise((r) => setTimeout(r, 50));
      expect(await printer.print(SAMPLE)).toMatchObject({ ok: true });
      expect(sim.simulator.receipts()).toHaveLength(2);
    } finally {
      await printer.close();
      await sim.close();
    }
  });
});
