import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TechResultOf } from '../../../api/technician-contract';
import { useAdmin } from '../admin-context';
import { AdminTextField } from '../keyboard/AdminTextField';
import { SaveResult, type SaveMessage } from '../SaveResult';
import { problemText } from './problem-text';

type SecretsState = TechResultOf<'tech.kioskSettings'>['secrets'];

/**
 * The provincial secrets, replace only: the screen shows whether each is set, never its value, and the fields
 * are emptied once sent (the Node side never returns them either).
 */
export function SecretsForm(props: { state: SecretsState; onReplaced: () => void }) {
  const { t } = useTranslation('tech');
  const admin = useAdmin();
  const [paasToken, setPaasToken] = useState('');
  const [privateKeyHex, setPrivateKeyHex] = useState('');
  const [message, setMessage] = useState<SaveMessage | null>(null);
  const [busy, setBusy] = useState(false);

  async function replace() {
    setBusy(true);
    const r = await admin.call('tech.replaceSecrets', {
      ...(paasToken ? { paasToken } : {}),
      ...(privateKeyHex ? { privateKeyHex: privateKeyHex.trim() } : {}),
    });
    setBusy(false);
    setPaasToken('');
    setPrivateKeyHex('');
    if (!r.ok) return setMessage({ ok: false, lines: [t('selfTest.failures.failed')] });
    if (r.value.saved) {
      setMessage({ ok: true, lines: [t('kiosk.replaced')] });
      props.onReplaced();
    } else {
      setMessage({ ok: false, lines: r.value.problems.map((p) => problemText(t, p)) });
    }
  }

  const s = props.state;
  return (
    <fieldset className="tech-secrets" data-testid="secrets-form">
      <legend>{t('kiosk.secrets')}</legend>
      <p>{t('kiosk.secretsNote')}</p>
      <p>
        {t('kiosk.secretState', {
          name: t('fields.paasToken'),
          state: s.paasTokenSet ? t('kiosk.secretSet') : t('kiosk.secretNotSet'),
        })}
        {' · '}
        {t('kiosk.secretState', {
          name: t('fields.privateKeyHex'),
          state: s.privateKeySet ? t('kiosk.secretSet') : t('kiosk.secretNotSet'),
        })}
      </p>
      {s.publicKeyHex && <p className="tech-secrets__key">{t('kiosk.publicKey', { key: s.publicKeyHex })}</p>}
      <AdminTextField
        label={t('kiosk.newToken')}
        name="paasToken"
        mode="technical"
        maxLength={500}
        secret
        wide
        value={paasToken}
        onChange={setPaasToken}
      />
      <AdminTextField
        label={t('kiosk.newKey')}
        name="privateKeyHex"
        mode="technical"
        maxLength={200}
        secret
        wide
        value={privateKeyHex}
        onChange={setPrivateKeyHex}
      />
      <button
        type="button"
        className="btn btn--secondary"
        disabled={busy || (!paasToken && !privateKeyHex)}
        onClick={() => void replace()}
        data-testid="secrets-replace"
      >
        {t('kiosk.replace')}
      </button>
      <SaveResult message={message} />
    </fieldset>
  );
}
