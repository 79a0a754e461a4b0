import { z } from 'zod';
import { WithAdminToken } from './admin-contract';
import type { ApiContract } from './contract';

/**
 * The technician's part of admin mode (methods tech.*): device setup, self-tests, kiosk identity, the
 * provincial endpoint and its secrets. Every call carries the admin token of a technician sign-in; the Node
 * side checks the role before a handler runs. No result ever carries a secret: the secrets file is only
 * written, and read back as "set / not set".
 */

const DeviceKindSchema = z.enum(['idcard', 'scanner', 'printer', 'camera']);
export type TechDevice = z.infer<typeof DeviceKindSchema>;

/** Why a change was not saved: the setting, a code the screen translates (admin:tech.problems.*), English detail. */
export const SettingProblemSchema = z.object({ field: z.string(), code: z.string(), detail: z.string() });

const DeviceErrorSchema = z.object({ at: z.string(), code: z.string(), detail: z.string() });
const DeviceViewSchema = z.object({
  device: DeviceKindSchema,
  /** simulator (demo), serial, tcp (network printer), hid, wedge (keyboard mode), webcam (the renderer's camera). */
  driver: z.enum(['simulator', 'serial', 'tcp', 'hid', 'wedge', 'webcam']),
  /** The device's settings as in force (port, baud rate, label…). */
  settings: z.record(z.string(), z.union([z.string(), z.number()])),
  status: z.enum(['ok', 'disconnected', 'error', 'unknown']),
  code: z.string().nullable(),
  since: z.string().nullable(),
  errors: z.array(DeviceErrorSchema),
});
export type TechDeviceView = z.infer<typeof DeviceViewSchema>;

const serialPath = z.string().trim().min(1).max(200);
export const DeviceChangeSchema = z.discriminatedUnion('device', [
  z
    .object({
      device: z.literal('idcard'),
      port: serialPath,
      baudRate: z.number().int().positive().max(4_000_000),
      pollMs: z.number().int().min(50).max(250),
    })
    .strict(),
  z
    .object({
      device: z.literal('printer'),
      port: serialPath,
      baudRate: z.number().int().positive().max(4_000_000),
      paperWidth: z.union([z.literal(58), z.literal(80)]),
    })
    .strict(),
  z.object({ device: z.literal('scanner'), mode: z.string().trim().min(1).max(40) }).strict(),
  z.object({ device: z.literal('camera'), label: z.string().trim().max(200) }).strict(),
]);
export type DeviceChange = z.infer<typeof DeviceChangeSchema>;

const SavedSchema = z.discriminatedUnion('saved', [
  z.object({ saved: z.literal(true) }),
  z.object({ saved: z.literal(false), problems: z.array(SettingProblemSchema) }),
]);

export const KioskIdentitySchema = z
  .object({
    terminal: z
      .object({
        id: z.string().max(30),
        name: z.string().max(60),
        serviceCode: z.string().max(12),
        serviceName: z.string().max(60),
        countyCode: z.string().max(6),
        slot: z.number().int(),
      })
      .strict(),
    serviceHall: z.object({ name: z.string().max(100), phone: z.string().max(40) }).strict(),
    province: z
      .object({ url: z.string().max(300), paasId: z.string().max(100), timeoutMs: z.number().int() })
      .strict(),
  })
  .strict();
export type KioskIdentity = z.infer<typeof KioskIdentitySchema>;

/**
 * Settings an environment variable sets at start (config/load-settings.ts ENV_OVERRIDES), by setting path
 * (`devices.idcard.port`) → variable (`KIOSK_IDCARD_PORT`). A value saved for one of them is in force until
 * the next start, when the variable wins again: the screen says so beside the field.
 */
const EnvOverridesSchema = z.record(z.string(), z.string());

const SecretsStateSchema = z.object({
  paasTokenSet: z.boolean(),
  privateKeySet: z.boolean(),
  /** The SM2 public key of the key in force (not secret: the province registers it). */
  publicKeyHex: z.string().nullable(),
});

