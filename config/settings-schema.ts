import { z } from 'zod';
import { LANGUAGES } from '../api/contract';
import { QualityThresholdsSchema } from '../media/quality-thresholds';
import { PIN_HASH_PATTERN } from '../security/pin-hash-format';
import { isLoopbackBind } from './loopback';

/**
 * Everything a technician may change without a rebuild. One JSON file (KIOSK_CONFIG, default
 * `<dataDir>/settings.json`); any key left out takes the default below. Contribution amounts, enrollment
 * periods and service hours are settings, not code (SPEC.md).
 */

const hhmm = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be a time of day such as 21:30');

/** 'simulator', a serial device path, or for the printer also tcp://host:port. */
const serialPort = z
  .string()
  .min(1, 'must not be empty')
  .refine((v) => v === 'simulator' || v.startsWith('/') || /^COM\d+$/i.test(v), {
    message: "must be 'simulator' or a serial device path such as /dev/ttyUSB0",
  });

const printerPort = z
  .string()
  .min(1, 'must not be empty')
  .refine(
    (v) =>
      v === 'simulator' || v.startsWith('/') || /^COM\d+$/i.test(v) || /^tcp:\/\/[^:/]+:\d{1,5}$/.test(v),
    {
      message: "must be 'simulator', a serial device path such as /dev/usb/lp0, or tcp://host:9100",
    },
  );

const scannerMode = z
  .string()
  .refine((v) => v === 'simulator' || v === 'wedge' || /^hid:0x[0-9a-f]{4}:0x[0-9a-f]{4}$/i.test(v), {
    message: "must be 'simulator', 'wedge' (keyboard mode) or hid:0xVVVV:0xPPPP (vendor and product id)",
  });

const pinHash = z
  .string()
  .regex(PIN_HASH_PATTERN, 'must be a PIN hash written by `npm run admin -- set-pin`');

/** 'demo' loads the simulators (config/production-checks.ts says what production refuses). */
export const KIOSK_MODES = ['demo', 'production'] as const;
export type KioskMode = (typeof KIOSK_MODES)[number];
/** ±HH:MM; the province's business day is computed at this offset (Asia/Shanghai: +08:00, no DST). */
const utcOffset = z.string().regex(/^[+-](0\d|1[0-4]):[0-5]\d$/, 'must be an offset such as +08:00');

