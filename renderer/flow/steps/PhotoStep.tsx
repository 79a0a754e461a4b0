import { useTranslation } from 'react-i18next';
import { CameraCapture } from '../../camera/CameraCapture';
import { PhotoThumbnail } from '../../camera/PhotoThumbnail';
import { PromiseSign } from '../../camera/PromiseSign';
import { PROOF_ERROR_KEY } from '../../../flows/service-machine';
import { useKioskApi } from '../../api/kiosk-context';
import { useWizard } from '../wizard-context';
import { MaterialDocuments } from './MaterialDocuments';
import { useSessionId } from '../session-id';

/**
 * 拍照: one material at a time (live preview, 拍照, review, more pages, next), or — where the item allows it —
 * a 个人承诺书 signed on screen instead of the proofs.
 */
export function PhotoStep() {
  const { t } = useTranslation('flow');
  const api = useKioskApi();
  const sessionId = useSessionId();
  const [ctx, send] = useWizard((c) => c);
  const def = ctx.definition;
  const material = def.materials[ctx.materialIndex];
  const pages = material ? (ctx.pages[material.id] ?? []) : [];
  const full = material !== undefined && pages.length >= material.maxPages;

  return (
    <div className="photos">
      {def.promiseAllowed && (
        <fieldset className="choice-row">
          <legend>{t('materials.proofChoice')}</legend>
          {(['photos', 'promise'] as const).map((mode) => (
            <button
              key={mode}
              type="button"
              className="choice"
              aria-pressed={ctx.proofMode === mode}
              data-testid={`proof-${mode}`}
              onClick={() => send({ type: 'CHOOSE_PROOF', mode })}
            >
              {t(mode === 'photos' ? 'materials.usePhotos' : 'materials.usePromise')}
            </button>
          ))}
        </fieldset>
      )}
      {ctx.errors[PROOF_ERROR_KEY] && (
        <p
          className="alert alert--error"
          role="alert"
          data-testid="proof-error"
          data-attention=""
          tabIndex={-1}
        >
          {t(`errors.${ctx.errors[PROOF_ERROR_KEY]}`)}
        </p>
      )}
      {ctx.proofMode === 'promise' ? (
        <PromiseSign
          sessionId={sessionId}
          name={ctx.answers.psn_name ?? ''}
          idNumber={ctx.answers.certno ?? ''}
          itemTitle={t(`items:${def.id}.title`)}
          signed={ctx.promisePage !== null}
          onSigned={(page) => send({ type: 'SIGN_PROMISE', page })}
        />
      ) : (
        material && (
          <div className="photos__material">
            <h2 className="photos__title">
              <span className="photos__progress">
                {t('materials.progress', { current: ctx.materialIndex + 1, total: def.materials.length })}
              </span>
              <MaterialDocuments documents={material.documents} />
            </h2>
            <div className="photos__layout">
              <CameraCapture
                sessionId={sessionId}
                disabled={full}
                onPage={(page) => send({ type: 'ADD_PAGE', materialId: material.id, page })}
              />
              <aside className="photos__pages" aria-live="polite">
                <p>{t('materials.pages', { count: pages.length })}</p>
                <ul>
                  {pages.map((p, i) => (
                    <li key={p.photoId} data-testid="page-thumb">
                      <PhotoThumbnail src={p.thumbnail} alt={`${i + 1}`} />
                      <button
                        type="button"
                        className="btn btn--ghost"
                        onClick={() => {
                          send({ type: 'REMOVE_PAGE', materialId: material.id, photoId: p.photoId });
                          void api.call('photo.discard', { sessionId, photoId: p.photoId });
                        }}
                      >
                        {t('camera.removePage')}
                      </button>
                    </li>
                  ))}
                </ul>
              </aside>
            </div>
          </div>
        )
      )}
    </div>
  );
}
