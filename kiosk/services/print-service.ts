import type { Settings } from '../../config/settings-schema';
import type { ReceiptText } from '../../api/wizard-schemas';
import type { ByteTransport } from '../../devices/printer/byte-transport';
import { createPrinterTransport, parsePrinterSpec } from '../../devices/printer/create-receipt-printer';
import { EscPosPrinter } from '../../devices/printer/escpos-printer';
import type { PrinterStatus } from '../../devices/printer/printer-status';
import type { PrintFailureCode, ReceiptPrinter } from '../../devices/printer/receipt-printer';
import type { ReceiptDocument } from '../../devices/printer/receipt-document';
import {
  CASE_RECEIPT_LABELS_ZH,
  caseReceipt,
  type CaseReceiptLabels,
} from '../../devices/printer/templates/case-receipt';
import {
  INSURED_STATUS_LABELS_ZH,
  insuredStatusReceipt,
  type InsuredStatusLabels,
} from '../../devices/printer/templates/insured-status-receipt';
import { regionFullNameIn, type RegionLanguage } from '../../domain/regions/region-names';
import type { InsuredStatus } from '../../flows/wizard-types';
import type { EventBus } from '../event-bus';

export type PrintProblem = 'paper-out' | 'cover-open' | 'offline' | 'other';
export type PrintOutcome = { printed: true } | { printed: false; problem: PrintProblem };

/** What the case store and the session know about a submitted case, for its 回执. */
export type CaseReceiptFacts = Readonly<{
  caseNo: string;
  submittedAt: Date;
  residentName: string;
  idNumber: string;
  /** Pages per material of the item (by material id, or 'promise'). */
  materials: ReadonlyArray<{ materialId: string; pages: number }>;
  isEnrollment: boolean;
}>;

/** A technician's test page: printed and the printer's status after it (DLE EOT), or why not. */
export type TestPageOutcome =
  | Readonly<{ printed: true; status: PrinterStatus }>
  | Readonly<{ printed: false; code: PrintFailureCode; status: PrinterStatus | null }>;

export type QueryReceiptFacts = Readonly<{ name: string; idNumber: string; status: InsuredStatus; at: Date }>;

/**
 * The receipt printer for the result screens: builds the 回执 or the query print-out from the Node side's own
 * records plus the renderer's translated wording, prints it, and turns a failure into one of four plain
 * problems (the resident is told; the technician sees the device status). With port `simulator` (demo mode)
 * the bytes go to the demo module's printer simulator (`simulatedPrinter`).
 */
export class PrintService {
  readonly printer: ReceiptPrinter;
  readonly #settings: Settings;

  constructor(settings: Settings, events: EventBus, simulatedPrinter: ByteTransport | null = null) {
    this.#settings = settings;
    const { port, paperWidth, baudRate } = settings.devices.printer;
    const spec = parsePrinterSpec(port);
    let transport: ByteTransport;
    if (spec.kind === 'simulator') {
      if (!simulatedPrinter)
        throw new Error("devices.printer.port is 'simulator' but no simulated printer runs (demo mode only)");
      transport = simulatedPrinter;
    } else {
      transport = createPrinterTransport(spec, { baudRate });
    }
    this.printer = new EscPosPrinter(transport, { width: paperWidth });
    this.printer.onStatusChange((result) => {
      if (!result.ok) {
        events.emit({ type: 'device.status', device: 'printer', status: 'disconnected', code: result.code });
        return;
      }
      const s = result.status;
      const bad = s.paperOut
        ? 'paper-out'
        : s.coverOpen
          ? 'cover-open'
          : !s.online
            ? 'offline'
            : s.paperNearEnd
              ? 'near-end'
              : null;
      events.emit({
        type: 'device.status',
        device: 'printer',
        status: bad && bad !== 'near-end' ? 'error' : 'ok',
        ...(bad ? { code: bad } : {}),
      });
    });
  }

