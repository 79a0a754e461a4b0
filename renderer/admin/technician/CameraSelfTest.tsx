import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TechResultOf } from '../../../api/technician-contract';
import { captureFrame, useDocumentCamera } from '../../camera/use-document-camera';
import { useAdmin } from '../admin-context';

type CameraResult = TechResultOf<'tech.cameraTest'>;

/**
 * The camera's self-test: the live picture of the configured camera, a frame captured from it and measured by
 * the Node side exactly like a resident's page (sharpness, exposure, ink), with the thresholds in force.
 */
export function CameraSelfTest(props: { label: string }) {
  const { t } = useTranslation('tech');
  const admin = useAdmin();
  const { state, videoRef } = useDocumentCamera(props.label);
  const [running, setRunning] = useState(false);
  const [result, setResult] = useState<CameraResult | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  async function run() {
    const video = videoRef.current;
    if (!video) return;
    setRunning(true);
    setFailure(null);
    setResult(null);
    try {
      const image = await captureFrame(video);
      const r = await admin.call('tech.cameraTest', { image });
      if (r.ok) setResult(r.value);
      else setFailure(t('selfTest.failures.failed'));
    } catch {
      setFailure(t('selfTest.failures.failed'));
    }
    setRunning(false);
  }

  const m = result?.metrics;
  return (
    <div className="tech-selftest tech-selftest--camera" data-testid="selftest-camera">
      <video ref={videoRef} className="tech-camera" muted playsInline />
      {state !== 'live' && state !== 'starting' && (
        <p className="admin-badge admin-badge--bad">{t(`selfTest.failures.${state}`)}</p>
      )}
      <button
        type="button"
        className="btn btn--secondary"
        disabled={running || state !== 'live'}
        onClick={() => void run()}
      >
        {running ? t('selfTest.running') : t('selfTest.run')}
      </button>
      {failure && <p className="admin-badge admin-badge--bad">{failure}</p>}
      {result && (
        <div role="status" className="tech-camera__result">
          <p className={result.ok ? 'admin-badge admin-badge--ok' : 'admin-badge admin-badge--bad'}>
            {result.ok
              ? t('selfTest.cameraOk')
              : t('selfTest.cameraBad', { problem: t(`selfTest.camera.${result.problem ?? 'unreadable'}`) })}
          </p>
          {m && (
            <p data-testid="camera-figures">
              {t('selfTest.figures', {
                focus: m.focus.toFixed(0),
                minFocus: result.thresholds.minFocus,
                white: m.whiteLevel.toFixed(0),
                minWhite: result.thresholds.minWhiteLevel,
                ink: m.inkFraction.toFixed(3),
                minInk: result.thresholds.minInkFraction,
              })}
            </p>
          )}
          {result.width !== null && (
            <p>{t('selfTest.size', { width: result.width, height: result.height })}</p>
          )}
        </div>
      )}
    </div>
  );
}
