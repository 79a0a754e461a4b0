import { describe, expect, it } from 'vitest';
import { isBlockedShortcut, type KeyInput } from './input-filter';

const key = (k: string, mods: Partial<KeyInput> = {}): KeyInput => ({
  key: k,
  code: /^[a-z]$/i.test(k) ? `Key${k.toUpperCase()}` : k,
  control: false,
  meta: false,
  alt: false,
  shift: false,
  ...mods,
});

describe('before-input-event filter', () => {
  it.each([
    ['Alt+F4', key('F4', { alt: true })],
    ['Ctrl+W', key('w', { control: true })],
    ['Cmd+W', key('w', { meta: true })],
    ['Ctrl+R', key('r', { control: true })],
    ['Cmd+R', key('r', { meta: true })],
    ['Ctrl+Shift+R', key('R', { control: true, shift: true })],
    ['Cmd+Shift+R', key('R', { meta: true, shift: true })],
    ['F5', key('F5')],
    ['Ctrl+F5', key('F5', { control: true })],
    ['F11', key('F11')],
    ['F12', key('F12')],
    ['Ctrl+Shift+I', key('I', { control: true, shift: true })],
    ['Ctrl+Shift+J', key('J', { control: true, shift: true })],
    ['Ctrl+Shift+C', key('C', { control: true, shift: true })],
    ['Cmd+Alt+I', key('i', { meta: true, alt: true })],
    ['Cmd+Shift+C', key('C', { meta: true, shift: true })],
    ['Ctrl+Q', key('q', { control: true })],
    ['Cmd+Q', key('q', { meta: true })],
    ['Ctrl+P (print dialog)', key('p', { control: true })],
    ['Ctrl+= (zoom)', { ...key('=', { control: true }), code: 'Equal' }],
    [
      'Ctrl+W on a non-Latin layout (key "ц", physical KeyW)',
      { ...key('ц', { control: true }), code: 'KeyW' },
    ],
  ])('drops %s', (_label, input) => expect(isBlockedShortcut(input)).toBe(true));

  it.each([
    ['a letter', key('a')],
    ['Shift+A', key('A', { shift: true })],
    ['a digit', { ...key('1'), code: 'Digit1' }],
    ['Backspace', key('Backspace')],
    ['Enter', key('Enter')],
    ['Ctrl+C (copy, no Shift)', key('c', { control: true })],
    ['Ctrl+V (paste)', key('v', { control: true })],
    ['F4 without Alt', key('F4')],
    ['Shift+I without Ctrl', key('I', { shift: true })],
  ])('lets %s through', (_label, input) => expect(isBlockedShortcut(input)).toBe(false));
});
