import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { ReceiptText } from '../../../api/wizard-schemas';
import { defaultSettings } from '../../../config/defaults';
import type { SimulatorOptions } from '../../../devices/printer/printer-simulator';
import { startPtyPrinterSimulator, type PtySimulator } from '../../../devices/printer/simulator-hosts';
import { EventBus } from '../../../kiosk/event-bus';
import { PrintService, type CaseReceiptFacts } from '../../../kiosk/services/print-service';
import { report, residentMessage } from './resident-message';

/**
 * Printer faults in the middle of a job, through the kiosk's PrintService (what `receipt.print` calls) and the
 * production serial driver, against the printer simulator on a socat pty pair that receives and answers at the
 * line's baud, so "mid-job" is a real moment: part of the receipt is on paper, the rest still on the wire. Both
 * kinds of printer are tried: one that throws away what it receives while stopped, one that keeps it and
 * prints it on recovery. After each fault is cleared the next receipt must print whole, without a restart.
 * 38400 baud (a setting printers offer) keeps each job under half a second; the kiosk's default is 9600.
 */

const SUITE = 'devices/printer';
const BAUD = 38_400;

const FACTS: CaseReceiptFacts = {
  caseNo: 'ZZ2024050100017',
  submittedAt: new Date(2024, 4, 1, 9, 5),
  residentName: '欧阳明',
  idNumber: '440106199001011234',
  materials: [{ materialId: 'hukou-page', pages: 1 }],
  isEnrollment: true,
};
const TEXT: ReceiptText = {
  labels: {},
  pageCount: '{{count}}页',
  itemName: '城乡居民参保登记',
  materialNames: { 'hukou-page': '居民户口簿（本人页）' },
  nextSteps: ['医保经办机构将在3个工作日内审核，结果以短信通知。'],
  paymentGuideLines: [],
  insutypeNames: {},
  statusNames: {},
};

let sim: PtySimulator | null = null;
let service: PrintService | null = null;
let dataDir: string | null = null;

afterEach(async () => {
  await service?.close();
  await sim?.close();
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
  service = null;
  sim = null;
  dataDir = null;
});

async function setup(options: SimulatorOptions) {
  dataDir = await mkdtemp(join(tmpdir(), 'zizhu-rel-printer-'));
  sim = await startPtyPrinterSimulator(options, { baudRate: BAUD, emulateWireTime: true });
  const defaults = defaultSettings(dataDir);
  const settings = {
    ...defaults,
    devices: {
      ...defaults.devices,
      printer: { ...defaults.devices.printer, port: sim.hostPath, baudRate: BAUD },
    },
  };
  service = new PrintService(settings, new EventBus());
  return { sim, service };
}

/** Calls `act` once the printer has received `bytes` bytes of what follows. */
function afterReceiving(sim: PtySimulator, bytes: number, act: () => void): void {
  let got = 0;
  const off = sim.onReceived((slice) => {
    got += slice.length;
    if (got < bytes) return;
    off();
    act();
  });
}

const MODES = ['discard', 'hold'] as const;

describe('reliability: receipt printer faults mid-job', () => {
  it.each(MODES)(
    'paper runs out mid-job (printer that %ss while stopped): the resident is told, the reprint comes out whole',
    { timeout: 30_000 },
    async (whileStopped) => {
      const { sim, service } = await setup({ whileStopped });
      const message = residentMessage('flow', ['printer', 'problems', 'paper-out']);
      sim.simulator.runOutOfPaperAfter(8);
      const failed = await service.printCase(FACTS, TEXT);
      const stopped = sim.simulator.receipts().at(-1);
      expect(failed).toEqual({ printed: false, problem: 'paper-out' });
      expect(stopped?.complete).toBe(false);

      sim.simulator.setPaperOut(false); // staff load a new roll
      const reprint = await service.printCase(FACTS, TEXT);
      const last = sim.simulator.receipts().at(-1);
      report(
        SUITE,
        `paper out after 8 lines (${whileStopped} while stopped)`,
        `${JSON.stringify(failed)}, told "${message['zh-CN']}" / "${message.en}"; after a new roll ${JSON.stringify(reprint)}, ` +
          `last receipt ${last?.complete ? 'whole' : 'NOT whole'}`,
      );
      expect(reprint).toEqual({ printed: true });
      expect(last?.complete).toBe(true);
      expect(last?.cut).not.toBeNull();
      expect(last?.lines.join('\n')).toContain(FACTS.caseNo);
    },
  );

  it.each(MODES)(
    'cover opened mid-job (printer that %ss while stopped): the resident is told, the reprint comes out whole',
    { timeout: 30_000 },
    async (whileStopped) => {
      const { sim, service } = await setup({ whileStopped });
      const message = residentMessage('flow', ['printer', 'problems', 'cover-open']);
      // 12 bytes of status query, then the receipt: open the cover a few hundred bytes into it.
      afterReceiving(sim, 400, () => sim.simulator.setCoverOpen(true));
      const failed = await service.printCase(FACTS, TEXT);
      expect(failed).toEqual({ printed: false, problem: 'cover-open' });

      sim.simulator.setCoverOpen(false);
      const reprint = await service.printCase(FACTS, TEXT);
      const last = sim.simulator.receipts().at(-1);
      report(
        SUITE,
        `cover opened 400 bytes into the job (${whileStopped} while stopped)`,
        `${JSON.stringify(failed)}, told "${message['zh-CN']}" / "${message.en}"; cover closed, ${JSON.stringify(reprint)}, ` +
          `last receipt ${last?.complete ? 'whole' : 'NOT whole'}`,
      );
      expect(reprint).toEqual({ printed: true });
      expect(last?.complete).toBe(true);
      expect(last?.lines.join('\n')).toContain(FACTS.caseNo);
    },
  );
});
