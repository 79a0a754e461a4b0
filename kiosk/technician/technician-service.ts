import type {
  DeviceChange,
  KioskIdentity,
  TechDevice,
  TechDeviceView,
  TechResultOf,
} from '../../api/technician-contract';
import type { SettingProblem, SettingsFile } from '../../config/settings-file';
import type { Settings } from '../../config/settings-schema';
import { parsePrinterSpec } from '../../devices/printer/create-receipt-printer';
import { maskIdNumber, maskName } from '../../domain/id-number';
import { decodeForAnalysis, UnreadableImageError } from '../../media/analysis-image';
import { findPageBounds } from '../../media/page-bounds';
import { checkQuality } from '../../media/quality-check';
import type { ProvincialClient } from '../../sync/provincial-client';
import { checkDeviceSettings, type DeviceCheckContext } from './device-checks';
import type { DeviceHealth } from './device-health';
import type { LiveDevices } from './live-devices';
import { replaceSecrets, secretsState, type SecretsReplacement } from './secrets-file';

/** One technician action for the audit log; secrets never appear in it (only "set / not set"). */
export type TechAuditEntry = Readonly<{
  role: string;
  action: string;
  target: string;
  before: unknown;
  after: unknown;
}>;

export type TechnicianDeps = Readonly<{
  file: SettingsFile;
  live: LiveDevices;
  health: DeviceHealth;
  /** Which simulators the demo module runs (a device may be switched back to one only if it runs). */
  simulators: Readonly<Record<'idcard' | 'scanner' | 'printer', boolean>>;
  /** A provincial client for the given settings (the connectivity test uses the saved ones). */
  connect(settings: Settings): ProvincialClient;
  /**
   * Puts saved identity, endpoint or secrets into force without a restart: the kiosk rebuilds its provincial
   * connection (and what numbers new cases) from `settings`. Absent in tests of the screens alone.
   */
  reconnect?(settings: Settings): Promise<void> | void;
  audit(entry: TechAuditEntry): void;
  /** Settings the environment overrides at start (envOverridesIn), shown beside their fields. */
  envOverrides?: Readonly<Record<string, string>>;
  probeTcp?: DeviceCheckContext['probeTcp'];
  now?: () => Date;
}>;

const DEVICES: ReadonlyArray<TechDevice> = ['idcard', 'scanner', 'printer', 'camera'];

/**
 * What the technician screens do, on the Node side: show the devices, check and apply a device change
 * without a restart, run the self-tests, edit the kiosk's identity, endpoint and secrets, and test the
 * connection. The role check happens before any of this is reached.
 */
export class TechnicianService {
  readonly #d: TechnicianDeps;

  constructor(deps: TechnicianDeps) {
    this.#d = deps;
  }

