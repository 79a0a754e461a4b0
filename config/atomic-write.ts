import { closeSync, fsyncSync, openSync, renameSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';

/**
 * Replaces a file so that a power cut leaves either the old or the new content, never a torn one: write a
 * temporary file beside it, fsync it, rename it over the old one, fsync the folder (so the rename itself is
 * durable). Used for the settings file (`npm run admin -- set-pin`, the technician's settings save).
 */
export function writeFileAtomic(path: string, text: string, mode = 0o600): void {
  const temp = `${path}.${process.pid}.tmp`;
  const fd = openSync(temp, 'w', mode);
  try {
    writeSync(fd, text);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(temp, path);
  try {
    const dir = openSync(dirname(path), 'r');
    try {
      fsyncSync(dir);
    } finally {
      closeSync(dir);
    }
  } catch {
    // Some filesystems (and Windows) cannot fsync a folder; the rename is still atomic there.
  }
}
