import { existsSync, readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { z } from 'zod';
import { checkPrivateFile, ensurePrivateDir } from './private-file';

/**
 * The kiosk's credentials for the provincial gateway: the SM2 private key that signs cainfo and the
 * gateway's paasToken. They live in their own JSON file (setting keys.secretsPath, mode 0600 in a 0700
 * folder, beside the data key), never in settings.json, which technicians copy, mail and paste into
 * tickets. The settings loader refuses them there (config/secret-settings.ts).
 */
export const ProvinceSecretsSchema = z
  .object({
    paasToken: z.string().min(1),
    privateKeyHex: z.string().regex(/^[0-9a-f]{64}$/i, 'must be 64 hex digits'),
  })
  .strict();

export type ProvinceSecrets = z.infer<typeof ProvinceSecretsSchema>;

export class SecretsError extends Error {
  override readonly name = 'SecretsError';
}

/** Reads and checks the secrets file; null when it does not exist (an embedded province needs none). */
export function loadSecrets(path: string): ProvinceSecrets | null {
  ensurePrivateDir(dirname(path));
  if (!existsSync(path)) return null;
  checkPrivateFile(path);
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    throw new SecretsError(`secrets file ${path} is not valid JSON (${(e as Error).message})`);
  }
  const parsed = ProvinceSecretsSchema.safeParse(raw);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.') || '(top level)'}: ${i.message}`);
    throw new SecretsError(`secrets file ${path} is not valid: ${problems.join('; ')}`);
  }
  return parsed.data;
}
