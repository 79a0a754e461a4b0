import WebSocket from 'ws';
import type { ArgsOf, KioskMethod, ResultOf } from '../../api/contract';
import { createWebSocketKioskApi, type WebSocketLike } from '../../api/ws-client';
import { E2E_PORT } from '../../playwright.config';

/**
 * The test's own connection to the kiosk host, for what a person does outside the screen: put an ID card on
 * the simulated reader, read what the simulated printer printed, take the province down. Same KioskApi.
 */
const api = createWebSocketKioskApi(
  `ws://127.0.0.1:${E2E_PORT}/api`,
  (url) => new WebSocket(url) as unknown as WebSocketLike,
);

export async function control<M extends KioskMethod>(method: M, args: ArgsOf<M>): Promise<ResultOf<M>> {
  const r = await api.call(method, args);
  if (!r.ok) throw new Error(`${method} failed: ${r.error.code} ${r.error.message}`);
  return r.value;
}
