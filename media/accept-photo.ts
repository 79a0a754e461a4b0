import { decodeForAnalysis, UnreadableImageError, type AnalysisImage } from './analysis-image';
import {
  decodeUpright,
  encodeDocument,
  DEFAULT_ENCODE_OPTIONS,
  type DocumentSource,
  type EncodedDocument,
  type EncodeOptions,
} from './encode-document';
import { scaleRect, type Rect } from './grey-image';
import type { ImageMetrics } from './image-metrics';
import { findPageBounds } from './page-bounds';
import { checkQuality, type QualityProblem } from './quality-check';
import { DEFAULT_QUALITY_THRESHOLDS, type QualityThresholds } from './quality-thresholds';
import type { PhotoVault, StoredPhoto } from './photo-vault';
import { jpegDataUrl, thumbnailFromRaw } from './thumbnail';

/**
 * The kiosk API's one entry point for the camera step: the renderer sends the captured frame (JPEG or
 * PNG, up to 8 MP); the photo is checked, processed, sealed into the vault, and the confirm page gets a
 * thumbnail. A refusal carries a typed problem for the UI to turn into advice.
 */
export type AcceptPhotoOptions = Readonly<{
  sessionId: string;
  thresholds?: QualityThresholds;
  /** Crop to the page when a light page on a darker desk is found with confidence (default true). */
  autoCrop?: boolean;
  /** A label for the material (e.g. 'hukou-page'), kept in the vault's sealed metadata. */
  label?: string;
  encode?: EncodeOptions;
}>;

export type AcceptedPhoto = Readonly<{
  ok: true;
  photo: StoredPhoto;
  /** 320-px-wide JPEG as a data: URL for the confirm page. */
  thumbnail: string;
  metrics: ImageMetrics;
  /** Whether the photo was cropped to a detected page. */
  cropped: boolean;
  /** The region of the upright source frame that was kept (null: the whole frame), for benches and logs. */
  crop: Rect | null;
  /** The JPEG quality the encoder settled on to fit the size limit. */
  jpegQuality: number;
}>;

export type RefusedPhoto = Readonly<{ ok: false; problem: QualityProblem; metrics: ImageMetrics | null }>;

export type AcceptPhotoResult = AcceptedPhoto | RefusedPhoto;

export async function acceptPhoto(
  vault: PhotoVault,
  imageBytes: Uint8Array,
  options: AcceptPhotoOptions,
): Promise<AcceptPhotoResult> {
  const thresholds = options.thresholds ?? DEFAULT_QUALITY_THRESHOLDS;
  const autoCrop = options.autoCrop ?? true;

  const encodeOptions = options.encode ?? DEFAULT_ENCODE_OPTIONS;
  // Work on the full-size frame starts at once on a second libuv thread, while the small analysis decode
  // and the checks run (sharp gives each pipeline one libvips thread on glibc): without autoCrop the final
  // encode itself, with autoCrop the full decode, so the encode need not wait for a decode once the crop is
  // known. A refused frame wastes that work; an accepted one (the common case) is ready sooner. Errors are
  // held and surfaced only if the frame passes the checks.
  const speculative: Promise<EncodedDocument | DocumentSource | Error> = (
    autoCrop
      ? decodeUpright(imageBytes)
      : encodeDocument({ kind: 'encoded', bytes: imageBytes }, null, encodeOptions)
  ).catch((e: unknown) => (e instanceof Error ? e : new Error(String(e))));

  let analysis: AnalysisImage;
  try {
    analysis = await decodeForAnalysis(imageBytes);
  } catch (e) {
    await speculative;
    if (e instanceof UnreadableImageError) return { ok: false, problem: 'unreadable', metrics: null };
    throw e;
  }

  const page = findPageBounds(analysis.grey);
  const verdict = checkQuality(analysis.grey, page, thresholds);
  if (!verdict.ok) {
    await speculative;
    return verdict;
  }

  const previewCrop: Rect | null = autoCrop ? page : null;
  const sourceCrop = previewCrop
    ? scaleRect(
        previewCrop,
        analysis.sourceWidth / analysis.grey.width,
        analysis.sourceHeight / analysis.grey.height,
        analysis.sourceWidth,
        analysis.sourceHeight,
      )
    : null;

  // The confirm page's thumbnail comes from the analysis image while the full-size page is encoded, so only
  // the vault's sealed write is left after the encode.
  const thumbJpeg = thumbnailFromRaw(analysis.rgb, previewCrop);
  thumbJpeg.catch(() => undefined); // awaited below; an encode failure must not leave it unhandled
  const ready = await speculative;
  let encoded: EncodedDocument;
  try {
    if (ready instanceof Error) throw ready;
    encoded = 'jpeg' in ready ? ready : await encodeDocument(ready, sourceCrop, encodeOptions);
  } catch {
    // The full-size decode can fail where the preview's succeeded (damage past the first scans of a
    // progressive or truncated file), and pure noise can defeat JPEG compression (DocumentTooLargeError):
    // either way the frame is no usable document photo.
    return { ok: false, problem: 'unreadable', metrics: verdict.metrics };
  }
  const [photo, thumb] = await Promise.all([
    vault.put(encoded.jpeg, {
      sessionId: options.sessionId,
      ...(options.label ? { label: options.label } : {}),
    }),
    thumbJpeg,
  ]);
  return {
    ok: true,
    photo,
    thumbnail: jpegDataUrl(thumb),
    metrics: verdict.metrics,
    cropped: sourceCrop !== null,
    crop: sourceCrop,
    jpegQuality: encoded.quality,
  };
}
