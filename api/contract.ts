import { z } from 'zod';
import { CASE_STATUSES } from '../domain/case-status';
import { LANGUAGES } from './languages';
import {
  CaseSubmissionSchema,
  IdentityPersonSchema,
  InsuredStatusSchema,
  PageRefSchema,
  PhotoProblem,
  PrintProblem,
  SessionId,
  ReceiptTextSchema,
  SubmittedCaseSchema,
} from './wizard-schemas';

/**
 * The one contract between the renderer and the Node side. Each method has a schema for its arguments and
 * one for its result; both transports (Electron IPC and the browser host's WebSocket) carry exactly this,
 * and the Node side validates every argument before a handler sees it.
 */

export { LANGUAGES } from './languages';
export const Language = z.enum(LANGUAGES);
export type Language = z.infer<typeof Language>;

export const AppInfo = z.object({
  version: z.string(),
  terminalId: z.string(),
  terminalName: z.string(),
  serviceHall: z.object({ name: z.string(), phone: z.string() }),
  /** How the host reaches the renderer: 'electron' or 'browser-host'. */
  shell: z.enum(['electron', 'browser-host']),
  ui: z.object({
    defaultLanguage: Language,
    idleSeconds: z.number().int().positive(),
    idleWarningSeconds: z.number().int().positive(),
    elderModeDefault: z.boolean(),
  }),
  /** Which devices are simulated: the renderer then offers the simulator panel (demos, development). */
  simulated: z.object({
    idcard: z.boolean(),
    scanner: z.boolean(),
    printer: z.boolean(),
    province: z.boolean(),
  }),
  /** Enrollment payment guide shown on 结果 (configuration, not code). */
  enrollment: z.object({ contributionYuan: z.number(), paymentFrom: z.string(), paymentTo: z.string() }),
  camera: z.object({ label: z.string() }),
});
export type AppInfo = z.infer<typeof AppInfo>;

const NoArgs = z.object({}).strict();
const Empty = z.object({});
const WithSession = z.object({ sessionId: SessionId }).strict();

