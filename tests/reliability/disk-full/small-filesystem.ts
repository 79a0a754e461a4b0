import { spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, rmdirSync, unlinkSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * A real filesystem of limited size: a tmpfs mounted on a fresh directory (needs root, as on the build
 * machines and in CI's container). `null` with the reason when it cannot be mounted.
 */
export type SmallFilesystem = Readonly<{ dir: string; unmount(): void }>;

export function mountSmallFilesystem(sizeBytes: number): SmallFilesystem | { reason: string } {
  if (process.platform !== 'linux') return { reason: 'tmpfs needs Linux' };
  if (process.getuid?.() !== 0) return { reason: 'mounting a tmpfs needs root' };
  const dir = mkdtempSync(join(tmpdir(), 'zizhu-small-fs-'));
  const r = spawnSync('mount', ['-t', 'tmpfs', '-o', `size=${sizeBytes},mode=0700`, 'tmpfs', dir], {
    encoding: 'utf8',
  });
  if (r.status !== 0) {
    rmdirSync(dir);
    return { reason: `mount -t tmpfs failed: ${r.stderr || r.error?.message || `exit ${r.status}`}` };
  }
  return {
    dir,
    unmount() {
      spawnSync('umount', [dir]);
      rmdirSync(dir);
    },
  };
}

/** Fills the filesystem holding `dir` to the last byte with a filler file; returns a function that frees it. */
export function fillUp(dir: string): () => void {
  const path = join(dir, 'filler');
  const fd = openSync(path, 'w');
  try {
    for (const size of [1 << 20, 1 << 16, 1 << 12, 1 << 9, 1]) {
      const chunk = Buffer.alloc(size, 0x5a);
      for (;;) {
        try {
          writeSync(fd, chunk);
        } catch (e) {
          if ((e as NodeJS.ErrnoException).code === 'ENOSPC') break;
          throw e;
        }
      }
    }
  } finally {
    closeSync(fd);
  }
  return () => unlinkSync(path);
}
