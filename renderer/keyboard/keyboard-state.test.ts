import { describe, expect, it } from 'vitest';
import { createPinyinDictionary } from './pinyin-dictionary';
import { PINYIN_TABLE } from './pinyin-table.data';
import {
  INITIAL_KEYBOARD_STATE,
  MAX_PINYIN_BUFFER,
  canType,
  candidatePage,
  candidatesOf,
  reduceKeyboard,
  type KeyboardAction,
  type KeyboardContext,
  type KeyboardState,
} from './keyboard-state';

const dictionary = createPinyinDictionary(PINYIN_TABLE);
const pinyin: KeyboardContext = { mode: 'pinyin', dictionary, pageSize: 6 };

/** Runs actions from an empty field; letters in a string become 'char' actions. */
function run(ctx: KeyboardContext, ...actions: (KeyboardAction | string)[]) {
  let state: KeyboardState = INITIAL_KEYBOARD_STATE;
  let value = '';
  const rejected: (string | null)[] = [];
  for (const a of actions) {
    const list: KeyboardAction[] =
      typeof a === 'string' ? [...a].map((char) => ({ type: 'char', char })) : [a];
    for (const action of list) {
      const next = reduceKeyboard(state, value, action, ctx);
      state = next.state;
      value = next.value;
      rejected.push(next.rejected);
    }
  }
  return { state, value, rejected: rejected.filter((r) => r !== null) };
}

