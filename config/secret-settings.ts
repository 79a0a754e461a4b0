/**
 * Settings keys that are secrets and therefore refused in settings.json, with where they go instead.
 * settings.json is the file technicians copy, mail and paste into tickets; the secrets file
 * (keys.secretsPath, security/secrets.ts) is 0600 in a 0700 folder and checked at every start.
 */
const SECRET_KEYS: ReadonlyArray<Readonly<{ path: ReadonlyArray<string>; secretsField: string }>> = [
  { path: ['province', 'paasToken'], secretsField: 'paasToken' },
  { path: ['province', 'privateKeyHex'], secretsField: 'privateKeyHex' },
];

function has(obj: unknown, path: ReadonlyArray<string>): boolean {
  let node = obj;
  for (const key of path) {
    if (typeof node !== 'object' || node === null || !(key in node)) return false;
    node = (node as Record<string, unknown>)[key];
  }
  return true;
}

/** One problem per secret found in the settings file (an empty list when there is none). */
export function secretsInSettings(file: unknown, configPath: string, secretsPath: string): Array<string> {
  return SECRET_KEYS.filter((s) => has(file, s.path)).map(
    (s) =>
      `${s.path.join('.')} (in ${configPath}): secrets must not be in the settings file; remove it and put it ` +
      `as "${s.secretsField}" in the secrets file ${secretsPath} (mode 0600, folder 0700; setting keys.secretsPath)`,
  );
}
