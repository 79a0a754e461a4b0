import { useState } from 'react';
import { useTranslation } from 'react-i18next';

/** Resend and mark-resolved both need a note: who asked, what was checked. */
export function NoteDialog(props: {
  title: string;
  busy: boolean;
  error: string | null;
  onConfirm: (note: string) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation('admin');
  const [note, setNote] = useState('');
  return (
    <div className="overlay" role="dialog" aria-labelledby="admin-note-title">
      <div className="dialog admin-note">
        <h2 id="admin-note-title">{props.title}</h2>
        <label className="admin-note__label">
          {t('ledger.note')}
          <textarea
            className="admin-input admin-note__text"
            value={note}
            maxLength={500}
            data-testid="admin-note"
            onChange={(e) => setNote(e.target.value)}
          />
        </label>
        {props.error && <p role="alert">{props.error}</p>}
        <div className="admin-note__buttons">
          <button type="button" className="btn btn--ghost" onClick={props.onCancel}>
            {t('pin.cancel')}
          </button>
          <button
            type="button"
            className="btn btn--primary"
            disabled={props.busy || note.trim() === ''}
            data-testid="admin-note-ok"
            onClick={() => props.onConfirm(note.trim())}
          >
            {t('pin.ok')}
          </button>
        </div>
      </div>
    </div>
  );
}
