import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AdminTextField } from '../keyboard/AdminTextField';

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
        <AdminTextField
          label={t('ledger.note')}
          name="note"
          mode="pinyin"
          maxLength={500}
          multiline
          value={note}
          onChange={setNote}
          testId="admin-note"
        />
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
