import { describe, expect, it } from 'vitest';
import { KEYBOARD_I18N } from './keyboard.i18n';

describe('keyboard strings', () => {
  it('has the same non-empty keys in every locale', () => {
    const [source, ...others] = Object.values(KEYBOARD_I18N);
    const keys = Object.keys(source!).sort();
    for (const strings of others) expect(Object.keys(strings).sort()).toEqual(keys);
    for (const strings of Object.values(KEYBOARD_I18N)) {
      for (const text of Object.values(strings)) expect(text.trim()).not.toBe('');
    }
  });
});
