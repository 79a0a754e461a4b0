/**
 * Prints the quality metrics of every fixture variant at two camera resolutions and a focus-blur sweep,
 * the evidence behind DEFAULT_QUALITY_THRESHOLDS (media/quality-thresholds.ts). Re-run after changing the
 * metrics or the fixtures:  npx tsx scripts/media/calibrate-thresholds.ts
 */
import { renderScene, type SceneVariant } from '../../tests/fixtures/camera/document-scene';
import { decodeForAnalysis } from '../../media/analysis-image';
import { findPageBounds } from '../../media/page-bounds';
import { analysisRegion } from '../../media/quality-check';
import { measureImage } from '../../media/image-metrics';

const VARIANTS: SceneVariant[] = [
  'sharp',
  'soft',
  'sparse',
  'full-page',
  'blurred',
  'dark',
  'overexposed',
  'blank',
];

async function row(width: number, variant: SceneVariant, focusSigma?: number): Promise<string> {
  const a = await decodeForAnalysis(
    await renderScene({ width, variant, ...(focusSigma ? { focusSigma } : {}) }),
  );
  const page = findPageBounds(a.grey);
  const m = measureImage(a.grey, analysisRegion(a.grey, page));
  const name = focusSigma ? `${variant} σ${focusSigma}` : variant;
  return [
    width,
    name.padEnd(14),
    page ? 'page' : 'none',
    m.whiteLevel,
    m.saturatedFraction.toFixed(3),
    m.inkFraction.toFixed(4),
    m.focus.toFixed(1),
    m.laplacianVariance.toFixed(0),
  ].join('\t');
}

console.log('width\tvariant\t\tpage\twhite\tsatur.\tink\tfocus\tlapVar');
for (const width of [1280, 3264]) {
  for (const v of VARIANTS) console.log(await row(width, v));
  for (const s of [0.8, 1.1, 1.4, 1.6, 1.8, 2.0, 2.5]) {
    console.log(await row(width, 'sharp', s));
    console.log(await row(width, 'sparse', s));
  }
}
