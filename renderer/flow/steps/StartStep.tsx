import { useTranslation } from 'react-i18next';
import { useWizard } from '../wizard-context';
import { MaterialDocuments } from './MaterialDocuments';

/** 开始办理: who the item is for, the materials to prepare, and for 备案 the 告知书 to accept. */
export function StartStep() {
  const { t } = useTranslation('flow');
  const [{ def, agreed }, send] = useWizard((c) => ({ def: c.definition, agreed: c.noticeAgreed }));
  return (
    <div className="start">
      <section className="panel">
        <h2>{t('start.audience')}</h2>
        <p>{t(`audience.${def.id}`)}</p>
      </section>
      <section className="panel">
        <h2>{t('start.materials')}</h2>
        {def.materials.length === 0 ? (
          <p>{t('start.materialsNone')}</p>
        ) : (
          <ol className="materials-list">
            {def.materials.map((m) => (
              <li key={m.id}>
                <MaterialDocuments documents={m.documents} />
              </li>
            ))}
          </ol>
        )}
        {def.promiseAllowed && <p className="hint">{t('start.promiseHint')}</p>}
      </section>
      {def.requiresNoticeConsent && (
        <section className="panel notice" aria-labelledby="notice-title">
          <h2 id="notice-title">{t('notice.title')}</h2>
          <div
            className="notice__text"
            role="region"
            aria-labelledby="notice-title"
            tabIndex={0}
            data-speak="document"
          >
            {(['p1', 'p2', 'p3', 'p4', 'p5', 'p6'] as const).map((p) => (
              <p key={p}>{t(`notice.paragraphs.${p}`)}</p>
            ))}
          </div>
          <label className="tick">
            <input
              type="checkbox"
              checked={agreed}
              data-testid="agree"
              aria-describedby={agreed ? undefined : 'agree-hint'}
              {...(agreed ? {} : { 'data-attention': t('start.mustAgree') })}
              onChange={(e) => send({ type: 'AGREE', agreed: e.target.checked })}
            />
            <span>{t('start.agree')}</span>
          </label>
          {!agreed && (
            <p className="hint hint--warn" id="agree-hint">
              {t('start.mustAgree')}
            </p>
          )}
        </section>
      )}
    </div>
  );
}
