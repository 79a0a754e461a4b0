import type { ArgsOf, KioskMethod, ParsedArgsOf, ResultOf } from './contract';
import type { KioskEventListener } from './events';
import type { ApiResult } from './result';

/**
 * What the renderer sees: Electron's preload exposes this as `window.kiosk`; in a plain browser the
 * WebSocket client implements it. Nothing else crosses the boundary.
 */
export interface KioskApi {
  call<M extends KioskMethod>(method: M, args: ArgsOf<M>): Promise<ApiResult<ResultOf<M>>>;
  /** Returns the function that unsubscribes. */
  subscribe(listener: KioskEventListener): () => void;
}

/** The Node side implements one async function per method; arguments arrive already validated. */
export type KioskHandlers = {
  [M in KioskMethod]: (args: ParsedArgsOf<M>) => Promise<ResultOf<M>>;
};
