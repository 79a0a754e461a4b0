import { homedir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_CODE_TABLES } from '../domain/codes/builtin-tables';
import { DEFAULT_QUALITY_THRESHOLDS } from '../media/quality-thresholds';
import type { Settings } from './settings-schema';

/**
 * Where key files go by default: outside the data directory, in the system's configuration location —
 * /etc/zizhu/keys when running as root (a packaged kiosk service), else $XDG_CONFIG_HOME/zizhu/keys
 * (~/.config/zizhu/keys) for a developer or a kiosk user account.
 */
export function defaultKeyDir(env: NodeJS.ProcessEnv): string {
  if (process.getuid?.() === 0) return '/etc/zizhu/keys';
  const base = env.XDG_CONFIG_HOME || join(homedir(), '.config');
  return join(base, 'zizhu', 'keys');
}

/** Where the kiosk keeps its data when neither KIOSK_DATA_DIR nor the settings file says otherwise. */
export function defaultDataDir(env: NodeJS.ProcessEnv): string {
  const base = env.XDG_DATA_HOME || join(homedir(), '.local', 'share');
  return join(base, 'zizhu');
}

/**
 * Defaults: simulated devices and an embedded province, so a newcomer's demo (`npm start`, mode demo) works at
 * once. The mode itself defaults to production, which refuses exactly these devices: a kiosk whose settings
 * file went missing stops with a message instead of handing residents 受理编号 no province will see.
 */
export function defaultSettings(dataDir: string, keyDir = defaultKeyDir(process.env)): Settings {
  return {
    mode: 'production',
    dataDir,
    keys: { dataKeyPath: join(keyDir, 'data.key'), secretsPath: join(keyDir, 'secrets.json') },
    utcOffset: '+08:00',
    terminal: {
      id: 'ZZ-DEV-0001',
      name: '自助服务终端（开发）',
      serviceCode: 'H44010600001',
      serviceName: '天河区某街道党群服务中心',
      countyCode: '440106',
      slot: 0,
    },
    serviceHall: { name: '天河区某街道党群服务中心', phone: '020-12345678' },
    codeTables: DEFAULT_CODE_TABLES,
    host: { port: 5780, bind: '127.0.0.1' },
    province: {
      url: 'embedded',
      paasId: 'zizhu-dev',
      timeoutMs: 8_000,
      maintenance: { enabled: true, start: '21:30', end: '00:05' },
    },
    sync: { maxAttempts: 20, reviewPollSeconds: 600 },
    devices: {
      idcard: { port: 'simulator', baudRate: 115200, pollMs: 200 },
      printer: { port: 'simulator', baudRate: 9600, paperWidth: 80 },
      scanner: { mode: 'simulator' },
      camera: { label: '', quality: DEFAULT_QUALITY_THRESHOLDS },
    },
    ui: { defaultLanguage: 'zh-CN', idleSeconds: 120, idleWarningSeconds: 30, elderModeDefault: false },
    admin: { pinHashes: {}, idleSeconds: 300 },
    retention: { days: 7 },
    enrollment: { contributionYuan: 400, paymentFrom: '09-01', paymentTo: '12-31' },
  };
}
