import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { decodeForAnalysis } from './analysis-image';
import type { GreyImage } from './grey-image';
import { findPageBounds } from './page-bounds';
import { fixture } from '../tests/support/media-images';

/** A synthetic frame: desk of one luma, an axis-aligned page of another. */
function frame(
  w: number,
  h: number,
  desk: number,
  paper: number,
  page: { l: number; t: number; r: number; b: number },
): GreyImage {
  const data = new Uint8Array(w * h).fill(desk);
  for (let y = page.t; y < page.b; y++) data.fill(paper, y * w + page.l, y * w + page.r);
  return { data, width: w, height: h };
}

describe('findPageBounds', () => {
  it('finds the page on the desk in the sharp fixture and keeps all of it', async () => {
    const a = await decodeForAnalysis(fixture('page-sharp.jpg'));
    const box = findPageBounds(a.grey);
    expect(box).not.toBeNull();
    // The page (drawn at 86 % of the frame height, centred, tilted 1.6°) spans x ≈ 33–74 %, y ≈ 5–95 %.
    const w = a.grey.width;
    const h = a.grey.height;
    expect(box!.left / w).toBeLessThan(0.27);
    expect((box!.left + box!.width) / w).toBeGreaterThan(0.74);
    expect(box!.left / w).toBeGreaterThan(0.2);
    expect((box!.left + box!.width) / w).toBeLessThan(0.8);
    expect(box!.top / h).toBeLessThan(0.05);
    expect((box!.top + box!.height) / h).toBeGreaterThan(0.95);
  });

  it('does not crop a page that fills the frame', async () => {
    const a = await decodeForAnalysis(fixture('page-full-frame.jpg'));
    expect(findPageBounds(a.grey)).toBeNull();
  });

  it('does not crop when paper and desk are alike, or the bright part is small', () => {
    expect(findPageBounds(frame(400, 300, 180, 200, { l: 100, t: 50, r: 300, b: 250 }))).toBeNull();
    expect(findPageBounds(frame(400, 300, 60, 230, { l: 180, t: 130, r: 220, b: 170 }))).toBeNull();
    expect(findPageBounds(frame(400, 300, 128, 128, { l: 0, t: 0, r: 0, b: 0 }))).toBeNull();
  });

  it('does not crop a dark page on a light desk', () => {
    expect(findPageBounds(frame(400, 300, 230, 60, { l: 100, t: 40, r: 300, b: 260 }))).toBeNull();
  });

  test.prop([
    fc.integer({ min: 0, max: 120 }),
    fc.integer({ min: 0, max: 90 }),
    fc.integer({ min: 150, max: 400 }),
    fc.integer({ min: 120, max: 300 }),
  ])('a found box always contains the whole page', (l, t, pw, ph) => {
    const page = { l, t, r: Math.min(400, l + pw), b: Math.min(300, t + ph) };
    const box = findPageBounds(frame(400, 300, 70, 235, page));
    if (box === null) return;
    expect(box.left).toBeLessThanOrEqual(page.l);
    expect(box.top).toBeLessThanOrEqual(page.t);
    expect(box.left + box.width).toBeGreaterThanOrEqual(page.r);
    expect(box.top + box.height).toBeGreaterThanOrEqual(page.b);
  });
});
