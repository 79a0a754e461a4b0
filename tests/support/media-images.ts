import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { FIXTURE_DIR } from '../fixtures/camera/make-fixtures';
import type { GreyImage } from '../../media/grey-image';

/** Test helpers shared by media/*.test.ts (not used by the kiosk). */
export function fixture(name: string): Buffer {
  return readFileSync(join(FIXTURE_DIR, name));
}

/** Decodes any image to grey pixels, optionally resized to an exact size. */
export async function greyOf(
  image: Uint8Array,
  size?: { width: number; height: number },
): Promise<GreyImage> {
  let img = sharp(image).autoOrient();
  if (size) img = img.resize(size.width, size.height, { fit: 'fill' });
  const { data, info } = await img.greyscale().raw().toBuffer({ resolveWithObject: true });
  return { data, width: info.width, height: info.height };
}
