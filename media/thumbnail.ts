import sharp from './sharp';
import type { Rect } from './grey-image';

/** Width of the confirm page's preview of each photo (CSS pixels ×2 would be wasted on the kiosk's 1080p screen). */
export const THUMBNAIL_WIDTH = 320;

export type RawRgb = Readonly<{ data: Buffer; width: number; height: number }>;

/** A small JPEG of the (cropped) page from the analysis image, which is already decoded and upright. */
export async function thumbnailFromRaw(rgb: RawRgb, crop: Rect | null): Promise<Buffer> {
  let img = sharp(rgb.data, { raw: { width: rgb.width, height: rgb.height, channels: 3 } });
  if (crop) img = img.extract(crop);
  return img.resize({ width: THUMBNAIL_WIDTH, withoutEnlargement: true }).jpeg({ quality: 75 }).toBuffer();
}

/**
 * A small JPEG from a JPEG (the vault's thumbnail(id), the 承诺书 page as sent); shrink-on-load makes this cheap.
 * Upright like the stored page, and bounded like every decode of what the renderer sends.
 */
export async function thumbnailFromJpeg(jpeg: Uint8Array): Promise<Buffer> {
  return sharp(jpeg, { limitInputPixels: 50_000_000 })
    .autoOrient()
    .resize({ width: THUMBNAIL_WIDTH, withoutEnlargement: true })
    .jpeg({ quality: 75 })
    .toBuffer();
}

export function jpegDataUrl(jpeg: Uint8Array): string {
  return `data:image/jpeg;base64,${Buffer.from(jpeg).toString('base64')}`;
}
