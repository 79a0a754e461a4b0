import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { assertProjectNode } from '../support/project-node';

/**
 * The kiosk as the end-to-end tests see it: the real browser host on a fresh data directory, with the
 * settings a test run needs (mode demo: simulated devices and the embedded province; fixed port; the idle
 * countdown is tested by driving the page clock instead).
 */
const dataDir = mkdtempSync(join(tmpdir(), 'zizhu-e2e-'));
const configPath = join(dataDir, 'settings.json');
// The nightly maintenance window is switched off so the suite passes at any hour (it has unit tests of its own).
writeFileSync(
  configPath,
  JSON.stringify(
    {
      mode: 'demo',
      province: { maintenance: { enabled: false, start: '21:30', end: '00:05' } },
      // A 待审核 case is asked about every 2 s, so a journey sees the province's 审核通过 on 结果.
      sync: { maxAttempts: 20, reviewPollSeconds: 2 },
    },
    null,
    2,
  ),
);
process.env.KIOSK_DATA_DIR = dataDir;
process.env.KIOSK_CONFIG = configPath;
// Key files in a fresh private folder of the run, not in the developer's ~/.config/zizhu/keys.
const keyDir = mkdtempSync(join(tmpdir(), 'zizhu-e2e-keys-'));
process.env.KIOSK_DATA_KEY = join(keyDir, 'data.key');
process.env.KIOSK_SECRETS = join(keyDir, 'secrets.json');
process.env.KIOSK_HOST_PORT = process.env.E2E_PORT ?? '5799';
// The end-to-end suite exercises the shipped process model: the kiosk core in its own child process.
process.env.KIOSK_CORE = 'child-process';

assertProjectNode('the end-to-end kiosk server');
const { runBrowserHost } = await import('../../host/main');
const host = await runBrowserHost();
console.log(`KIOSK_URL=${host.url} data=${dataDir}`);
const stop = () => void host.stop().then(() => process.exit(0));
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
