import { envOverridesIn } from '../../config/load-settings';
import { SettingsFile } from '../../config/settings-file';
import type { Settings } from '../../config/settings-schema';
import type { ProvincialClient } from '../../sync/provincial-client';
import type { EventBus } from '../event-bus';
import { DeviceHealth } from './device-health';
import { LiveDevices, type DeviceFactories } from './live-devices';
import { createTechnicianHandlers, type TechnicianHandlers } from './technician-handlers';
import { TechnicianService, type TechAuditEntry } from './technician-service';

export type TechnicianParts = Readonly<{
  /** The device fronts the resident handlers use: they follow every driver swap. */
  live: LiveDevices;
  health: DeviceHealth;
  file: SettingsFile;
  handlers: TechnicianHandlers;
  close(): Promise<void>;
}>;

export type TechnicianOptions = Readonly<{
  settings: Settings;
  /** The settings file the kiosk was started from (KIOSK_CONFIG): saved changes go there. */
  configPath: string;
  events: EventBus;
  factories: DeviceFactories;
  simulators: Readonly<Record<'idcard' | 'scanner' | 'printer', boolean>>;
  connect(settings: Settings): ProvincialClient;
  /** Puts saved identity, endpoint or secrets into force (TechnicianDeps.reconnect). */
  reconnect?(settings: Settings): Promise<void> | void;
  /** Settings the environment overrides (default: those of this process's environment). */
  envOverrides?: Readonly<Record<string, string>>;
  audit(entry: TechAuditEntry): void;
  /** The device health ring buffer, made before the devices so their first errors are kept. */
  health?: DeviceHealth;
}>;

/** Builds the device drivers through `factories` and the technician's service and handlers around them. */
export async function composeTechnician(o: TechnicianOptions): Promise<TechnicianParts> {
  const health = o.health ?? new DeviceHealth();
  const stopFollowing = health.follow(o.events);
  const identity = await o.factories.identity(o.settings);
  const scanner = o.factories.scanner(o.settings);
  const printer = o.factories.printer(o.settings);
  const live = new LiveDevices(o.factories, { identity, scanner, printer });
  const file = new SettingsFile(o.configPath, o.settings);
  const service = new TechnicianService({
    file,
    live,
    health,
    simulators: o.simulators,
    connect: o.connect,
    ...(o.reconnect ? { reconnect: o.reconnect } : {}),
    envOverrides: o.envOverrides ?? envOverridesIn(process.env),
    audit: o.audit,
  });
  return {
    live,
    health,
    file,
    handlers: createTechnicianHandlers(service),
    async close() {
      stopFollowing();
      await Promise.allSettled([live.identity.close(), live.scanner.close(), live.printer.close()]);
    },
  };
}