export const SettingsSchema = z
  .object({
    /** production (the default) refuses simulated devices and the embedded province: it fails closed. */
    mode: z.enum(KIOSK_MODES, { message: "must be 'demo' or 'production'" }),
    dataDir: z.string().min(1),
    /**
     * Key material, kept OUTSIDE dataDir (a copy of the data must not carry its key). Defaults: as root
     * /etc/zizhu/keys/…, otherwise $XDG_CONFIG_HOME/zizhu/keys/… (~/.config/zizhu/keys/…). The folder
     * must be 0700 and the files 0600; the kiosk refuses to start otherwise.
     */
    keys: z
      .object({
        /** The AES-256 data key (32 bytes), made on first start. */
        dataKeyPath: z.string().min(1),
        /** JSON { paasToken, privateKeyHex } for a real provincial endpoint (security/secrets.ts). */
        secretsPath: z.string().min(1),
      })
      .strict(),
    /** The UTC offset of every business date (ID birth dates, 今天, 受理编号 day, msgid time). */
    utcOffset,
    terminal: z
      .object({
        id: z.string().regex(/^[A-Za-z0-9_-]{1,30}$/, 'letters, digits, - and _ only (at most 30)'),
        name: z.string().min(1).max(60),
        /** 定点/服务点 code: the first 12 characters of every msgid. */
        serviceCode: z.string().regex(/^[A-Za-z0-9]{12}$/, 'must be exactly 12 letters or digits'),
        serviceName: z.string().min(1).max(60),
        /** The kiosk's own 医保区划 (mdtrtarea_admvs). */
        countyCode: z.string().regex(/^\d{6}$/, 'must be a 6-digit region code'),
        /**
         * This kiosk's msgid slot, 0–99, UNIQUE among the kiosks sharing serviceCode: digits 27–28 of
         * every msgid (db/msgid-allocator.ts), so two kiosks of one service point never collide.
         */
        slot: z.number().int().min(0).max(99),
      })
      .strict(),
    serviceHall: z.object({ name: z.string().min(1), phone: z.string().min(1) }).strict(),
    /** The province's code tables: a shipped table's name or the path of a JSON file (domain/codes/). */
    codeTables: z.string().min(1),
    host: z
      .object({
        port: z.number().int().min(0).max(65535),
        /** Loopback only: the API must not be reachable from the village network. */
        bind: z.string().refine(isLoopbackBind, {
          message: "must be a loopback address: '127.0.0.1', '::1' or 'localhost'",
        }),
      })
      .strict(),
    province: z
      .object({
        /** 'embedded' runs the provincial simulator inside the kiosk (development, demos). */
        url: z.string().refine((v) => v === 'embedded' || /^https?:\/\/\S+$/.test(v), {
          message: "must be 'embedded' or an http(s) URL",
        }),
        paasId: z.string().min(1),
        // paasToken and the SM2 private key live in the secrets file (keys.secretsPath), never here.
        timeoutMs: z.number().int().min(500).max(120_000),
        /** The province's nightly maintenance (contract: 21:30–00:05); the sync worker pauses during it. */
        maintenance: z.object({ enabled: z.boolean(), start: hhmm, end: hhmm }).strict(),
      })
      .strict(),
    sync: z
      .object({
        /** Failed attempts after which a case is parked as needs-attention with its last error. */
        maxAttempts: z.number().int().min(1).max(1000),
        /** How often a 待审核 case is asked about (ZZ03) until the province decides. */
        reviewPollSeconds: z.number().int().min(1).max(86_400),
      })
      .strict(),
    devices: z
      .object({
        idcard: z
          .object({
            port: serialPort,
            baudRate: z.number().int().positive(),
            pollMs: z.number().int().min(50).max(250, 'must poll at least every 250 ms'),
          })
          .strict(),
        printer: z
          .object({
            port: printerPort,
            baudRate: z.number().int().positive(),
            paperWidth: z.union([z.literal(58), z.literal(80)]),
          })
          .strict(),
        scanner: z.object({ mode: scannerMode }).strict(),
        /** `quality`: thresholds of the photo checks, chosen on fixtures (media/quality-thresholds.ts). */
        camera: z.object({ label: z.string(), quality: QualityThresholdsSchema }).strict(),
      })
      .strict(),
    ui: z
      .object({
        defaultLanguage: z.enum(LANGUAGES),
        idleSeconds: z.number().int().min(15).max(1800),
        idleWarningSeconds: z.number().int().min(5).max(300),
        elderModeDefault: z.boolean(),
      })
      .strict(),
    /**
     * Admin mode. PINs only as salted scrypt hashes (security/pin-hash.ts), written by
     * `npm run admin -- set-pin <role>`; a role without one cannot enter admin mode.
     */
    admin: z
      .object({
        pinHashes: z.object({ technician: pinHash.optional(), backOffice: pinHash.optional() }).strict(),
        /** An admin session without an admin call for this long ends (the screen goes home). */
        idleSeconds: z.number().int().min(30).max(3600),
      })
      .strict(),
    retention: z.object({ days: z.number().int().min(0).max(3650) }).strict(),
    /** The payment guide on 结果 and the receipt (Guangdong levels vary by city and year: domain.md §4.5). */
    enrollment: z
      .object({
        contributionYuan: z.number().nonnegative(),
        paymentFrom: z.string().regex(/^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, 'must be MM-DD'),
        paymentTo: z.string().regex(/^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, 'must be MM-DD'),
      })
      .strict(),
  })
  .strict()
  .refine((s) => s.ui.idleWarningSeconds < s.ui.idleSeconds, {
    path: ['ui', 'idleWarningSeconds'],
    message: 'must be shorter than ui.idleSeconds',
  });

export type Settings = z.infer<typeof SettingsSchema>;
