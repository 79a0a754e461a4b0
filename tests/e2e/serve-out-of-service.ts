import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { openKioskDatabase } from '../../db/open-kiosk-database';
import { startBrowserHost } from '../../host/browser-host';
import { RENDERER_DIR } from '../../host/main';
import { startKiosk } from '../../kiosk/start-kiosk';
import { assertProjectNode } from '../support/project-node';
import { demoSettingsIn } from '../support/demo-settings';

/**
 * A second kiosk for tests/e2e/out-of-service.e2e.ts (run as `npx tsx`, since the kiosk's modules do not load
 * inside Playwright's test loader): in OOS_DATA_DIR it makes a case database, overwrites its header (no longer
 * a database), starts the kiosk and its browser host on a dynamic port, and prints `KIOSK_URL=<url>`.
 * SIGTERM closes it.
 */
assertProjectNode('the out-of-service end-to-end kiosk');
const dataDir = process.env.OOS_DATA_DIR;
if (!dataDir) throw new Error('OOS_DATA_DIR is not set');
const dbPath = join(dataDir, 'kiosk.sqlite');
openKioskDatabase(dbPath).close();
const bytes = readFileSync(dbPath);
bytes.fill(0x5a, 0, 100);
writeFileSync(dbPath, bytes);
const { settings } = demoSettingsIn(dataDir, { KIOSK_HOST_PORT: '0' });
const kiosk = await startKiosk(settings, 'browser-host');
const host = await startBrowserHost({ kiosk, rendererDir: RENDERER_DIR, port: 0, bind: settings.host.bind });
console.log(`KIOSK_URL=${host.url}`);
process.once('SIGTERM', () => {
  void host
    .close()
    .then(() => kiosk.close())
    .then(() => process.exit(0));
});
