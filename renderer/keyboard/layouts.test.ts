import { describe, expect, it } from 'vitest';
import { checkAppend } from './input-rules';
import type { KeyboardMode } from './keyboard-mode';
import { layoutFor, type KeySpec } from './layouts';

const MODES: KeyboardMode[] = ['digits', 'idNumber', 'alphanumeric', 'pinyin', 'technical'];
const keys = (mode: KeyboardMode, latin = false): KeySpec[] => layoutFor(mode, latin).flat();
const charsOf = (mode: KeyboardMode, latin = false) =>
  keys(mode, latin).flatMap((k) => (k.kind === 'char' ? [k.char] : []));

describe('layouts', () => {
  it.each(MODES)('%s has delete, clear and done', (mode) => {
    const actions = keys(mode).flatMap((k) => (k.kind === 'action' ? [k.action] : []));
    expect(actions).toEqual(expect.arrayContaining(['backspace', 'clear', 'done']));
  });

  it('has only digits in digits mode and adds X for ID numbers', () => {
    expect(charsOf('digits').sort().join('')).toBe('0123456789');
    expect(charsOf('idNumber').sort().join('')).toBe('0123456789X');
  });

  it('has 26 letters and 10 digits in the letter layouts, with 中/英 only for pinyin', () => {
    for (const [mode, latin] of [
      ['alphanumeric', false],
      ['pinyin', false],
      ['pinyin', true],
    ] as const) {
      const letters = charsOf(mode, latin).filter((c) => /^[a-z]$/i.test(c));
      expect(new Set(letters).size).toBe(26);
      expect(charsOf(mode, latin).filter((c) => /^\d$/.test(c))).toHaveLength(10);
    }
    expect(keys('pinyin').some((k) => k.kind === 'action' && k.action === 'toggle-latin')).toBe(true);
    expect(keys('alphanumeric').some((k) => k.kind === 'action' && k.action === 'toggle-latin')).toBe(false);
    expect(charsOf('pinyin', true).filter((c) => /^[a-z]$/.test(c))).toEqual([]);
  });

  it.each(MODES)('every character key of %s is accepted by its mode', (mode) => {
    for (const char of charsOf(mode)) {
      // X is refused before the 18th character by design; everything else must be typeable into an empty field.
      if (mode === 'idNumber' && char === 'X') continue;
      expect(checkAppend(mode, '', char)).toBeNull();
    }
  });

  it('technical has what a technician types: device paths, printer addresses, URLs, both cases', () => {
    const typeable = new Set([...charsOf('technical', false), ...charsOf('technical', true), ' ']);
    for (const text of [
      '/dev/ttyUSB0',
      '/dev/usb/lp0',
      'tcp://192.168.1.50:9100',
      'https://gw.example.gov.cn/zz?x=1&y=2',
      'hid:0x0483:0x5750',
      'HD USB Camera',
      'zizhu_dev-kiosk@440902',
    ])
      for (const c of text) expect(typeable.has(c), `${c} of ${text}`).toBe(true);
    expect(charsOf('technical', false).filter((c) => /^[A-Z]$/.test(c))).toEqual([]);
    expect(charsOf('technical', true).filter((c) => /^[a-z]$/.test(c))).toEqual([]);
  });
});