export const kioskContract = {
  /** What the renderer needs to draw the shell: terminal identity and UI settings. */
  'app.info': { args: NoArgs, result: AppInfo },
  /** The resident walked away, finished, or the idle countdown ran out: wipe everything the session holds. */
  'session.end': {
    args: z
      .object({ sessionId: z.string().min(1).max(64), reason: z.enum(['home', 'finished', 'idle']) })
      .strict(),
    result: z.object({ wiped: z.boolean() }),
  },

  /** 身份认证: start polling the ID-card reader for this session; cards arrive as `identity.card` events. */
  'identity.start': { args: WithSession, result: z.object({ reader: z.enum(['ok', 'missing']) }) },
  'identity.stop': { args: WithSession, result: Empty },
  /** A scanned 医保电子凭证 QR code → the person (EC01). Refused with details.code 'qr-expired' | 'qr-unknown'. */
  'identity.resolveQr': {
    args: z.object({ sessionId: SessionId, qrText: z.string().min(1).max(2048) }).strict(),
    result: IdentityPersonSchema,
  },

  /** A captured frame → quality checks → compressed, encrypted page; or the problem to show. */
  'photo.accept': {
    args: z
      .object({
        sessionId: SessionId,
        mime: z.enum(['image/jpeg', 'image/png']),
        /** A signed 个人承诺书 page is rendered by the kiosk itself: it skips the camera quality checks. */
        kind: z.enum(['camera', 'promise']).default('camera'),
        /** base64 without a data: prefix; up to an 8-megapixel JPEG/PNG. */
        image: z.string().min(16).max(20_000_000),
      })
      .strict(),
    result: z.discriminatedUnion('ok', [
      z.object({
        ok: z.literal(true),
        page: PageRefSchema,
        width: z.number(),
        height: z.number(),
        bytes: z.number(),
      }),
      z.object({ ok: z.literal(false), problem: PhotoProblem }),
    ]),
  },
  'photo.discard': {
    args: z.object({ sessionId: SessionId, photoId: z.string().min(1).max(64) }).strict(),
    result: Empty,
  },

  /**
   * 确认提交: the case, its pages and its outbox entries in one durable transaction; then the 受理编号.
   * `idempotencyKey`: a UUID the renderer makes when the resident confirms; the same key again (a retried
   * or doubled tap) returns the same case and 受理编号 and creates nothing.
   */
  'case.submit': {
    args: z
      .object({ sessionId: SessionId, submission: CaseSubmissionSchema, idempotencyKey: z.string().uuid() })
      .strict(),
    result: SubmittedCaseSchema,
  },
  /** Where a case of this session stands on its way to the province (shown live on 结果). */
  'case.status': {
    args: z.object({ sessionId: SessionId, caseId: z.string().max(64) }).strict(),
    result: z.object({
      status: z.enum(CASE_STATUSES),
      provinceNo: z.string().nullable(),
    }),
  },
  /** 参保信息查询 (1101). Refused with 'not-found' when the province has no record; 'unavailable' offline. */
  'insured.query': {
    args: z.object({ sessionId: SessionId, person: IdentityPersonSchema }).strict(),
    result: InsuredStatusSchema,
  },
  /** Prints the 回执 of a case of this session, or this session's query result. */
  'receipt.print': {
    args: z
      .object({
        sessionId: SessionId,
        kind: z.enum(['case', 'query']),
        caseId: z.string().max(64).optional(),
        language: Language,
        /** Translated receipt wording (the renderer owns i18next); the facts come from the Node side's records. */
        text: ReceiptTextSchema,
      })
      .strict(),
    result: z.discriminatedUnion('printed', [
      z.object({ printed: z.literal(true) }),
      z.object({ printed: z.literal(false), problem: PrintProblem }),
    ]),
  },

  /** Simulator controls (refused with 'forbidden' when the device is real): demos and end-to-end tests. */
  'sim.fixtures': {
    args: NoArgs,
    result: z.object({
      cards: z.array(z.object({ id: z.string(), label: z.string() })),
      qrPeople: z.array(z.object({ id: z.string(), label: z.string() })),
    }),
  },
  'sim.presentCard': { args: z.object({ cardId: z.string().max(60) }).strict(), result: Empty },
  'sim.removeCard': { args: NoArgs, result: Empty },
  /** Pulls the simulated reader's cable out (its pty disappears) or plugs it back in. */
  'sim.idcardReader': { args: z.object({ plugged: z.boolean() }).strict(), result: Empty },
  'sim.scanQr': { args: z.object({ personId: z.string().max(60) }).strict(), result: Empty },
  'sim.printer': {
    args: z.object({ paperOut: z.boolean().optional(), coverOpen: z.boolean().optional() }).strict(),
    result: Empty,
  },
  /** What the simulated printer printed, decoded from its ESC/POS byte stream. */
  'sim.receipts': {
    args: NoArgs,
    result: z.object({
      receipts: z.array(
        z.object({ lines: z.array(z.string()), qrCodes: z.array(z.string()), cut: z.boolean() }),
      ),
    }),
  },
  /** Provincial simulator faults: outage on/off (end-to-end: submit while the province is down). */
  'sim.province': {
    args: z
      .object({ outage: z.boolean(), retryAfterSeconds: z.number().int().min(1).max(3600).optional() })
      .strict(),
    result: Empty,
  },
} as const satisfies Record<string, { args: z.ZodType; result: z.ZodType }>;

export type KioskContract = typeof kioskContract;
export type KioskMethod = keyof KioskContract;
export type ArgsOf<M extends KioskMethod> = z.input<KioskContract[M]['args']>;
export type ParsedArgsOf<M extends KioskMethod> = z.output<KioskContract[M]['args']>;
export type ResultOf<M extends KioskMethod> = z.output<KioskContract[M]['result']>;

export const isKioskMethod = (name: unknown): name is KioskMethod =>
  typeof name === 'string' && Object.hasOwn(kioskContract, name);