describe('keyboard state', () => {
  it('turns typed pinyin into the picked candidate', () => {
    const typed = run(pinyin, 'guangzhou');
    expect(typed.state.buffer).toBe('guangzhou');
    expect(typed.value).toBe('');
    expect(candidatesOf(typed.state, typed.value, pinyin)[0]?.text).toBe('广州');
    const picked = run(pinyin, 'guangzhou', { type: 'pick', index: 0 });
    expect(picked).toMatchObject({ value: '广州', state: { buffer: '' } });
  });

  it('keeps the rest of the buffer after picking a leading syllable', () => {
    const typed = run(pinyin, 'tianhe');
    const index = candidatesOf(typed.state, typed.value, pinyin).findIndex((c) => c.text === '天');
    const after = run(pinyin, 'tianhe', { type: 'pick', index });
    expect(after).toMatchObject({ value: '天', state: { buffer: 'he' } });
  });

  it('deletes from the pinyin buffer first, then from the value', () => {
    const once = run(pinyin, 'tianhe', { type: 'backspace' });
    expect(once).toMatchObject({ value: '', state: { buffer: 'tianh' } });
    const value = run(pinyin, 'tianhe', { type: 'pick', index: 0 }, { type: 'backspace' });
    expect(value).toMatchObject({ value: '天', state: { buffer: '' } });
  });

  it('picks the first candidate on space, and types a space when not composing', () => {
    expect(run(pinyin, 'jiedao', { type: 'space' }).value).toBe('街道');
    expect(run(pinyin, 'jiedao', { type: 'space' }, { type: 'space' }).value).toBe('街道 ');
  });

  it('converts the pinyin before a digit or mark', () => {
    expect(run(pinyin, 'zhongshanlu', '88', 'hao', { type: 'done' }).value).toBe('中山路88号');
    expect(run(pinyin, 'guangzhou', '-').value).toBe('广州-');
  });

  it('converts what is left when done', () => {
    expect(run(pinyin, 'guangdongsheng', { type: 'done' })).toMatchObject({
      value: '广东省',
      state: { buffer: '' },
    });
  });

  it('refuses a candidate longer than the room left, keeping the buffer', () => {
    const ctx = { ...pinyin, maxLength: 3 };
    const result = run(ctx, 'guangzhou', { type: 'pick', index: 0 }, 'tianhe', { type: 'pick', index: 0 });
    expect(result.value).toBe('广州');
    expect(result.state.buffer).toBe('tianhe');
    expect(result.rejected).toEqual(['max-length']);
  });

  it('refuses pinyin letters once the field is full', () => {
    const ctx = { ...pinyin, maxLength: 2 };
    const result = run(ctx, 'guangzhou', { type: 'pick', index: 0 }, 'a');
    expect(result).toMatchObject({ value: '广州', state: { buffer: '' }, rejected: ['max-length'] });
    expect(canType(result.state, result.value, 'a', ctx)).toBe(false);
  });

  it('bounds the pinyin buffer', () => {
    const result = run(pinyin, 'a'.repeat(MAX_PINYIN_BUFFER + 3));
    expect(result.state.buffer).toHaveLength(MAX_PINYIN_BUFFER);
    expect(result.rejected).toEqual(['pinyin-too-long', 'pinyin-too-long', 'pinyin-too-long']);
  });

  it('clears value and buffer', () => {
    expect(run(pinyin, 'guangzhou', { type: 'pick', index: 0 }, 'tian', { type: 'clear' })).toMatchObject({
      value: '',
      state: { buffer: '' },
    });
  });

  it('types Latin capitals after 中/英, converting pending pinyin first', () => {
    const result = run(pinyin, 'dong', { type: 'toggle-latin' }, 'A');
    expect(result).toMatchObject({ value: '东A', state: { latin: true, buffer: '' } });
    expect(run(pinyin, { type: 'toggle-latin' }, { type: 'toggle-latin' }, 'a').state.buffer).toBe('a');
  });

  it('pages through candidates within bounds, and starts again at page 0 on new input', () => {
    const ctx = { ...pinyin, pageSize: 4 };
    const paged = run(ctx, 'guangzhou', { type: 'page', delta: 1 });
    expect(candidatePage(paged.state, paged.value, ctx)).toMatchObject({
      page: 1,
      offset: 4,
      hasPrevious: true,
    });
    expect(run(ctx, 'guangzhou', { type: 'page', delta: -1 }).state.page).toBe(0);
    const total = candidatesOf(paged.state, paged.value, ctx).length;
    const many = Array.from({ length: total }, () => ({ type: 'page', delta: 1 }) as const);
    expect(run(ctx, 'guangzhou', ...many).state.page).toBe(Math.ceil(total / 4) - 1);
    expect(run(ctx, 'guangzhou', { type: 'page', delta: 1 }, 's').state.page).toBe(0);
  });

  it('picks by absolute index on a later page', () => {
    const ctx = { ...pinyin, pageSize: 4 };
    const paged = run(ctx, 'guangzhou', { type: 'page', delta: 1 });
    const page = candidatePage(paged.state, paged.value, ctx);
    const result = run(ctx, 'guangzhou', { type: 'page', delta: 1 }, { type: 'pick', index: page.offset });
    expect(result.value).toBe(page.items[0]?.text);
  });

  it('collects letters while the table is loading and drops them if done before', () => {
    const loading = { ...pinyin, dictionary: null };
    expect(run(loading, 'guang').state.buffer).toBe('guang');
    expect(run(loading, 'guang', { type: 'done' })).toMatchObject({ value: '', state: { buffer: '' } });
  });

  it('refuses letters in digits mode and keeps X last in idNumber mode', () => {
    const digits: KeyboardContext = { mode: 'digits', dictionary: null, pageSize: 6 };
    expect(run(digits, '13a8')).toMatchObject({ value: '138', rejected: ['not-allowed'] });
    const id: KeyboardContext = { mode: 'idNumber', dictionary: null, pageSize: 6 };
    expect(run(id, '44X').value).toBe('44');
    const body = '44010619900101001';
    expect(run(id, body, 'X').value).toBe(`${body}X`);
    expect(canType(INITIAL_KEYBOARD_STATE, '4401', 'X', id)).toBe(false);
    expect(canType(INITIAL_KEYBOARD_STATE, body, 'X', id)).toBe(true);
  });
});
