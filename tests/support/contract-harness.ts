import {
  generateDevCredentials,
  simClientFor,
  type DevCredentials,
} from '../../province-sim/dev-credentials';
import { startProvinceSimulator, type RunningSimulator } from '../../province-sim/server';
import type { SimulatorOptions } from '../../province-sim/sim-settings';
import { ProvincialClient, type ProvincialClientSettings } from '../../sync/provincial-client';

/**
 * A simulator and a client that trust each other, for contract tests, the kill -9 test and benchmarks.
 * Not production code: it makes throwaway credentials and an in-memory msgid counter.
 */
export const TEST_SERVICE_POINT = {
  fixmedinsCode: 'H44090200001',
  fixmedinsName: '茂南区新坡镇党群服务中心',
  mdtrtareaAdmvs: '440902',
  devNo: 'ZZ440902001',
  terminalName: '粤智助-新坡镇01',
} as const;

/** A minimal JPEG-looking payload (SOI + APP0 marker + filler); the simulator checks the magic bytes only. */
export const TINY_JPEG = Buffer.concat([
  Buffer.from([0xff, 0xd8, 0xff, 0xe0]),
  Buffer.alloc(200, 7),
  Buffer.from([0xff, 0xd9]),
]);

export type Harness = Readonly<{
  sim: RunningSimulator;
  creds: DevCredentials;
  settings: ProvincialClientSettings;
  client: ProvincialClient;
  /** Another client of the same kiosk (e.g. with other settings). */
  makeClient(overrides?: Partial<ProvincialClientSettings>, now?: () => number): ProvincialClient;
  close(): Promise<void>;
}>;

export async function startHarness(
  sim: Partial<SimulatorOptions> = {},
  client: Partial<ProvincialClientSettings> = {},
  creds: DevCredentials = generateDevCredentials(),
): Promise<Harness> {
  const running = await startProvinceSimulator({
    dbPath: ':memory:',
    maintenanceWindow: null,
    ...sim,
    clients: [simClientFor(creds), ...(sim.clients ?? [])],
  });
  const settings: ProvincialClientSettings = {
    baseUrl: running.url,
    paasId: creds.paasId,
    paasToken: creds.paasToken,
    keys: creds.keys,
    ip: '127.0.0.1',
    mac: '00:00:00:00:00:00',
    timeoutMs: 5_000,
    uiTimeoutMs: 3_000,
    ...TEST_SERVICE_POINT,
    ...client,
  };
  let seq = 0;
  const base = Date.now() % 1_000_000;
  // Unique within a test run: a 14-digit pseudo-time from a counter, plus the 4-digit sequence.
  const allocate = (): string => {
    seq++;
    return `${settings.fixmedinsCode}${String(20240101000000 + base * 100 + Math.floor(seq / 10_000))}${String(seq % 10_000).padStart(4, '0')}`;
  };
  const makeClient = (
    overrides: Partial<ProvincialClientSettings> = {},
    now?: () => number,
  ): ProvincialClient =>
    new ProvincialClient({ ...settings, ...overrides }, { allocateMsgid: allocate, ...(now ? { now } : {}) });
  return {
    sim: running,
    creds,
    settings,
    client: makeClient(),
    makeClient,
    close: () => running.close(),
  };
}
