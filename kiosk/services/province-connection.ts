import type { Settings } from '../../config/settings-schema';
import { loadSecrets } from '../../security/secrets';
import { ProvincialClient } from '../../sync/provincial-client';
import { sm2PublicKeyOf, type Sm2KeyPair } from '../../sync/sm2-signature';

/** Where the provincial client sends its calls and how it signs them. */
export type ProvinceEndpoint = Readonly<{
  baseUrl: string;
  paasId: string;
  paasToken: string;
  keys: Sm2KeyPair;
}>;

/**
 * The provincial client, pointed at the real gateway of the settings, or (province.url `embedded`, demo mode
 * only) at the embedded simulator the demo module runs with development credentials (`embedded`).
 */
export function connectProvince(
  settings: Settings,
  allocateMsgid: () => string,
  embedded: ProvinceEndpoint | null = null,
): ProvincialClient {
  const p = settings.province;
  let endpoint: ProvinceEndpoint;
  if (p.url === 'embedded') {
    if (!embedded)
      throw new Error("province.url is 'embedded' but no embedded province runs (demo mode only)");
    endpoint = embedded;
  } else {
    const secrets = loadSecrets(settings.keys.secretsPath);
    if (!secrets)
      throw new Error(
        `a real provincial endpoint needs the secrets file ${settings.keys.secretsPath} ` +
          '({ "paasToken": …, "privateKeyHex": … }, mode 0600, folder 0700)',
      );
    endpoint = {
      baseUrl: p.url,
      paasId: p.paasId,
      paasToken: secrets.paasToken,
      keys: { privateKeyHex: secrets.privateKeyHex, publicKeyHex: sm2PublicKeyOf(secrets.privateKeyHex) },
    };
  }
  return new ProvincialClient(
    {
      baseUrl: endpoint.baseUrl,
      paasId: endpoint.paasId,
      paasToken: endpoint.paasToken,
      fixmedinsCode: settings.terminal.serviceCode,
      fixmedinsName: settings.terminal.serviceName,
      mdtrtareaAdmvs: settings.terminal.countyCode,
      devNo: settings.terminal.id,
      terminalName: settings.terminal.name,
      keys: endpoint.keys,
      uiTimeoutMs: p.timeoutMs,
    },
    { allocateMsgid },
  );
}
