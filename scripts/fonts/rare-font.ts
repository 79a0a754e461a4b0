import { existsSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The 生僻字 font the kiosk ships: Hanazono Mincho (花園明朝, GlyphWiki), from Debian's fonts-hanazono, which
 * scripts/setup.sh installs. Free to redistribute (Hanazono Font License or SIL OFL 1.1, see README's
 * third-party notes). HanaMinA has CJK Ext-A and the compatibility ideographs, HanaMinB Ext-B..F (plane 2).
 * `ZIZHU_RARE_FONT_DIR` points a build machine without the Debian package at another copy of the same files.
 */
export const RARE_FONT_FILES = ['HanaMinA.ttf', 'HanaMinB.ttf'] as const;
export const RARE_FONT_URL_DIR = 'fonts';
const DEBIAN_DIR = '/usr/share/fonts/truetype/hanazono';

export function rareFontDir(env: NodeJS.ProcessEnv = process.env): string {
  return env.ZIZHU_RARE_FONT_DIR ?? DEBIAN_DIR;
}

/** The font files to ship, or an error that says what to install. */
export function rareFontSources(dir = rareFontDir()): string[] {
  const files = RARE_FONT_FILES.map((f) => join(dir, f));
  const missing = files.filter((f) => !existsSync(f));
  if (missing.length > 0) {
    throw new Error(
      `the renderer ships the 生僻字 font, but ${missing.join(', ')} is missing: install the Debian package ` +
        'fonts-hanazono (bash scripts/setup.sh does), or set ZIZHU_RARE_FONT_DIR to a folder with ' +
        RARE_FONT_FILES.join(' and '),
    );
  }
  return files;
}