export const technicianContract = {
  /** Every device: its driver, settings, live status and recent errors. */
  'tech.devices': {
    args: WithAdminToken,
    result: z.object({ devices: z.array(DeviceViewSchema), envOverrides: EnvOverridesSchema }),
  },
  /**
   * Checks a device change (port exists, camera seen, network printer answers), then saves it atomically and
   * swaps the running driver. `cameraLabels`: the cameras the screen sees (mediaDevices), for the camera check.
   */
  'tech.saveDevice': {
    args: WithAdminToken.extend({
      change: DeviceChangeSchema,
      cameraLabels: z.array(z.string().max(200)).max(20).default([]),
    }).strict(),
    result: SavedSchema,
  },
  /** Self-test of a Node-side device: reads a card (masked), scans a code, prints a test page. */
  'tech.selfTest': {
    args: WithAdminToken.extend({
      device: z.enum(['idcard', 'scanner', 'printer']),
      // Below the page's 60 s call timeout (api/ws-client.ts), so a waiting self-test always answers.
      timeoutMs: z.number().int().min(500).max(30_000).default(15_000),
    }).strict(),
    result: z.discriminatedUnion('ok', [
      z.object({
        ok: z.literal(true),
        /** idcard: masked number and name; scanner: the decoded text; printer: status after the page. */
        card: z.object({ idNumber: z.string(), name: z.string() }).optional(),
        text: z.string().optional(),
        printer: z
          .object({
            online: z.boolean(),
            coverOpen: z.boolean(),
            paperOut: z.boolean(),
            paperNearEnd: z.boolean(),
            error: z.boolean(),
          })
          .optional(),
      }),
      z.object({ ok: z.literal(false), code: z.string() }),
    ]),
  },
  /** Self-test of the camera: the renderer captures a frame, the Node side measures it like a resident's page. */
  'tech.cameraTest': {
    args: WithAdminToken.extend({ image: z.string().min(16).max(20_000_000) }).strict(),
    result: z.object({
      ok: z.boolean(),
      /** null: the frame passes; else the problem a resident would be shown. */
      problem: z.string().nullable(),
      width: z.number().nullable(),
      height: z.number().nullable(),
      metrics: z
        .object({
          meanLuma: z.number(),
          whiteLevel: z.number(),
          blackLevel: z.number(),
          saturatedFraction: z.number(),
          focus: z.number(),
          inkFraction: z.number(),
        })
        .nullable(),
      thresholds: z.object({ minFocus: z.number(), minWhiteLevel: z.number(), minInkFraction: z.number() }),
    }),
  },
  /** Kiosk identity and the provincial endpoint as in the settings file; secrets only as set / not set. */
  'tech.kioskSettings': {
    args: WithAdminToken,
    result: z.object({
      identity: KioskIdentitySchema,
      secrets: SecretsStateSchema,
      envOverrides: EnvOverridesSchema,
    }),
  },
  'tech.saveKioskSettings': {
    args: WithAdminToken.extend({ identity: KioskIdentitySchema }).strict(),
    result: SavedSchema,
  },
  /** Replaces the paasToken and/or the SM2 private key in the secrets file. Never returns either. */
  'tech.replaceSecrets': {
    args: WithAdminToken.extend({
      paasToken: z.string().min(1).max(500).optional(),
      privateKeyHex: z.string().min(1).max(200).optional(),
    }).strict(),
    result: z.discriminatedUnion('saved', [
      z.object({ saved: z.literal(true), secrets: SecretsStateSchema }),
      z.object({ saved: z.literal(false), problems: z.array(SettingProblemSchema) }),
    ]),
  },
  /** 9001 sign-in with the saved endpoint and secrets; how long the province took to answer. */
  'tech.connectivity': {
    args: WithAdminToken,
    result: z.object({
      ok: z.boolean(),
      ms: z.number(),
      /** retryable reason, 'refused', 'auth', or 'config' (no secrets, bad key). */
      problem: z.string().nullable(),
      detail: z.string().nullable(),
      url: z.string(),
    }),
  },
} as const satisfies ApiContract;

export type TechnicianContract = typeof technicianContract;
export type TechMethod = keyof TechnicianContract;
export type TechArgsOf<M extends TechMethod> = z.input<TechnicianContract[M]['args']>;
export type TechParsedArgsOf<M extends TechMethod> = z.output<TechnicianContract[M]['args']>;
export type TechResultOf<M extends TechMethod> = z.output<TechnicianContract[M]['result']>;
export type TechHandlers = {
  [M in TechMethod]: (args: TechParsedArgsOf<M>) => Promise<TechResultOf<M>>;
};
