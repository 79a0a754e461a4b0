import type { Language } from '../../api/languages';

/**
 * The prompt set: which i18n strings the kiosk speaks, cut into the pieces that are pre-rendered as clips.
 * Shared by the build (scripts/voice/render-prompts.ts renders one clip per piece and voice) and the renderer
 * (renderer/voice/speech-plan.ts finds the pieces in the text on the screen). A string with placeholders
 * ("{{seconds}} 秒后…") becomes one piece per stretch of fixed text; the values between are spoken from the
 * character and number clips, or by an OS voice where the kiosk has one.
 */

/** A namespace's spoken keys: those that start with an `include` entry and, where given, match `only`. */
type KeyRule = Readonly<{ include: readonly string[]; only?: RegExp }>;

export const SPOKEN_KEYS: Readonly<Record<string, KeyRule>> = {
  common: {
    // instructions, the idle warning, general errors, help; not the labels of buttons or the simulator panel
    include: [
      'home.welcome',
      'home.hint',
      'home.outOfService.',
      'idle.warningTitle',
      'idle.warningBody',
      'errors.',
      // the Help dialog as it opens (title, what to do, what to bring) and the answer to 呼叫工作人员
      'help.title',
      'help.doTitle',
      'help.bringTitle',
      'help.steps.',
      'help.staff.called',
      'help.staff.failed',
    ],
  },
  // item titles, spoken inside the 承诺书 ("申请办理{{item}}"); not the long home-screen tiles
  items: { include: [''], only: /^[\w-]+\.title$/ },
  flow: {
    // every instruction, problem, status and result; option lists only where a result reads them out
    include: [
      'steps.',
      'identity.',
      'start.',
      'audience.',
      'notice.',
      'fields.',
      'hints.',
      'options.insutype.',
      'options.fil_type.',
      'errors.',
      'materials.',
      'camera.',
      'promise.',
      'confirm.',
      'result.',
      'delivery.',
      'nextSteps.',
      'query.',
      'printer.',
    ],
  },
  // why a greyed-out key of the on-screen keyboard did nothing
  keyboard: { include: ['refused'] },
};

/** Characters of a code (受理编号, 证件号码) read one by one, and small numbers ("30 秒", "有 3 项") read whole. */
export const CODE_CHARACTERS = [...'0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ'];
export const MAX_SPOKEN_NUMBER = 120;

export type PromptPiece = Readonly<{ id: string; text: string }>;
export type BundleLookup = (locale: Language, namespace: string) => unknown;

const PLACEHOLDER = /\{\{\s*[^}]+?\s*\}\}/;
/** Text with nothing to say: spaces, punctuation, symbols. */
const SILENT = /^[\s\p{P}\p{S}]*$/u;

export function isSpokenKey(namespace: string, key: string): boolean {
  const rule = SPOKEN_KEYS[namespace];
  if (!rule) return false;
  return rule.include.some((p) => key.startsWith(p)) && (rule.only?.test(key) ?? true);
}

/** A string cut at its placeholders: the fixed pieces worth saying, each with its own id. */
export function splitTemplate(id: string, text: string): PromptPiece[] {
  const parts = text.split(PLACEHOLDER);
  if (parts.length === 1) return SILENT.test(text) ? [] : [{ id, text: text.trim() }];
  return parts.flatMap((part, i) => (SILENT.test(part) ? [] : [{ id: `${id}#${i}`, text: part.trim() }]));
}

/** Every spoken piece of one locale, from its i18n bundles (namespaces not loaded yet are skipped). */
export function spokenPieces(lookup: BundleLookup, locale: Language): PromptPiece[] {
  const pieces: PromptPiece[] = [];
  for (const namespace of Object.keys(SPOKEN_KEYS)) {
    const bundle = lookup(locale, namespace);
    if (bundle === undefined) continue;
    for (const [key, text] of flatten(bundle)) {
      if (isSpokenKey(namespace, key)) pieces.push(...splitTemplate(`${namespace}:${key}`, text));
    }
  }
  return pieces;
}

/** The spoken strings with placeholders, whole (id without a piece number → template text). */
export function spokenTemplates(lookup: BundleLookup, locale: Language): Map<string, string> {
  const templates = new Map<string, string>();
  for (const namespace of Object.keys(SPOKEN_KEYS)) {
    const bundle = lookup(locale, namespace);
    if (bundle === undefined) continue;
    for (const [key, text] of flatten(bundle)) {
      if (isSpokenKey(namespace, key) && PLACEHOLDER.test(text)) templates.set(`${namespace}:${key}`, text);
    }
  }
  return templates;
}

/** The character and number pieces: ids `char:A`, `num:30`, spoken text as the voice's engine reads it. */
export function codePieces(): PromptPiece[] {
  const numbers = Array.from({ length: MAX_SPOKEN_NUMBER + 1 }, (_, n) => ({
    id: `num:${n}`,
    text: String(n),
  }));
  return [...CODE_CHARACTERS.map((c) => ({ id: `char:${c}`, text: c })), ...numbers];
}

function flatten(value: unknown, prefix = ''): Array<[string, string]> {
  if (typeof value === 'string') return [[prefix, value]];
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([k, v]) => flatten(v, prefix === '' ? k : `${prefix}.${k}`));
}
