import { chmodSync, lstatSync, mkdirSync, statSync } from 'node:fs';

/**
 * Key material is only as safe as the permissions on it. A key file must be a regular file readable by
 * its owner alone (at most 0600) in a folder only its owner can list or enter (at most 0700). Checked at
 * every start, not only when the file is made: a technician's `cp` or `chmod -R 755` later must stop the
 * kiosk with a message that says which path and which mode, rather than leave the key exposed.
 */
export class KeyPermissionError extends Error {
  override readonly name = 'KeyPermissionError';
}

const octal = (mode: number): string => `0${(mode & 0o777).toString(8).padStart(3, '0')}`;

/** Creates the folder (0700) when missing; refuses one that is not a folder or that others can use. */
export function ensurePrivateDir(dir: string): void {
  let st;
  try {
    st = statSync(dir);
  } catch {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    chmodSync(dir, 0o700);
    st = statSync(dir);
  }
  if (!st.isDirectory()) throw new KeyPermissionError(`${dir} must be a folder for key files`);
  if ((st.mode & 0o077) !== 0) {
    throw new KeyPermissionError(
      `key folder ${dir} has mode ${octal(st.mode)}; it must be 0700 (owner only): chmod 700 ${dir}`,
    );
  }
}

/** Refuses a key file that is a symlink, not a regular file, or readable or writable by others. */
export function checkPrivateFile(path: string): void {
  const st = lstatSync(path);
  if (st.isSymbolicLink()) throw new KeyPermissionError(`key file ${path} must not be a symbolic link`);
  if (!st.isFile()) throw new KeyPermissionError(`key file ${path} must be a regular file`);
  if ((st.mode & 0o077) !== 0) {
    throw new KeyPermissionError(
      `key file ${path} has mode ${octal(st.mode)}; it must be 0600 (owner only): chmod 600 ${path}`,
    );
  }
}
