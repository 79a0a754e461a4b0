import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { RARE_FONT_FILES, rareFontDir, rareFontSources } from './rare-font';

describe('the 生僻字 font the renderer ships', () => {
  const dirs: string[] = [];
  afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));
  const folder = (files: readonly string[]) => {
    const dir = mkdtempSync(join(tmpdir(), 'zizhu-font-'));
    dirs.push(dir);
    for (const f of files) writeFileSync(join(dir, f), 'font');
    return dir;
  };

  it('is taken from where Debian installs fonts-hanazono, unless told otherwise', () => {
    expect(rareFontDir({})).toBe('/usr/share/fonts/truetype/hanazono');
    expect(rareFontDir({ ZIZHU_RARE_FONT_DIR: '/opt/fonts' })).toBe('/opt/fonts');
  });

  it('lists both files when they are there', () => {
    const dir = folder(RARE_FONT_FILES);
    expect(rareFontSources(dir)).toEqual([join(dir, 'HanaMinA.ttf'), join(dir, 'HanaMinB.ttf')]);
  });

  it('stops the build with what to install when one is missing', () => {
    const dir = folder(['HanaMinA.ttf']);
    expect(() => rareFontSources(dir)).toThrow(
      /HanaMinB\.ttf is missing: install the Debian package fonts-hanazono/,
    );
  });
});