  envOverrides(): Record<string, string> {
    return { ...this.#d.envOverrides };
  }

  devices(): Array<TechDeviceView> {
    const s = this.#d.file.current.devices;
    return DEVICES.map((device): TechDeviceView => {
      const health = this.#d.health.view(device);
      const view = { device, ...health, errors: [...health.errors] };
      const settings = (values: Record<string, string | number>) => values;
      if (device === 'idcard')
        return {
          ...view,
          driver: s.idcard.port === 'simulator' ? 'simulator' : 'serial',
          settings: settings({ port: s.idcard.port, baudRate: s.idcard.baudRate, pollMs: s.idcard.pollMs }),
        };
      if (device === 'printer')
        return {
          ...view,
          driver: parsePrinterSpec(s.printer.port).kind,
          settings: settings({
            port: s.printer.port,
            baudRate: s.printer.baudRate,
            paperWidth: s.printer.paperWidth,
          }),
        };
      if (device === 'scanner') {
        const mode = s.scanner.mode;
        const driver = mode === 'simulator' || mode === 'wedge' ? mode : 'hid';
        return { ...view, driver, settings: settings({ mode }) };
      }
      return { ...view, driver: 'webcam', settings: settings({ label: s.camera.label }) };
    });
  }

  async saveDevice(
    change: DeviceChange,
    cameraLabels: ReadonlyArray<string>,
    role: string,
  ): Promise<TechResultOf<'tech.saveDevice'>> {
    const { device, ...values } = change;
    const before = this.#d.file.current.devices[device];
    const patch = { devices: { [device]: values } };
    const preview = this.#d.file.preview(patch);
    if (!preview.ok) return { saved: false, problems: [...preview.problems] };
    const problems = await checkDeviceSettings(device, preview.settings.devices, {
      mode: preview.settings.mode,
      cameraLabels,
      ...(this.#d.probeTcp ? { probeTcp: this.#d.probeTcp } : {}),
    });
    if (device !== 'camera' && isSimulator(change) && !this.#d.simulators[device])
      problems.push({
        field: `devices.${device}`,
        code: 'simulator-not-running',
        detail: 'the demo module runs no simulator for this device',
      });
    if (problems.length > 0) return { saved: false, problems };
    const saved = this.#d.file.apply(patch);
    if (!saved.ok) return { saved: false, problems: [...saved.problems] };
    this.#d.health.reset(device);
    await this.#d.live.swap(device, saved.settings);
    this.#d.audit({
      role,
      action: 'tech.saveDevice',
      target: `devices.${device}`,
      before,
      after: saved.settings.devices[device],
    });
    return { saved: true };
  }

  async selfTest(
    device: 'idcard' | 'scanner' | 'printer',
    timeoutMs: number,
    role: string,
  ): Promise<TechResultOf<'tech.selfTest'>> {
    const result = await this.#runSelfTest(device, timeoutMs);
    // The audit keeps the outcome, never the card's holder.
    this.#d.audit({ role, action: 'tech.selfTest', target: device, before: null, after: { ok: result.ok } });
    return result;
  }

  async #runSelfTest(
    device: 'idcard' | 'scanner' | 'printer',
    timeoutMs: number,
  ): Promise<TechResultOf<'tech.selfTest'>> {
    const { live } = this.#d;
    if (device === 'idcard') {
      const read = await live.identity.readCardOnce(timeoutMs);
      if (!read.ok) return read;
      return {
        ok: true,
        card: { idNumber: maskIdNumber(read.card.idNumber), name: maskName(read.card.name) },
      };
    }
    if (device === 'scanner') {
      const scan = await live.scanner.nextScan(timeoutMs);
      return scan.ok ? { ok: true, text: scan.text } : scan;
    }
    const page = await live.printer.printTestPage(this.#now());
    if (!page.printed) return { ok: false, code: page.code };
    return { ok: true, printer: { ...page.status } };
  }

  async cameraTest(imageBase64: string): Promise<TechResultOf<'tech.cameraTest'>> {
    const t = this.#d.file.current.devices.camera.quality;
    const thresholds = {
      minFocus: t.minFocus,
      minWhiteLevel: t.minWhiteLevel,
      minInkFraction: t.minInkFraction,
    };
    let analysis;
    try {
      analysis = await decodeForAnalysis(Buffer.from(imageBase64, 'base64'));
    } catch (error) {
      if (!(error instanceof UnreadableImageError)) throw error;
      return { ok: false, problem: 'unreadable', width: null, height: null, metrics: null, thresholds };
    }
    const verdict = checkQuality(analysis.grey, findPageBounds(analysis.grey), t);
    const m = verdict.metrics;
    return {
      ok: verdict.ok,
      problem: verdict.ok ? null : verdict.problem,
      width: analysis.sourceWidth,
      height: analysis.sourceHeight,
      metrics: m && {
        meanLuma: m.meanLuma,
        whiteLevel: m.whiteLevel,
        blackLevel: m.blackLevel,
        saturatedFraction: m.saturatedFraction,
        focus: m.focus,
        inkFraction: m.inkFraction,
      },
      thresholds,
    };
  }

  kioskSettings(): TechResultOf<'tech.kioskSettings'> {
    const s = this.#d.file.current;
    return {
      identity: identityOf(s),
      secrets: secretsState(s.keys.secretsPath),
      envOverrides: { ...this.#d.envOverrides },
    };
  }

  async saveKioskSettings(
    identity: KioskIdentity,
    role: string,
  ): Promise<TechResultOf<'tech.saveKioskSettings'>> {
    const before = identityOf(this.#d.file.current);
    const preview = this.#d.file.preview(identity);
    if (!preview.ok) return { saved: false, problems: [...preview.problems] };
    const problems = [...endpointProblems(preview.settings), ...this.#connectProblems(preview.settings)];
    if (problems.length > 0) return { saved: false, problems };
    const saved = this.#d.file.apply(identity);
    if (!saved.ok) return { saved: false, problems: [...saved.problems] };
    await this.#d.reconnect?.(saved.settings);
    this.#d.audit({
      role,
      action: 'tech.saveKioskSettings',
      target: 'identity',
      before,
      after: identityOf(saved.settings),
    });
    return { saved: true };
  }

  async replaceSecrets(next: SecretsReplacement, role: string): Promise<TechResultOf<'tech.replaceSecrets'>> {
    const path = this.#d.file.current.keys.secretsPath;
    const before = secretsState(path);
    const problems = replaceSecrets(path, next);
    if (problems.length > 0) return { saved: false, problems };
    const after = secretsState(path);
    // A real endpoint signs with the new key and token from its next call (the embedded one ignores them).
    if (this.#connectProblems(this.#d.file.current).length === 0)
      await this.#d.reconnect?.(this.#d.file.current);
    this.#d.audit({
      role,
      action: 'tech.replaceSecrets',
      target: [next.paasToken ? 'paasToken' : null, next.privateKeyHex ? 'privateKeyHex' : null]
        .filter(Boolean)
        .join(','),
      before,
      after,
    });
    return { saved: true, secrets: after };
  }

  async connectivity(role: string): Promise<TechResultOf<'tech.connectivity'>> {
    const settings = this.#d.file.current;
    const url = settings.province.url;
    let client: ProvincialClient;
    try {
      client = this.#d.connect(settings);
    } catch (error) {
      return { ok: false, ms: 0, problem: 'config', detail: (error as Error).message.slice(0, 300), url };
    }
    const started = performance.now();
    const r = await client.signIn(settings.province.timeoutMs);
    const ms = Math.round(performance.now() - started);
    const outcome =
      r.kind === 'ok'
        ? { ok: true, ms, problem: null, detail: null, url }
        : {
            ok: false,
            ms,
            problem: r.kind === 'retryable' ? r.reason : r.kind,
            detail: (r.kind === 'refused' ? r.errMsg : r.detail).slice(0, 300),
            url,
          };
    this.#d.audit({
      role,
      action: 'tech.connectivity',
      target: url,
      before: null,
      after: { ok: outcome.ok, ms },
    });
    return outcome;
  }

  /** Whether a client can be built from `settings` (a real endpoint needs its secrets file). */
  #connectProblems(settings: Settings): Array<SettingProblem> {
    try {
      this.#d.connect(settings);
      return [];
    } catch (error) {
      return [
        { field: 'province.url', code: 'cannot-connect', detail: (error as Error).message.slice(0, 300) },
      ];
    }
  }

  #now(): Date {
    return this.#d.now?.() ?? new Date();
  }
}

function isSimulator(change: DeviceChange): boolean {
  if (change.device === 'scanner') return change.mode === 'simulator';
  if (change.device === 'camera') return false;
  return change.port === 'simulator';
}

function identityOf(s: Settings): KioskIdentity {
  return {
    terminal: { ...s.terminal },
    serviceHall: { ...s.serviceHall },
    province: { url: s.province.url, paasId: s.province.paasId, timeoutMs: s.province.timeoutMs },
  };
}

/** Production talks to a real gateway over https only (config/production-checks.ts refuses the rest at start). */
function endpointProblems(s: Settings): Array<SettingProblem> {
  if (s.mode !== 'production') return [];
  if (s.province.url === 'embedded')
    return [
      {
        field: 'province.url',
        code: 'embedded-in-production',
        detail: 'the embedded province is a simulator',
      },
    ];
  if (!s.province.url.startsWith('https://'))
    return [{ field: 'province.url', code: 'https-required', detail: 'must be an https URL in production' }];
  return [];
}
