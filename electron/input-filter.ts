/**
 * Keys that would let a resident leave, reload or inspect the kiosk page. `Menu.setApplicationMenu(null)`
 * removes the default menu's accelerators; this filter (on `before-input-event`) swallows what the page or
 * Chromium would still act on. OS-level escapes (Alt+Tab, Win+D, Ctrl+Alt+F1) cannot be stopped from here:
 * that is the compositor's job (cage / Shell Launcher, README "Locking the OS").
 */
export type KeyInput = Readonly<{
  key: string;
  code?: string;
  control: boolean;
  meta: boolean;
  alt: boolean;
  shift: boolean;
}>;

const FUNCTION_KEYS = new Set(['F5', 'F11', 'F12']);
/** With Ctrl (or Cmd): close, reload, quit, print, new window/tab, zoom. */
const COMMAND_KEYS = new Set(['w', 'r', 'q', 'p', 'n', 't', '=', '+', '-', '0']);
/** With Ctrl+Shift (or Cmd+Alt / Cmd+Shift): the developer tools. */
const DEVTOOLS_KEYS = new Set(['i', 'j', 'c']);

/** The letter the key stands for whatever Shift did to it, preferring the physical key (layout-independent). */
function letterOf(input: KeyInput): string {
  const code = input.code ?? '';
  if (/^Key[A-Z]$/.test(code)) return code.slice(3).toLowerCase();
  if (/^Digit\d$/.test(code)) return code.slice(5);
  return input.key.length === 1 ? input.key.toLowerCase() : input.key;
}

export function isBlockedShortcut(input: KeyInput): boolean {
  const key = input.key;
  if (FUNCTION_KEYS.has(key) || FUNCTION_KEYS.has(input.code ?? '')) return true;
  if (input.alt && key === 'F4') return true;
  const command = input.control || input.meta;
  if (!command) return false;
  const letter = letterOf(input);
  if ((input.shift || (input.meta && input.alt)) && DEVTOOLS_KEYS.has(letter)) return true;
  return COMMAND_KEYS.has(letter) || COMMAND_KEYS.has(key);
}
