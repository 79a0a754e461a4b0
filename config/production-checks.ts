import { existsSync, readFileSync } from 'node:fs';
import { loadSecrets, type ProvinceSecrets } from '../security/secrets';
import { devCredentialsPath } from './dev-credentials-path';
import type { Settings } from './settings-schema';

/** Names a setting with where its value came from: `devices.idcard.port (from KIOSK_IDCARD_PORT)`. */
export type DescribeSetting = (path: string) => string;

export type ProductionContext = Readonly<{
  configPath: string;
  fromFile: boolean;
  describe: DescribeSetting;
  /** The reliability suite's crash hook (ZIZHU_FAULT_POINT), if the environment arms one. */
  faultPoint?: string | undefined;
}>;

/**
 * What a production start refuses, each problem naming the setting to change. Production fails closed: a
 * kiosk must never take a resident's case on simulated devices or an embedded province (the 受理编号 would
 * reach no province), nor sign real traffic with credentials anyone with the source code can make.
 */
export function productionProblems(s: Settings, ctx: ProductionContext): string[] {
  if (s.mode !== 'production') return [];
  const { describe } = ctx;
  const problems: string[] = [];
  if (!ctx.fromFile) {
    problems.push(
      `mode (production): there is no settings file at ${ctx.configPath}; write this kiosk's terminal, ` +
        `devices and province there (README, "Settings"), or set "mode": "demo" (KIOSK_MODE=demo) for a demonstration`,
    );
  }
  const demoDevice = (path: string, whatToSet: string) =>
    problems.push(`${describe(path)}: 'simulator' is for demonstrations; set ${whatToSet}, or mode demo`);
  if (ctx.faultPoint)
    problems.push(
      `ZIZHU_FAULT_POINT (${ctx.faultPoint}): a crash-test hook that kills the kiosk on purpose; unset it, or mode demo`,
    );
  const { devices, province } = s;
  if (devices.idcard.port === 'simulator')
    demoDevice('devices.idcard.port', "the ID-card reader's serial device, e.g. /dev/ttyUSB0");
  if (devices.printer.port === 'simulator')
    demoDevice('devices.printer.port', "the receipt printer's serial device or tcp://host:9100");
  if (devices.scanner.mode === 'simulator')
    demoDevice('devices.scanner.mode', "'wedge' (keyboard mode) or the scanner's hid:0xVVVV:0xPPPP");

  if (province.url === 'embedded') {
    problems.push(
      `${describe('province.url')}: the embedded province is a simulator; set the provincial gateway's https URL, or mode demo`,
    );
    return problems;
  }
  if (!province.url.startsWith('https://'))
    problems.push(`${describe('province.url')}: must be an https URL in production`);
  const secretsPath = s.keys.secretsPath;
  let secrets: ProvinceSecrets | null = null;
  try {
    secrets = loadSecrets(secretsPath);
  } catch (e) {
    problems.push(`${describe('keys.secretsPath')}: ${(e as Error).message}`);
    return problems;
  }
  if (!secrets) {
    problems.push(
      `${describe('keys.secretsPath')}: no secrets file at ${secretsPath}; write { "paasToken": …, "privateKeyHex": … } ` +
        "there (mode 0600, folder 0700) with the token the province issued and the kiosk's SM2 key",
    );
    return problems;
  }
  const dev = readDevCredentials(devCredentialsPath(s));
  if (secrets.paasToken === dev?.paasToken)
    problems.push(
      `paasToken (in ${secretsPath}): the development token cannot be used with a real province; set the token the province issued`,
    );
  if (secrets.privateKeyHex.toLowerCase() === dev?.privateKeyHex?.toLowerCase())
    problems.push(
      `privateKeyHex (in ${secretsPath}): the development key cannot be used with a real province; set the kiosk's own key`,
    );
  return problems;
}

/** The development credentials a demo left beside the keys, if any (never trusted, only compared). */
function readDevCredentials(path: string): { paasToken?: string; privateKeyHex?: string } | null {
  if (!existsSync(path)) return null;
  try {
    const parsed = JSON.parse(readFileSync(path, 'utf8')) as {
      paasToken?: unknown;
      keys?: { privateKeyHex?: unknown };
    };
    return {
      ...(typeof parsed.paasToken === 'string' ? { paasToken: parsed.paasToken } : {}),
      ...(typeof parsed.keys?.privateKeyHex === 'string' ? { privateKeyHex: parsed.keys.privateKeyHex } : {}),
    };
  } catch {
    return null;
  }
}
