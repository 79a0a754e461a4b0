import { z } from 'zod';
import { Empty, NoArgs, type ApiContract } from './contract';

/**
 * SimApi: the controls of the simulated devices and the embedded province (demos, end-to-end tests). A separate
 * contract from KioskApi so a production start cannot serve it by accident: the Node side has no handlers for
 * it unless the demo module was loaded (kiosk/demo/), and the transports answer its methods only then.
 */
export const simContract = {
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
  /** What the embedded province holds (ZZ01/ZZ02 as received): the end-to-end tests read what arrived. */
  'sim.provinceCases': {
    args: NoArgs,
    result: z.object({
      cases: z.array(
        z.object({
          sn: z.string(),
          infno: z.string(),
          acpStas: z.string(),
          data: z.record(z.string(), z.unknown()),
        }),
      ),
    }),
  },
  /** Provincial simulator faults: outage on/off (end-to-end: submit while the province is down). */
  'sim.province': {
    args: z
      .object({
        outage: z.boolean(),
        retryAfterSeconds: z.number().int().min(1).max(3600).optional(),
        /** How long the simulated province takes to decide a 待审核 case (审核通过/不通过). */
        reviewDelaySeconds: z.number().int().min(0).max(3600).optional(),
        /** The next N 参保登记/备案 submissions are refused (a reviewer's 退回): staff tools meet a refused case. */
        refuseNextSubmissions: z.number().int().min(0).max(20).optional(),
        /** Extra latency on every answer, ms; 0 when not given (end-to-end: the waiting screen held in sight). */
        slowMs: z.number().int().min(0).max(30_000).optional(),
      })
      .strict(),
    result: Empty,
  },
} as const satisfies ApiContract;

export type SimContract = typeof simContract;
export type SimMethod = keyof SimContract;
export type SimArgsOf<M extends SimMethod> = z.input<SimContract[M]['args']>;
export type SimParsedArgsOf<M extends SimMethod> = z.output<SimContract[M]['args']>;
export type SimResultOf<M extends SimMethod> = z.output<SimContract[M]['result']>;

export const isSimMethod = (name: unknown): name is SimMethod =>
  typeof name === 'string' && Object.hasOwn(simContract, name);
