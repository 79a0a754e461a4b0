import type { ApiResult } from './result';
import type { SimArgsOf, SimMethod, SimParsedArgsOf, SimResultOf } from './sim-contract';

/** What the renderer's simulator panel and the end-to-end tests call; present only in demo mode. */
export interface SimApi {
  call<M extends SimMethod>(method: M, args: SimArgsOf<M>): Promise<ApiResult<SimResultOf<M>>>;
}

/** The demo module implements one async function per simulator control; arguments arrive validated. */
export type SimHandlers = {
  [M in SimMethod]: (args: SimParsedArgsOf<M>) => Promise<SimResultOf<M>>;
};
