/// <reference lib="dom" />
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { expect, openHome, test } from './kiosk-test';

/**
 * The 生僻字 font comes with the kiosk: Chromium fetches it from the kiosk's own server (not the OS's fonts) when
 * an Ext-B character is drawn, and the character is drawn with real strokes, not the box of a missing glyph.
 */
const EXT_B = '\u{20000}'; // 𠀀, the first Ext-B character
const NO_GLYPH = '\u{E4A6}'; // a police private-use code point: no font has it, the missing-glyph box is drawn

test('an Ext-B character is drawn with the font the kiosk serves', async ({ kiosk: page }) => {
  const served: Array<{ file: string; status: number; type: string | undefined; bytes: number }> = [];
  page.on('response', (r) => {
    const file = /\/fonts\/(HanaMin[AB]\.ttf)$/.exec(r.url())?.[1];
    if (file) {
      // The body itself is too large for the inspector's cache: its size, once it has all arrived.
      void r
        .finished()
        .then(() => r.request().sizes())
        .then((sizes) => {
          served.push({
            file,
            status: r.status(),
            type: r.headers()['content-type'],
            bytes: sizes.responseBodySize,
          });
        });
    }
  });
  await openHome(page);
  const drawn = await page.evaluate(
    async ({ rare, none }) => {
      const faces = await document.fonts.load('40px "Zizhu Rare"', rare);
      const canvas = document.createElement('canvas');
      canvas.width = canvas.height = 60;
      const ctx = canvas.getContext('2d', { willReadFrequently: true }) as CanvasRenderingContext2D;
      const draw = (text: string) => {
        ctx.clearRect(0, 0, 60, 60);
        ctx.font = '40px "Zizhu Rare"';
        ctx.fillText(text, 5, 45);
        return Array.from(ctx.getImageData(0, 0, 60, 60).data.filter((_, i) => i % 4 === 3));
      };
      const glyph = draw(rare);
      const box = draw(none);
      ctx.font = '40px "Zizhu Rare"';
      return {
        faces: faces.map((f) => f.status),
        width: ctx.measureText(rare).width,
        inked: glyph.filter((a) => a > 0).length,
        sameAsBox: glyph.every((a, i) => a === box[i]),
      };
    },
    { rare: EXT_B, none: NO_GLYPH },
  );
  expect(drawn.faces).toEqual(['loaded']);
  expect(drawn.width).toBeGreaterThan(0);
  expect(drawn.inked).toBeGreaterThan(0);
  expect(drawn.sameAsBox).toBe(false);
  // The file came from the kiosk, whole (the size on the wire includes the chunked encoding's framing).
  const size = statSync(join(import.meta.dirname, '../../dist/renderer/fonts/HanaMinB.ttf')).size;
  await expect
    .poll(() => served.find((s) => s.file === 'HanaMinB.ttf'))
    .toMatchObject({
      status: 200,
      type: 'font/ttf',
    });
  expect(served.find((s) => s.file === 'HanaMinB.ttf')?.bytes).toBeGreaterThanOrEqual(size);
});
