/**
 * Private-use code points: ID cards encode some rare name characters there, in the police's own font. No
 * font the kiosk can ship has those glyphs, so the screen cannot draw them (Ext-B..G characters it can, with
 * the 生僻字 font in kiosk.css).
 */
const PRIVATE_USE = /[\uE000-\uF8FF\u{F0000}-\u{FFFFD}\u{100000}-\u{10FFFD}]/u;

export function hasUndrawableCharacters(text: string): boolean {
  return PRIVATE_USE.test(text);
}
