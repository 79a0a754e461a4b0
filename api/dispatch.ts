import { isKioskMethod, kioskContract, type ApiContract } from './contract';
import type { KioskHandlers } from './kiosk-api';
import { fail, KioskApiError, ok, type ApiResult } from './result';
import type { SimHandlers } from './sim-api';
import { isSimMethod, simContract } from './sim-contract';

export type DispatchLogger = (message: string, error: unknown) => void;

/**
 * The Node side's single entry for both transports: checks the method name and the arguments against the
 * contract (the renderer is untrusted), runs the handler, checks its result, and turns every failure into
 * an envelope. Never throws.
 */
export async function dispatch(
  handlers: KioskHandlers,
  method: unknown,
  args: unknown,
  log: DispatchLogger = () => {},
): Promise<ApiResult<unknown>> {
  if (!isKioskMethod(method)) return fail('unknown-method', `unknown method ${describeMethod(method)}`);
  return dispatchChecked(kioskContract, handlers, method, args, log);
}

/**
 * KioskApi plus, when the demo module gave simulator handlers, SimApi. Without them a sim.* name is as
 * unknown as any other: production has no simulator controls to reach.
 */
export async function dispatchWithSim(
  handlers: KioskHandlers,
  sim: SimHandlers | null,
  method: unknown,
  args: unknown,
  log: DispatchLogger = () => {},
): Promise<ApiResult<unknown>> {
  if (sim && isSimMethod(method)) return dispatchChecked(simContract, sim, method, args, log);
  return dispatch(handlers, method, args, log);
}

async function dispatchChecked<C extends ApiContract>(
  contract: C,
  handlers: { [M in keyof C]: (args: never) => Promise<unknown> },
  method: keyof C & string,
  args: unknown,
  log: DispatchLogger,
): Promise<ApiResult<unknown>> {
  const spec = contract[method] as C[keyof C];
  const parsed = spec.args.safeParse(args ?? {});
  if (!parsed.success) {
    return fail('bad-request', `invalid arguments for ${method}`, parsed.error.issues.map(issueSummary));
  }
  try {
    const handler = handlers[method] as (a: unknown) => Promise<unknown>;
    const value = await handler(parsed.data);
    const checked = spec.result.safeParse(value);
    if (!checked.success) {
      log(`handler ${method} returned a result outside the contract`, checked.error);
      return fail('internal', `result of ${method} is outside the contract`);
    }
    return ok(checked.data);
  } catch (error) {
    if (error instanceof KioskApiError) return fail(error.code, error.message, error.details);
    log(`handler ${method} failed`, error);
    return fail('internal', `${method} failed`);
  }
}

/**
 * The method as the error message names it. Not String(method): a value without a usable toString (an
 * Object.create(null), found by tests/reliability/fuzz) made String() throw, and dispatch with it.
 */
function describeMethod(method: unknown): string {
  return typeof method === 'string' ? method.slice(0, 60) : `(${typeof method})`;
}

function issueSummary(issue: { path: ReadonlyArray<PropertyKey>; message: string }) {
  return { path: issue.path.map(String).join('.'), message: issue.message };
}
