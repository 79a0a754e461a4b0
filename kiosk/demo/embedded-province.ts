import { dirname, join } from 'node:path';
import { checkPrivateFile, ensurePrivateDir } from '../../security/private-file';
import { devCredentialsPath } from '../../config/dev-credentials-path';
import type { Settings } from '../../config/settings-schema';
import { loadOrCreateDevCredentials, simClientFor } from '../../province-sim/dev-credentials';
import { startProvinceSimulator, type RunningSimulator } from '../../province-sim/server';
import type { ProvinceEndpoint } from '../services/province-connection';

export type EmbeddedProvince = Readonly<{
  endpoint: ProvinceEndpoint;
  simulator: RunningSimulator;
}>;

/**
 * The provincial simulator inside the kiosk process, trusting development credentials made once beside the
 * keys (production refuses those credentials, config/production-checks.ts), so a demo needs no set-up.
 */
export async function startEmbeddedProvince(settings: Settings): Promise<EmbeddedProvince> {
  const p = settings.province;
  const devPath = devCredentialsPath(settings);
  ensurePrivateDir(dirname(devPath));
  const credentials = loadOrCreateDevCredentials(devPath);
  checkPrivateFile(devPath);
  const simulator = await startProvinceSimulator({
    dbPath: join(settings.dataDir, 'province-sim.sqlite'),
    clients: [simClientFor(credentials)],
    maintenanceWindow: p.maintenance.enabled
      ? { start: p.maintenance.start, end: p.maintenance.end, restartSpreadMs: 0 }
      : null,
    review: { delayMs: 15_000 },
  });
  return {
    endpoint: {
      baseUrl: simulator.url,
      paasId: credentials.paasId,
      paasToken: credentials.paasToken,
      keys: credentials.keys,
    },
    simulator,
  };
}
