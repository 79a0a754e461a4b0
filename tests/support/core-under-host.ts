import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { startBrowserHost, type BrowserHost } from '../../host/browser-host';
import { forkCoreSpawner } from '../../kiosk/core-process/fork-core';
import type { CoreChannel } from '../../kiosk/core-process/protocol';
import { startRemoteKiosk, type RemoteKiosk } from '../../kiosk/core-process/remote-kiosk';
import { RestartBudget } from '../../kiosk/restart-budget';

/**
 * A real kiosk core in a child process (demo mode, fresh data and key folders) behind the real browser host.
 * `channels`: every core started so far, the last one running (tests kill it with SIGKILL).
 */
export type CoreUnderHost = Readonly<{
  kiosk: RemoteKiosk;
  host: BrowserHost;
  dataDir: string;
  channels: CoreChannel[];
  gaveUp: string[];
  close(): Promise<void>;
}>;

export async function startCoreUnderHost(budget = new RestartBudget()): Promise<CoreUnderHost> {
  const dataDir = mkdtempSync(join(tmpdir(), 'zizhu-core-'));
  const configPath = join(dataDir, 'settings.json');
  writeFileSync(
    configPath,
    JSON.stringify({ province: { maintenance: { enabled: false, start: '21:30', end: '00:05' } } }),
  );
  const env = {
    PATH: process.env.PATH,
    KIOSK_MODE: 'demo',
    KIOSK_DATA_DIR: dataDir,
    KIOSK_CONFIG: configPath,
    KIOSK_DATA_KEY: join(dataDir, 'keys', 'data.key'),
    KIOSK_SECRETS: join(dataDir, 'keys', 'secrets.json'),
  };
  const spawn = forkCoreSpawner(env);
  const channels: CoreChannel[] = [];
  const gaveUp: string[] = [];
  const kiosk = await startRemoteKiosk({
    spawn: () => {
      const channel = spawn();
      channels.push(channel);
      return channel;
    },
    budget,
    onGiveUp: (reason) => gaveUp.push(reason),
    log: () => {},
  });
  const rendererDir = mkdtempSync(join(tmpdir(), 'zz-renderer-'));
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>kiosk</title>');
  const host = await startBrowserHost({ kiosk, rendererDir, port: 0, bind: '127.0.0.1', log: () => {} });
  return {
    kiosk,
    host,
    dataDir,
    channels,
    gaveUp,
    async close() {
      await host.close();
      await kiosk.close();
      rmSync(dataDir, { recursive: true, force: true });
      rmSync(rendererDir, { recursive: true, force: true });
    },
  };
}

/** A plain white page, as the kiosk renders a signed 个人承诺书 (photo.accept kind 'promise'). */
export async function promisePageBase64(): Promise<string> {
  const jpeg = await sharp({ create: { width: 600, height: 825, channels: 3, background: '#ffffff' } })
    .jpeg()
    .toBuffer();
  return jpeg.toString('base64');
}

export { filingSubmission } from './filing-submission';
