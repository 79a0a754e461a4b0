import sharp, { type Metadata } from './sharp';
import { lumaFromRgb, type GreyImage } from './grey-image';

/**
 * The captured frame decoded once at a small, fixed size (upright per EXIF): the quality checks, the page
 * finder and the thumbnail all work from it. A fixed long side makes the metrics independent of the
 * camera's resolution, and for JPEG input libvips decodes at 1/2, 1/4 or 1/8 scale directly
 * (shrink-on-load), so this costs a fraction of a full decode.
 */
export const ANALYSIS_LONG_SIDE = 800;

/** Frames smaller than this (either side) cannot show a legible A4 page. */
export const MIN_SOURCE_SIDE = 480;

/** Refuse absurd inputs before libvips allocates for them (a 8 MP camera frame is far below). */
const MAX_SOURCE_PIXELS = 50_000_000;

export type AnalysisImage = Readonly<{
  /** Upright size of the source frame. */
  sourceWidth: number;
  sourceHeight: number;
  /** 'jpeg' or 'png'. */
  format: 'jpeg' | 'png';
  rgb: Readonly<{ data: Buffer; width: number; height: number }>;
  grey: GreyImage;
}>;

export class UnreadableImageError extends Error {
  override readonly name = 'UnreadableImageError';
}

/** Decodes the preview; throws UnreadableImageError for anything that is not a usable JPEG/PNG frame. */
export async function decodeForAnalysis(bytes: Uint8Array): Promise<AnalysisImage> {
  let meta: Metadata;
  try {
    meta = await sharp(bytes, { limitInputPixels: MAX_SOURCE_PIXELS }).metadata();
  } catch (e) {
    throw new UnreadableImageError(`cannot read image header: ${(e as Error).message}`);
  }
  if (meta.format !== 'jpeg' && meta.format !== 'png') {
    throw new UnreadableImageError(`unsupported image format ${String(meta.format)}`);
  }
  const { width: sourceWidth, height: sourceHeight } = meta.autoOrient;
  if (Math.min(sourceWidth, sourceHeight) < MIN_SOURCE_SIDE) {
    throw new UnreadableImageError(`frame too small: ${sourceWidth}x${sourceHeight}`);
  }
  try {
    const { data, info } = await sharp(bytes, { limitInputPixels: MAX_SOURCE_PIXELS, failOn: 'error' })
      .autoOrient()
      .resize(ANALYSIS_LONG_SIDE, ANALYSIS_LONG_SIDE, { fit: 'inside', withoutEnlargement: true })
      .removeAlpha()
      .toColourspace('srgb')
      .raw()
      .toBuffer({ resolveWithObject: true });
    const rgb = { data, width: info.width, height: info.height };
    return {
      sourceWidth,
      sourceHeight,
      format: meta.format,
      rgb,
      grey: lumaFromRgb(data, info.width, info.height, info.channels),
    };
  } catch (e) {
    throw new UnreadableImageError(`cannot decode image: ${(e as Error).message}`);
  }
}
