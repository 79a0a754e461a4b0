import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExportEncoding } from '../../api/admin-contract';
import { AdminTextField } from './keyboard/AdminTextField';

/** Where to and how to write an export: a folder (e.g. the mounted USB drive) and the CSV encoding. */
export function ExportControls(props: {
  busy: boolean;
  onExport: (folder: string, encoding: ExportEncoding) => void;
  defaultFolder?: string;
}) {
  const { t } = useTranslation('admin');
  const [folder, setFolder] = useState(props.defaultFolder ?? '/media/usb');
  const [encoding, setEncoding] = useState<ExportEncoding>('utf8-bom');
  return (
    <div className="admin-export">
      <AdminTextField
        label={t('export.folder')}
        name="folder"
        mode="technical"
        maxLength={300}
        wide
        value={folder}
        onChange={setFolder}
        testId="export-folder"
      />
      <label>
        {t('export.encoding')}
        <select
          className="admin-input"
          value={encoding}
          onChange={(e) => setEncoding(e.target.value as ExportEncoding)}
        >
          <option value="utf8-bom">{t('export.utf8')}</option>
          <option value="gb18030">{t('export.gb18030')}</option>
        </select>
      </label>
      <button
        type="button"
        className="btn btn--secondary"
        disabled={props.busy || folder.trim() === ''}
        data-testid="export-button"
        onClick={() => props.onExport(folder.trim(), encoding)}
      >
        {t('export.button')}
      </button>
    </div>
  );
}
