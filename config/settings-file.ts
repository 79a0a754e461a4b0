import { existsSync, readFileSync } from 'node:fs';
import { writeFileAtomic } from './atomic-write';
import { SettingsSchema, type Settings } from './settings-schema';

/** A nested part of the settings (e.g. `{ devices: { idcard: { port } } }`). */
export type SettingsPatch = Readonly<Record<string, unknown>>;

/** One reason a change was refused: the setting's dotted path, a code the screen translates, an English detail. */
export type SettingProblem = Readonly<{ field: string; code: string; detail: string }>;

export type PatchOutcome =
  | Readonly<{ ok: true; settings: Settings }>
  | Readonly<{ ok: false; problems: ReadonlyArray<SettingProblem> }>;

/**
 * The settings file as admin mode edits it. A change is checked against the whole schema merged over the
 * settings in force, and only then written: into the file's own JSON (so keys a technician left out keep
 * taking their defaults), atomically. `current` is what the running kiosk uses after the last change.
 */
export class SettingsFile {
  readonly path: string;
  #current: Settings;

  constructor(path: string, current: Settings) {
    this.path = path;
    this.#current = current;
  }

  get current(): Settings {
    return this.#current;
  }

  /** What the change would make of the settings in force, or the schema's problems with it. Writes nothing. */
  preview(patch: SettingsPatch): PatchOutcome {
    const parsed = SettingsSchema.safeParse(deepMerge(this.#current, patch));
    if (parsed.success) return { ok: true, settings: parsed.data };
    return {
      ok: false,
      problems: parsed.error.issues.map((issue) => ({
        field: issue.path.map(String).join('.'),
        code: 'invalid',
        detail: issue.message,
      })),
    };
  }

  /** Validates, then writes the file atomically and makes the result `current`. */
  apply(patch: SettingsPatch): PatchOutcome {
    const outcome = this.preview(patch);
    if (!outcome.ok) return outcome;
    const file = existsSync(this.path) ? (JSON.parse(readFileSync(this.path, 'utf8')) as unknown) : {};
    const base = isPlain(file) ? file : {};
    writeFileAtomic(this.path, `${JSON.stringify(deepMerge(base, patch), null, 2)}\n`);
    this.#current = outcome.settings;
    return outcome;
  }
}

type Plain = Record<string, unknown>;

function isPlain(v: unknown): v is Plain {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function deepMerge(base: Plain, over: SettingsPatch): Plain {
  const out: Plain = { ...base };
  for (const [k, v] of Object.entries(over)) {
    const b = out[k];
    out[k] = isPlain(b) && isPlain(v) ? deepMerge(b, v) : v;
  }
  return out;
}
