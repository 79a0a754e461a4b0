import { dirname } from 'node:path';
import { writeFileAtomic } from '../../config/atomic-write';
import type { SettingProblem } from '../../config/settings-file';
import { ensurePrivateDir } from '../../security/private-file';
import { loadSecrets, ProvinceSecretsSchema, type ProvinceSecrets } from '../../security/secrets';
import { sm2PublicKeyOf } from '../../sync/sm2-signature';

/** What admin mode may know of the secrets: whether each is set, and the public half of the key. */
export type SecretsState = Readonly<{
  paasTokenSet: boolean;
  privateKeySet: boolean;
  publicKeyHex: string | null;
}>;

export type SecretsReplacement = Readonly<{
  paasToken?: string | undefined;
  privateKeyHex?: string | undefined;
}>;

export function secretsState(path: string): SecretsState {
  let secrets: ProvinceSecrets | null = null;
  try {
    secrets = loadSecrets(path);
  } catch {
    // An unreadable or damaged file holds nothing usable: shown as not set, and replacing both repairs it.
  }
  return {
    paasTokenSet: Boolean(secrets?.paasToken),
    privateKeySet: Boolean(secrets?.privateKeyHex),
    publicKeyHex: secrets ? safePublicKey(secrets.privateKeyHex) : null,
  };
}

/**
 * Replaces the paasToken and/or the SM2 private key in the secrets file (0600 in a 0700 folder, written
 * atomically). A value left out keeps the one in the file; a new file needs both. The values are checked
 * (a key must be 64 hex digits and a valid SM2 private key) and never echoed: problems name the field only.
 */
export function replaceSecrets(path: string, next: SecretsReplacement): Array<SettingProblem> {
  let existing: ProvinceSecrets | null = null;
  try {
    existing = loadSecrets(path);
  } catch {
    existing = null;
  }
  const merged = {
    paasToken: next.paasToken ?? existing?.paasToken,
    privateKeyHex: next.privateKeyHex?.trim().toLowerCase() ?? existing?.privateKeyHex,
  };
  const problems: Array<SettingProblem> = [];
  if (!merged.paasToken)
    problems.push({ field: 'paasToken', code: 'secret-missing', detail: 'no paasToken yet: give one' });
  if (!merged.privateKeyHex)
    problems.push({ field: 'privateKeyHex', code: 'secret-missing', detail: 'no private key yet: give one' });
  else if (!isPlausibleKey(merged.privateKeyHex))
    problems.push({
      field: 'privateKeyHex',
      code: 'bad-key',
      detail: 'must be 64 hex digits of an SM2 private key',
    });
  if (problems.length > 0) return problems;
  const secrets = ProvinceSecretsSchema.parse(merged);
  ensurePrivateDir(dirname(path));
  writeFileAtomic(path, `${JSON.stringify(secrets, null, 2)}\n`, 0o600);
  return [];
}

function safePublicKey(privateKeyHex: string): string | null {
  try {
    return sm2PublicKeyOf(privateKeyHex);
  } catch {
    return null;
  }
}

/** 64 hex digits, not zero, and a key the SM2 library derives a public key from. */
function isPlausibleKey(hex: string): boolean {
  return /^[0-9a-f]{64}$/.test(hex) && !/^0+$/.test(hex) && safePublicKey(hex) !== null;
}
