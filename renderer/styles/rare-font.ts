/**
 * The 生僻字 font: Hanazono Mincho, shipped with the renderer in fonts/ (scripts/fonts/rare-font-plugin.ts),
 * for the name characters Noto CJK lacks. Declared here rather than in kiosk.css so the build does not try to
 * bundle files that are copied beside it; the browser fetches a file only when a character in its range is
 * drawn. The OS's own copy is the fallback, never the first choice.
 *
 * Private use (U+E000–F8FF) is deliberately not in the ranges: ID cards put police-assigned characters there,
 * and HanaMinA's private-use glyphs are other characters (CDP-EUDC), so a box is drawn and the resident is told
 * staff will check the name (renderer/flow/rare-characters.ts) instead of showing a wrong character.
 */
export const RARE_FONT_FAMILY = 'Zizhu Rare';

export const RARE_FONT_FACES = [
  // Ext-A, the compatibility ideographs and their supplement
  { file: 'HanaMinA.ttf', local: 'HanaMinA', unicodeRange: 'U+3400-4DBF, U+F900-FAFF, U+2F800-2FA1F' },
  // Ext-B..F (HanaMinB has them all), and G, H where a later copy of the font has them
  { file: 'HanaMinB.ttf', local: 'HanaMinB', unicodeRange: 'U+20000-2F7FF, U+2FA20-323AF' },
] as const;

export function registerRareFont(doc: Document = document): void {
  for (const face of RARE_FONT_FACES) {
    const url = new URL(`fonts/${face.file}`, doc.baseURI).href;
    doc.fonts.add(
      new FontFace(RARE_FONT_FAMILY, `url("${url}") format("truetype"), local("${face.local}")`, {
        unicodeRange: face.unicodeRange,
        display: 'swap',
      }),
    );
  }
}
