/**
 * The keyboard as a pure step function: (state, field value, key) → (state, new value). The field value stays
 * owned by the form (controlled component); the keyboard keeps only what is its own: the pinyin letters typed
 * but not yet turned into 汉字, the candidate page and the 中/英 switch.
 */
import { preferUnitsAfterNumber } from './after-number';
import { pageOf, clampPage, type CandidatePage } from './candidate-paging';
import { append, checkAppend, deleteLast } from './input-rules';
import type { KeyboardMode, KeyRejection } from './keyboard-mode';
import type { PinyinCandidate, PinyinDictionary } from './pinyin-dictionary';

export type KeyboardState = {
  /** Pinyin letters typed, not yet converted (pinyin mode only). */
  readonly buffer: string;
  readonly page: number;
  /** 英: letter keys type Latin capitals straight into the field instead of pinyin. */
  readonly latin: boolean;
};

export type KeyboardAction =
  | { readonly type: 'char'; readonly char: string }
  | { readonly type: 'backspace' }
  | { readonly type: 'clear' }
  | { readonly type: 'space' }
  /** Picks a candidate by its index in the whole candidate list (CandidatePage.offset + position). */
  | { readonly type: 'pick'; readonly index: number }
  | { readonly type: 'page'; readonly delta: 1 | -1 }
  | { readonly type: 'toggle-latin' }
  /** Converts what is left in the buffer (each time the best candidate) before the form takes the value. */
  | { readonly type: 'done' };

export type KeyboardContext = {
  readonly mode: KeyboardMode;
  readonly maxLength?: number;
  /** Null while the table is still loading: letters collect in the buffer, no candidates yet. */
  readonly dictionary: PinyinDictionary | null;
  readonly pageSize: number;
};

export type KeyboardStep = {
  readonly state: KeyboardState;
  readonly value: string;
  readonly rejected: KeyRejection | null;
};

export const INITIAL_KEYBOARD_STATE: KeyboardState = { buffer: '', page: 0, latin: false };

/** Longest pinyin buffer: a long address phrase is ~30 letters; beyond that candidates are meaningless. */
export const MAX_PINYIN_BUFFER = 40;

/** Candidates for the buffer; `value` is the field so far (after a number, 号/栋/室 come first). */
export function candidatesOf(
  state: KeyboardState,
  value: string,
  ctx: KeyboardContext,
): readonly PinyinCandidate[] {
  if (!ctx.dictionary || state.buffer === '') return [];
  return preferUnitsAfterNumber(ctx.dictionary.lookup(state.buffer), value);
}

export function candidatePage(
  state: KeyboardState,
  value: string,
  ctx: KeyboardContext,
): CandidatePage<PinyinCandidate> {
  return pageOf(candidatesOf(state, value, ctx), state.page, ctx.pageSize);
}

/** Whether the key for `char` can do anything now; the component greys out the others (X before the 18th digit). */
export function canType(state: KeyboardState, value: string, char: string, ctx: KeyboardContext): boolean {
  if (isPinyinLetter(char, state, ctx)) {
    return (
      state.buffer.length < MAX_PINYIN_BUFFER && checkAppend(ctx.mode, value, '字', ctx.maxLength) === null
    );
  }
  return checkAppend(ctx.mode, value, char, ctx.maxLength) === null;
}

function isPinyinLetter(char: string, state: KeyboardState, ctx: KeyboardContext): boolean {
  return ctx.mode === 'pinyin' && !state.latin && /^[a-z']$/.test(char);
}

function step(state: KeyboardState, value: string, rejected: KeyRejection | null = null): KeyboardStep {
  return { state, value, rejected };
}

function pick(
  state: KeyboardState,
  value: string,
  candidate: PinyinCandidate,
  ctx: KeyboardContext,
): KeyboardStep {
  const result = append(ctx.mode, value, candidate.text, ctx.maxLength);
  if (result.rejected) return step(state, value, result.rejected);
  return step({ ...state, buffer: state.buffer.slice(candidate.consumed), page: 0 }, result.value);
}

/**
 * Converts the whole buffer, taking the best candidate each time ("zhongshanlu" → 中山路). Letters with no
 * candidate (or no table yet) are dropped: pinyin letters are never written into a Chinese field as such.
 */
function flush(state: KeyboardState, value: string, ctx: KeyboardContext): KeyboardStep {
  let current: KeyboardStep = step(state, value);
  while (current.state.buffer !== '') {
    const best = candidatesOf(current.state, current.value, ctx)[0];
    if (!best) return step({ ...current.state, buffer: '', page: 0 }, current.value);
    const next = pick(current.state, current.value, best, ctx);
    if (next.rejected) return step({ ...current.state, buffer: '', page: 0 }, current.value, next.rejected);
    current = next;
  }
  return current;
}

export function reduceKeyboard(
  state: KeyboardState,
  value: string,
  action: KeyboardAction,
  ctx: KeyboardContext,
): KeyboardStep {
  const composing = state.buffer !== '';
  switch (action.type) {
    case 'char': {
      if (isPinyinLetter(action.char, state, ctx)) {
        if (state.buffer.length >= MAX_PINYIN_BUFFER) return step(state, value, 'pinyin-too-long');
        // No room left for even one 汉字: typing more pinyin would only lead to a refused candidate.
        const full = checkAppend(ctx.mode, value, '字', ctx.maxLength);
        if (full) return step(state, value, full);
        return step({ ...state, buffer: state.buffer + action.char, page: 0 }, value);
      }
      // A digit or mark while composing first converts the pinyin, as desktop input methods do.
      const before = composing ? flush(state, value, ctx) : step(state, value);
      const result = append(ctx.mode, before.value, action.char, ctx.maxLength);
      return step(before.state, result.value, result.rejected ?? before.rejected);
    }
    case 'backspace':
      if (composing) return step({ ...state, buffer: state.buffer.slice(0, -1), page: 0 }, value);
      return step(state, deleteLast(value));
    case 'clear':
      return step({ ...state, buffer: '', page: 0 }, '');
    case 'space': {
      if (composing) {
        const best = candidatesOf(state, value, ctx)[0];
        return best ? pick(state, value, best, ctx) : step(state, value, 'not-allowed');
      }
      const result = append(ctx.mode, value, ' ', ctx.maxLength);
      return step(state, result.value, result.rejected);
    }
    case 'pick': {
      const candidate = candidatesOf(state, value, ctx)[action.index];
      return candidate ? pick(state, value, candidate, ctx) : step(state, value, 'not-allowed');
    }
    case 'page': {
      const total = candidatesOf(state, value, ctx).length;
      return step({ ...state, page: clampPage(total, state.page + action.delta, ctx.pageSize) }, value);
    }
    case 'toggle-latin': {
      const flushed = flush(state, value, ctx);
      return step({ ...flushed.state, latin: !state.latin }, flushed.value, flushed.rejected);
    }
    case 'done':
      return flush(state, value, ctx);
  }
}
