import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * The kiosk as the end-to-end tests see it: the real browser host on a fresh data directory, with the
 * settings a test run needs (fixed port, short idle time is NOT used: tests drive the page clock instead).
 */
const dataDir = mkdtempSync(join(tmpdir(), 'zizhu-e2e-'));
const configPath = join(dataDir, 'settings.json');
writeFileSync(configPath, JSON.stringify({ ui: { idleSeconds: 120, idleWarningSeconds: 30 } }, null, 2));
process.env.KIOSK_DATA_DIR = dataDir;
process.env.KIOSK_CONFIG = configPath;
process.env.KIOSK_HOST_PORT = process.env.E2E_PORT ?? '5799';

const { runBrowserHost } = await import('../../host/main');
const host = await runBrowserHost();
console.log(`KIOSK_URL=${host.url} data=${dataDir}`);
const stop = () => void host.stop().then(() => process.exit(0));
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