  async printCase(facts: CaseReceiptFacts, text: ReceiptText): Promise<PrintOutcome> {
    const labels: CaseReceiptLabels = {
      ...CASE_RECEIPT_LABELS_ZH,
      ...pick(text.labels, CASE_RECEIPT_LABELS_ZH),
      pageCount: (pages) =>
        (pages === 1 && text.pageCountOne ? text.pageCountOne : text.pageCount).replace(
          '{{count}}',
          String(pages),
        ),
      paymentGuideLines:
        text.paymentGuideLines.length > 0 ? text.paymentGuideLines : CASE_RECEIPT_LABELS_ZH.paymentGuideLines,
    };
    const s = this.#settings;
    const doc = caseReceipt(
      {
        itemName: text.itemName,
        caseNumber: facts.caseNo,
        submittedAt: facts.submittedAt,
        kioskName: s.terminal.name,
        terminalId: s.terminal.id,
        residentName: facts.residentName,
        idNumber: facts.idNumber,
        materials: facts.materials.map((m) => ({
          name: text.materialNames[m.materialId] ?? m.materialId,
          pages: m.pages,
        })),
        nextSteps: text.nextSteps,
        includePaymentGuide: facts.isEnrollment,
        qrPayload: `ZZ:${facts.caseNo}`,
        hallName: s.serviceHall.name,
        hallPhone: s.serviceHall.phone,
      },
      labels,
    );
    return this.#print(doc);
  }

  /** `language`: the resident's, for the place names (the rest of the wording comes translated in `text`). */
  async printQuery(
    facts: QueryReceiptFacts,
    text: ReceiptText,
    language: RegionLanguage = 'zh-CN',
  ): Promise<PrintOutcome> {
    const labels: InsuredStatusLabels = {
      ...INSURED_STATUS_LABELS_ZH,
      ...pick(text.labels, INSURED_STATUS_LABELS_ZH),
    };
    const doc = insuredStatusReceipt(
      {
        residentName: facts.name,
        idNumber: facts.idNumber,
        queriedAt: facts.at,
        kioskName: this.#settings.terminal.name,
        terminalId: this.#settings.terminal.id,
        rows: facts.status.insurances.map((r) => ({
          insuranceType: text.insutypeNames[r.insutype] ?? r.insutype,
          status: text.statusNames[r.status] ?? r.status,
          place: regionFullNameIn(r.admdvs, language) || r.admdvs,
          since: r.since,
        })),
      },
      labels,
    );
    return this.#print(doc);
  }

  /** Self-test (admin mode): a short page naming the kiosk and the time, then the status read back. */
  async printTestPage(at: Date): Promise<TestPageOutcome> {
    const s = this.#settings;
    const r = await this.printer.print({
      blocks: [
        { type: 'text', text: '打印机自检页 Printer test page', align: 'center', bold: true },
        { type: 'divider' },
        { type: 'kv', label: '终端 Terminal', value: `${s.terminal.id} ${s.terminal.name}` },
        { type: 'kv', label: '时间 Time', value: at.toISOString() },
        { type: 'text', text: '中文打印正常 ABC abc 0123456789' },
        { type: 'cut' },
      ],
    });
    if (!r.ok) return { printed: false, code: r.code, status: r.status ?? null };
    const after = await this.printer.status();
    if (!after.ok) return { printed: false, code: after.code, status: null };
    return { printed: true, status: after.status };
  }

  async #print(doc: ReceiptDocument): Promise<PrintOutcome> {
    const r = await this.printer.print(doc);
    if (r.ok) return { printed: true };
    const problem: PrintProblem =
      r.code === 'paper-out' || r.code === 'cover-open'
        ? r.code
        : r.code === 'offline' || r.code === 'not-connected' || r.code === 'timeout'
          ? 'offline'
          : 'other';
    return { printed: false, problem };
  }

  async close(): Promise<void> {
    await this.printer.close();
  }
}

/** Only the keys a template knows, so unexpected keys from the renderer are ignored. */
function pick<T extends object>(given: Record<string, string>, known: T): Partial<Record<keyof T, string>> {
  return Object.fromEntries(
    Object.entries(given).filter(
      ([k, v]) => k in known && typeof (known as Record<string, unknown>)[k] === 'string' && v,
    ),
  ) as Partial<Record<keyof T, string>>;
}
