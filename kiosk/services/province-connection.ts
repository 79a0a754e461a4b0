import { dirname, join } from 'node:path';
import { sm2 } from 'sm-crypto';
import type { Settings } from '../../config/settings-schema';
import { checkPrivateFile, ensurePrivateDir } from '../../security/private-file';
import { loadSecrets } from '../../security/secrets';
import { loadOrCreateDevCredentials, simClientFor } from '../../province-sim/dev-credentials';
import { startProvinceSimulator, type RunningSimulator } from '../../province-sim/server';
import { ProvincialClient } from '../../sync/provincial-client';
import type { Sm2KeyPair } from '../../sync/sm2-signature';

export type ProvinceConnection = Readonly<{
  client: ProvincialClient;
  /** The embedded simulator (province.url = 'embedded'), for demos and the simulator panel. */
  simulator: RunningSimulator | null;
  close(): Promise<void>;
}>;

/**
 * The provincial client, pointed at the real gateway or at an embedded simulator that shares development
 * credentials with the kiosk (made once in the data directory), so `npm start` works with no set-up.
 */
export async function connectProvince(
  settings: Settings,
  allocateMsgid: () => string,
): Promise<ProvinceConnection> {
  const p = settings.province;
  let simulator: RunningSimulator | null = null;
  let baseUrl = p.url;
  let credentials: { paasId: string; paasToken: string; keys: Sm2KeyPair };
  if (p.url === 'embedded') {
    // Development credentials are key material too: beside the data key, not in the data directory.
    const devPath = join(dirname(settings.keys.secretsPath), 'province-dev.json');
    ensurePrivateDir(dirname(devPath));
    credentials = loadOrCreateDevCredentials(devPath);
    checkPrivateFile(devPath);
    simulator = await startProvinceSimulator({
      dbPath: join(settings.dataDir, 'province-sim.sqlite'),
      clients: [simClientFor(credentials)],
      maintenanceWindow: p.maintenance.enabled
        ? { start: p.maintenance.start, end: p.maintenance.end, restartSpreadMs: 0 }
        : null,
      review: { delayMs: 15_000 },
    });
    baseUrl = simulator.url;
  } else {
    const secrets = loadSecrets(settings.keys.secretsPath);
    if (!secrets)
      throw new Error(
        `a real provincial endpoint needs the secrets file ${settings.keys.secretsPath} ` +
          '({ "paasToken": …, "privateKeyHex": … }, mode 0600, folder 0700)',
      );
    credentials = {
      paasId: p.paasId,
      paasToken: secrets.paasToken,
      keys: { privateKeyHex: secrets.privateKeyHex, publicKeyHex: publicKeyOf(secrets.privateKeyHex) },
    };
  }
  const client = new ProvincialClient(
    {
      baseUrl,
      paasId: credentials.paasId,
      paasToken: credentials.paasToken,
      fixmedinsCode: settings.terminal.serviceCode,
      fixmedinsName: settings.terminal.serviceName,
      mdtrtareaAdmvs: settings.terminal.countyCode,
      devNo: settings.terminal.id,
      terminalName: settings.terminal.name,
      keys: credentials.keys,
      uiTimeoutMs: p.timeoutMs,
    },
    { allocateMsgid },
  );
  return { client, simulator, close: async () => simulator?.close() };
}

/** sm-crypto derives the public key (it is in its API, missing from its type definitions). */
function publicKeyOf(privateKeyHex: string): string {
  return (sm2 as unknown as { getPublicKeyFromPrivateKey(k: string): string }).getPublicKeyFromPrivateKey(
    privateKeyHex,
  );
}
