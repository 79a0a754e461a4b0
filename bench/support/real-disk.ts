import { statfsSync } from 'node:fs';

/** statfs f_type of the RAM file systems (linux/magic.h), where fsync costs nothing. */
const RAM_FILE_SYSTEMS: Readonly<Record<number, string>> = { 0x01021994: 'tmpfs', 0x858458f6: 'ramfs' };

/**
 * Refuses a directory on tmpfs or ramfs: a durability figure measured there would compare two no-ops.
 * Throws an error that says which directory and how to choose another (BENCH_DIR).
 */
export function assertRealDisk(dir: string, bench: string): void {
  const fs = RAM_FILE_SYSTEMS[statfsSync(dir).type];
  if (fs !== undefined)
    throw new Error(
      `${bench}: ${dir} is on ${fs}, where fsync writes nothing to a disk; a durability figure there means ` +
        'nothing. Set BENCH_DIR to a directory on the disk the kiosk keeps its data on.',
    );
}
