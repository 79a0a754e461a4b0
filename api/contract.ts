import { z } from 'zod';

/**
 * The one contract between the renderer and the Node side. Each method has a schema for its arguments and
 * one for its result; both transports (Electron IPC and the browser host's WebSocket) carry exactly this,
 * and the Node side validates every argument before a handler sees it.
 */

export const LANGUAGES = ['zh-CN', 'zh-TW', 'en'] as const;
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
});
export type AppInfo = z.infer<typeof AppInfo>;

const NoArgs = z.object({}).strict();

export const kioskContract = {
  /** What the renderer needs to draw the shell: terminal identity and UI settings. */
  'app.info': { args: NoArgs, result: AppInfo },
  /** The resident walked away, finished, or the idle countdown ran out: wipe everything the session holds. */
  'session.end': {
    args: z.object({ sessionId: z.string().min(1).max(64), reason: z.enum(['home', 'finished', 'idle']) }).strict(),
    result: z.object({ wiped: z.boolean() }),
  },
} as const satisfies Record<string, { args: z.ZodType; result: z.ZodType }>;

export type KioskContract = typeof kioskContract;
export type KioskMethod = keyof KioskContract;
export type ArgsOf<M extends KioskMethod> = z.input<KioskContract[M]['args']>;
export type ParsedArgsOf<M extends KioskMethod> = z.output<KioskContract[M]['args']>;
export type ResultOf<M extends KioskMethod> = z.output<KioskContract[M]['result']>;

export const isKioskMethod = (name: unknown): name is KioskMethod =>
  typeof name === 'string' && Object.hasOwn(kioskContract, name);
