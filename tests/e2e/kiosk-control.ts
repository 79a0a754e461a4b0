import type { SimArgsOf, SimMethod, SimResultOf } from '../../api/sim-contract';
import type { WebSocketKioskApi } from '../../api/ws-client';
import { test } from '@playwright/test';
import { kioskPort } from '../../playwright.config';
import { connectAsPage } from '../support/page-client';

/**
 * The test's own connection to the kiosk host, for what a person does outside the screen: put an ID card on
 * the simulated reader, read what the simulated printer printed, take the province down. SimApi (the e2e
 * server runs in demo mode), reached the way the page reaches the host: its Origin and its token.
 */
let connection: Promise<WebSocketKioskApi> | null = null;

/** The kiosk of the worker running the current test (each worker has its own; see playwright.config.ts). */
export function kioskUrl(): string {
  return `http://127.0.0.1:${kioskPort(test.info().parallelIndex)}`;
}

export async function control<M extends SimMethod>(method: M, args: SimArgsOf<M>): Promise<SimResultOf<M>> {
  connection ??= connectAsPage(kioskUrl());
  const r = await (await connection).sim.call(method, args);
  if (!r.ok) throw new Error(`${method} failed: ${r.error.code} ${r.error.message}`);
  return r.value;
}
