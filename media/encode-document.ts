import sharp, { type Sharp } from './sharp';
import type { Rect } from './grey-image';

/**
 * Turns the captured frame into the JPEG that is stored and uploaded: upright (EXIF orientation applied),
 * cropped to the page when one was found, at most `maxLongSide` pixels on the long side, and at most
 * `maxBytes` bytes, choosing the highest JPEG quality that fits.
 *
 * Why these defaults: 2480 px is the long side of A4 at 300 dpi, more than a camera frame resolves of a
 * page anyway; 500 KB keeps uploads cheap on village networks and far below the province's 2 MiB limit
 * (provincial-api.md 9101). Quality never goes below MIN_QUALITY (below it, JPEG ringing starts to merge
 * the strokes of small Chinese characters); when even that does not fit, the image is scaled down.
 */
export type EncodeOptions = Readonly<{
  maxBytes: number;
  maxLongSide: number;
}>;

export const DEFAULT_ENCODE_OPTIONS: EncodeOptions = { maxBytes: 500_000, maxLongSide: 2480 };

export const START_QUALITY = 85;
export const MIN_QUALITY = 60;
/** Never scale a page below this long side to meet the size limit (≈ A4 at 180 dpi). */
export const MIN_LONG_SIDE = 1500;

export type EncodedDocument = Readonly<{ jpeg: Buffer; width: number; height: number; quality: number }>;

export class DocumentTooLargeError extends Error {
  override readonly name = 'DocumentTooLargeError';
}

/**
 * The frame to encode: the captured bytes themselves, or the frame already decoded upright to raw pixels
 * (acceptPhoto decodes it on a second core while the quality checks run, so the encode need not wait for
 * a decode once the crop is known).
 */
export type DocumentSource =
  | Readonly<{ kind: 'encoded'; bytes: Uint8Array }>
  | Readonly<{ kind: 'raw'; data: Buffer; width: number; height: number; channels: 1 | 2 | 3 | 4 }>;

/** Decodes the frame upright to raw sRGB pixels (no alpha). */
export async function decodeUpright(bytes: Uint8Array): Promise<DocumentSource> {
  const { data, info } = await sharp(bytes, { limitInputPixels: 50_000_000 })
    .autoOrient()
    .removeAlpha()
    .toColourspace('srgb')
    .raw()
    .toBuffer({ resolveWithObject: true });
  return { kind: 'raw', data, width: info.width, height: info.height, channels: info.channels };
}

function pipeline(source: DocumentSource, crop: Rect | null, longSide: number): Sharp {
  let img =
    source.kind === 'raw'
      ? sharp(source.data, { raw: { width: source.width, height: source.height, channels: source.channels } })
      : sharp(source.bytes, { limitInputPixels: 50_000_000 }).autoOrient();
  if (crop) img = img.extract(crop);
  return img
    .resize(longSide, longSide, { fit: 'inside', withoutEnlargement: true })
    .removeAlpha()
    .toColourspace('srgb');
}

async function encodeAt(
  source: DocumentSource,
  crop: Rect | null,
  longSide: number,
  quality: number,
): Promise<EncodedDocument> {
  const { data, info } = await pipeline(source, crop, longSide)
    .jpeg({ quality, chromaSubsampling: '4:2:0', optimiseCoding: true })
    .toBuffer({ resolveWithObject: true });
  return { jpeg: data, width: info.width, height: info.height, quality };
}

/**
 * Usually one encode: START_QUALITY fits for a document page. When it does not, the next quality is
 * predicted from the overshoot (JPEG size falls roughly linearly with quality in 60–90), then the image
 * is scaled by the square root of the remaining overshoot.
 */
export async function encodeDocument(
  source: DocumentSource,
  crop: Rect | null,
  options: EncodeOptions = DEFAULT_ENCODE_OPTIONS,
): Promise<EncodedDocument> {
  let longSide = options.maxLongSide;
  let quality = START_QUALITY;
  let out = await encodeAt(source, crop, longSide, quality);
  for (let attempt = 0; attempt < 6 && out.jpeg.length > options.maxBytes; attempt++) {
    const overshoot = out.jpeg.length / options.maxBytes;
    if (quality > MIN_QUALITY) {
      // Aim 5 % under the limit; size ∝ roughly (100 - quality)^-1 near these qualities.
      const predicted = Math.floor(100 - (100 - quality) * overshoot * 1.05);
      quality = Math.max(MIN_QUALITY, Math.min(quality - 3, predicted));
    } else {
      const current = Math.max(out.width, out.height);
      if (current <= MIN_LONG_SIDE) break;
      longSide = Math.max(MIN_LONG_SIDE, Math.floor((current / Math.sqrt(overshoot)) * 0.97));
    }
    out = await encodeAt(source, crop, longSide, quality);
  }
  if (out.jpeg.length > options.maxBytes) {
    throw new DocumentTooLargeError(`cannot fit ${out.width}x${out.height} into ${options.maxBytes} bytes`);
  }
  return out;
}
