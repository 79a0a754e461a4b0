import { KioskApiError } from '../../api/result';
import type { SimHandlers } from '../../api/sim-api';
import { CARD_FIXTURES } from '../../devices/idcard/fixtures';
import type { RunningIdCardSimulator } from '../../devices/idcard/start-id-card-simulator';
import type { PrinterSimulator } from '../../devices/printer/printer-simulator';
import type { HidPosScannerSimulator } from '../../devices/scanner/hid-pos-simulator';
import { SEED_PERSONS, seedPerson } from '../../province-sim/persons';
import { makeQrText } from '../../province-sim/qr-code';
import type { RunningSimulator } from '../../province-sim/server';
import { seedPersonCards } from './seed-cards';

/** The simulators a demo runs; null where the device (or the province) is real. */
export type DemoSimulators = Readonly<{
  idcard: RunningIdCardSimulator | null;
  scanner: HidPosScannerSimulator | null;
  printer: PrinterSimulator | null;
  province: RunningSimulator | null;
}>;

/** SimApi over the demo's simulators; a control of a real device is refused with 'forbidden'. */
export function createSimHandlers(sims: DemoSimulators): SimHandlers {
  const cards = [...seedPersonCards(), ...CARD_FIXTURES];
  const need = <T>(sim: T | null, what: string): T => {
    if (!sim) throw new KioskApiError('forbidden', `the ${what} is real`);
    return sim;
  };
  return {
    'sim.fixtures': async () => ({
      cards: sims.idcard
        ? cards.map((f) => ({
            id: f.id,
            label: `${f.card.name || f.card.englishName || ''} · ${f.description}`,
          }))
        : [],
      // Only the embedded province knows these people's 电子凭证.
      qrPeople: sims.province
        ? SEED_PERSONS.filter((p) => p.psnNo).map((p) => ({ id: p.key, label: `${p.name} · ${p.note}` }))
        : [],
    }),
    'sim.presentCard': async ({ cardId }) => {
      const reader = need(sims.idcard, 'ID-card reader');
      const card = cards.find((f) => f.id === cardId);
      if (!card) throw new KioskApiError('not-found', `no card fixture ${cardId}`);
      reader.simulator.present(card);
      return {};
    },
    'sim.removeCard': async () => {
      need(sims.idcard, 'ID-card reader').simulator.remove();
      return {};
    },
    'sim.idcardReader': async ({ plugged }) => {
      const reader = need(sims.idcard, 'ID-card reader');
      await (plugged ? reader.replug() : reader.unplug());
      return {};
    },
    'sim.scanQr': async ({ personId }) => {
      const scanner = need(sims.scanner, 'scanner');
      const person = seedPerson(personId);
      if (!person.psnNo) throw new KioskApiError('not-found', 'that person has no 电子凭证');
      // Issued on the province's clock, which the simulator may have shifted (QR expiry tests).
      await scanner.scan(makeQrText(person.psnNo, sims.province?.control.now() ?? Date.now()));
      return {};
    },
    'sim.printer': async ({ paperOut, coverOpen }) => {
      const printer = need(sims.printer, 'printer');
      if (paperOut !== undefined) printer.setPaperOut(paperOut);
      if (coverOpen !== undefined) printer.setCoverOpen(coverOpen);
      return {};
    },
    'sim.receipts': async () => ({
      receipts: need(sims.printer, 'printer')
        .receipts()
        .map((r) => ({ lines: [...r.lines], qrCodes: [...r.qrCodes], cut: r.cut !== null })),
    }),
    'sim.provinceCases': async () => ({
      cases: need(sims.province, 'province')
        .control.cases()
        .map((c) => ({ sn: c.trt_dcla_detl_sn, infno: c.infno, acpStas: c.acp_stas, data: c.data })),
    }),
    'sim.province': async ({
      outage,
      retryAfterSeconds,
      reviewDelaySeconds,
      refuseNextSubmissions,
      slowMs,
    }) => {
      const { control } = need(sims.province, 'province');
      control.setFaults({
        outage,
        slowMs: slowMs ?? 0,
        ...(retryAfterSeconds ? { unavailableRetryAfterSeconds: retryAfterSeconds } : {}),
      });
      if (reviewDelaySeconds !== undefined) control.setReview({ delayMs: reviewDelaySeconds * 1000 });
      if (refuseNextSubmissions !== undefined) control.refuseNextSubmissions(refuseNextSubmissions);
      return {};
    },
  };
}
