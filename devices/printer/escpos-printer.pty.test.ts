import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createReceiptPrinter } from './create-receipt-printer';
import { FAST, printerContract, SAMPLE, waitForStatus } from './printer-contract.testkit';
import { PrinterSimulator } from './printer-simulator';
import { hostSimulatorOnSerial, startPtyPrinterSimulator } from './simulator-hosts';

printerContract('serial driver over a socat pty pair', async () => {
  const sim = await startPtyPrinterSimulator();
  const printer = createReceiptPrinter(sim.hostPath, { ...FAST, baudRate: 115_200 });
  return {
    printer,
    simulator: sim.simulator,
    async close() {
      await printer.close();
      await sim.close();
    },
  };
});

/** A socat pty pair at fixed link paths, so "the same port" can come back after the cable is pulled. */
async function socatAt(
  dir: string,
): Promise<{ devicePath: string; hostPath: string; kill(): Promise<void> }> {
  const devicePath = join(dir, 'device');
  const hostPath = join(dir, 'host');
  const child: ChildProcess = spawn(
    'socat',
    [`pty,raw,echo=0,link=${devicePath}`, `pty,raw,echo=0,link=${hostPath}`],
    {
      stdio: 'ignore',
    },
  );
  const started = Date.now();
  while (!(existsSync(devicePath) && existsSync(hostPath))) {
    if (Date.now() - started > 5_000) throw new Error('socat did not start');
    await new Promise((r) => setTimeout(r, 20));
  }
  return {
    devicePath,
    hostPath,
    kill: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

describe('serial printer link', () => {
  it('reports not-connected for a port that does not exist', async () => {
    const printer = createReceiptPrinter('/dev/ttyZZ-does-not-exist', FAST);
    expect(await printer.print(SAMPLE)).toMatchObject({ ok: false, code: 'not-connected', phase: 'before' });
    await printer.close();
  });

  it('reconnects when the port disappears and comes back at the same path', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'zz-printer-'));
    const simulator = new PrinterSimulator();
    let link = await socatAt(dir);
    let host = await hostSimulatorOnSerial(link.devicePath, simulator);
    const printer = createReceiptPrinter(link.hostPath, { ...FAST, baudRate: 115_200 });
    try {
      await waitForStatus(printer, (s) => s.ok);
      const lost = waitForStatus(printer, (s) => !s.ok && s.code === 'not-connected');
      await host.close();
      await link.kill(); // the "USB cable" is pulled: the pty vanishes under the open port
      await lost;

      link = await socatAt(dir);
      host = await hostSimulatorOnSerial(link.devicePath, simulator);
      await waitForStatus(printer, (s) => s.ok && s.status.online);
      expect(await printer.print(SAMPLE)).toMatchObject({ ok: true });
      expect(simulator.receipts()).toHaveLength(1);
    } finally {
      await printer.close();
      await host.close();
      await link.kill();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
