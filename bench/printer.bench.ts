import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SerialPort } from 'serialport';
import type { BenchModule, BenchResult } from './types';
import type { ReceiptText } from '../api/wizard-schemas';
import { defaultSettings } from '../config/defaults';
import { startPtyPrinterSimulator, type PtySimulator } from '../devices/printer/simulator-hosts';
import { byteWireMs } from '../devices/serial/wire-pacer';
import { EventBus } from '../kiosk/event-bus';
import { PrintService, type CaseReceiptFacts } from '../kiosk/services/print-service';

/**
 * Receipt (回执) printing, tap to the printer's last byte. Measured: PrintService.printCase, the call behind the
 * renderer's `receipt.print` (the handler adds one SQLite read of the case's facts), from the call until the
 * simulated printer has received the last byte of the job (the receipt and its GS r 1). Baseline: the bare
 * write of the same job bytes on an open port, until the (second, identical) simulator has received the last
 * byte. Both simulators sit on socat ptys and receive and answer at the kiosk's configured printer baud
 * (config/defaults.ts, 9600), as the ID-card simulator keeps to 115200. Pairs alternate, and which side starts
 * alternates too; figure = median of per-pair ratios. Target ≤ 1.2 (issue 15).
 */

const RUNS = 9;
const WARMUP = 1;
const GS_R_1 = [0x1d, 0x72, 0x01] as const;

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? NaN;
};

const FACTS: CaseReceiptFacts = {
  caseNo: 'ZZ2024050100017',
  submittedAt: new Date(2024, 4, 1, 9, 5),
  residentName: '欧阳明',
  idNumber: '440106199001011234',
  materials: [
    { materialId: 'hukou-page', pages: 1 },
    { materialId: 'promise', pages: 1 },
  ],
  isEnrollment: true,
};

/** What the renderer sends in zh-CN for an enrollment (labels left to the template's Chinese defaults). */
const TEXT: ReceiptText = {
  labels: {},
  pageCount: '{{count}}页',
  itemName: '城乡居民参保登记',
  materialNames: { 'hukou-page': '居民户口簿（本人页）', promise: '承诺书' },
  nextSteps: ['医保经办机构将在3个工作日内审核，结果以短信通知。', '可凭受理编号在本机查询办理进度。'],
  paymentGuideLines: [],
  insutypeNames: {},
  statusNames: {},
};

/** Resolves with the arrival time of the next complete GS r 1 at `sim`, and everything received until then. */
function nextJobEnd(sim: PtySimulator): Promise<{ at: number; bytes: Buffer }> {
  return new Promise((resolve) => {
    const got: number[] = [];
    const off = sim.onReceived((slice, at) => {
      got.push(...slice);
      const n = got.length;
      if (n >= 3 && got[n - 3] === GS_R_1[0] && got[n - 2] === GS_R_1[1] && got[n - 1] === GS_R_1[2]) {
        off();
        resolve({ at, bytes: Buffer.from(got) });
      }
    });
  });
}

/**
 * The job within what the printer received, up to and with GS r 1, without the driver's DLE EOT status
 * queries: they come before the job and, on a loaded machine, now and then between its bytes.
 */
function jobBytes(received: Buffer): Buffer {
  const out: number[] = [];
  for (let i = 0; i < received.length; i++) {
    const n = received[i + 2] ?? 0;
    if (received[i] === 0x10 && received[i + 1] === 0x04 && n >= 1 && n <= 4) i += 2;
    else out.push(received[i] ?? 0);
  }
  return Buffer.from(out);
}

async function openPort(path: string, baudRate: number): Promise<SerialPort> {
  const port = new SerialPort({ path, baudRate, autoOpen: false });
  await new Promise<void>((resolve, reject) => port.open((e) => (e ? reject(e) : resolve())));
  return port;
}

export default (async (): Promise<BenchResult[]> => {
  const dataDir = await mkdtemp(join(tmpdir(), 'zizhu-printer-bench-'));
  const defaults = defaultSettings(dataDir);
  const baudRate = defaults.devices.printer.baudRate;
  const wire = { baudRate, emulateWireTime: true };
  const kioskSim = await startPtyPrinterSimulator({}, wire);
  const bareSim = await startPtyPrinterSimulator({}, wire);
  const settings = {
    ...defaults,
    devices: { ...defaults.devices, printer: { ...defaults.devices.printer, port: kioskSim.hostPath } },
  };
  const service = new PrintService(settings, new EventBus());
  const bare = await openPort(bareSim.hostPath, baudRate);
  bare.on('data', () => {}); // the GS r reply; the bare job does not wait for it
  try {
    const tap = async (): Promise<{ ms: number; confirmedMs: number; job: Buffer }> => {
      const end = nextJobEnd(kioskSim);
      const started = performance.now();
      const outcome = await service.printCase(FACTS, TEXT);
      const confirmedMs = performance.now() - started;
      if (!outcome.printed) throw new Error(`bench print failed: ${outcome.problem}`);
      const { at, bytes } = await end;
      return { ms: at - started, confirmedMs, job: jobBytes(bytes) };
    };
    // The job's bytes, as the kiosk sends them: taken from a first print.
    const first = await tap();
    const job = first.job;
    if (job.length < 500 || kioskSim.simulator.receipts().length !== 1) {
      throw new Error(`bench: unexpected first job (${job.length} bytes)`);
    }
    const bareWrite = async (): Promise<number> => {
      const end = nextJobEnd(bareSim);
      const started = performance.now();
      bare.write(job);
      const { at, bytes } = await end;
      if (!bytes.equals(job)) throw new Error('bench: the bare printer received other bytes');
      return at - started;
    };

    const ratios: number[] = [];
    const kiosk: number[] = [];
    const base: number[] = [];
    const confirmed: number[] = [];
    for (let i = 0; i < WARMUP + RUNS; i++) {
      let k: Awaited<ReturnType<typeof tap>>;
      let b: number;
      if (i % 2 === 0) {
        k = await tap();
        b = await bareWrite();
      } else {
        b = await bareWrite();
        k = await tap();
      }
      if (!k.job.equals(job)) throw new Error('bench: the kiosk sent a different job');
      if (i < WARMUP) continue;
      kiosk.push(k.ms);
      confirmed.push(k.confirmedMs);
      base.push(b);
      ratios.push(k.ms / b);
    }
    const ratio = median(ratios);
    const wireMs = byteWireMs(job.length, baudRate);
    return [
      {
        name: `receipt: tap → printer's last byte vs bare write of the same bytes at ${baudRate} baud`,
        unit: 'ms median',
        measured: Math.round(median(kiosk)),
        baseline: Math.round(median(base)),
        ratio: Math.round(ratio * 1000) / 1000,
        target: '≤ 1.2',
        pass: ratio <= 1.2,
        notes:
          `${job.length}-byte 80 mm case receipt (wire time ${wireMs.toFixed(0)} ms at ${baudRate} baud), median of ` +
          `${RUNS} alternating pairs; the driver's DLE EOT exchange before the job is in the measured time; ` +
          `tap → printCase resolved (GS r 1 confirmation, status after) ${Math.round(median(confirmed))} ms median`,
      },
    ];
  } finally {
    await service.close();
    await new Promise<void>((r) => bare.close(() => r()));
    await kioskSim.close();
    await bareSim.close();
    await rm(dataDir, { recursive: true, force: true });
  }
}) satisfies BenchModule;
