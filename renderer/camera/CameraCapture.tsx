import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PageRef } from '../../flows/wizard-types';
import { useKioskApi } from '../api/kiosk-context';
import { useShell } from '../shell/shell-context';
import { captureFrame, useDocumentCamera } from './use-document-camera';

type Review = { status: 'checking' } | { status: 'refused'; problem: string } | null;

/**
 * Live preview with a guide frame, 拍照, and the Node side's verdict: an accepted page is handed to the wizard,
 * a refused one shows the plain reason and asks for a retake.
 */
export function CameraCapture(props: {
  sessionId: string;
  onPage: (page: PageRef) => void;
  disabled?: boolean;
}) {
  const { t } = useTranslation('flow');
  const api = useKioskApi();
  const { info } = useShell();
  const { state, videoRef } = useDocumentCamera(info.camera.label);
  const [review, setReview] = useState<Review>(null);

  async function shoot() {
    const video = videoRef.current;
    if (!video) return;
    setReview({ status: 'checking' });
    try {
      const image = await captureFrame(video);
      const r = await api.call('photo.accept', { sessionId: props.sessionId, mime: 'image/jpeg', image });
      if (!r.ok) return setReview({ status: 'refused', problem: 'unreadable' });
      if (!r.value.ok) return setReview({ status: 'refused', problem: r.value.problem });
      setReview(null);
      props.onPage(r.value.page);
    } catch {
      setReview({ status: 'refused', problem: 'unreadable' });
    }
  }

  return (
    <div className="camera">
      <div className="camera__viewport">
        <video ref={videoRef} className="camera__video" muted playsInline data-testid="camera-preview" />
        <div className="camera__guide" aria-hidden="true">
          <span>{t('camera.guide')}</span>
        </div>
        {state !== 'live' && (
          <div className="camera__status" role="alert" data-testid="camera-status">
            {state === 'starting'
              ? '…'
              : state === 'denied'
                ? t('camera.denied')
                : state === 'lost'
                  ? t('camera.lost')
                  : t('camera.noCamera')}
          </div>
        )}
      </div>
      {review?.status === 'refused' && (
        <p className="alert alert--error" role="alert" data-testid="photo-problem">
          {t(`camera.problems.${review.problem}`)}
        </p>
      )}
      <button
        type="button"
        className="btn btn--primary btn--large camera__shoot"
        data-testid="shoot"
        disabled={state !== 'live' || review?.status === 'checking' || props.disabled}
        onClick={() => void shoot()}
      >
        {review?.status === 'checking'
          ? t('camera.processing')
          : review?.status === 'refused'
            ? t('camera.retake')
            : t('camera.capture')}
      </button>
    </div>
  );
}
