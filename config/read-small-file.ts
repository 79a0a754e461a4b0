import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';

/**
 * Reads a configuration file (settings, code tables) that must be a regular file of a sane size. Named by a
 * setting, the path may be anything: `/dev/zero` or `/dev/urandom` never end, a FIFO blocks until a writer
 * comes, a directory cannot be read. Opening with O_NONBLOCK keeps a FIFO from blocking the open itself, and
 * the checks run on the opened descriptor (fstat), so what is checked is what is read.
 */
export class ConfigFileError extends Error {
  override readonly name = 'ConfigFileError';
}

/** Code tables are a few kB; the settings file less. 1 MiB is far above both and reads in milliseconds. */
export const CONFIG_FILE_MAX_BYTES = 1024 * 1024;

export function readSmallFile(path: string, maxBytes: number = CONFIG_FILE_MAX_BYTES): string {
  const fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) throw new ConfigFileError(`not a regular file (${kindOf(stat)})`);
    if (stat.size > maxBytes)
      throw new ConfigFileError(
        `${stat.size} bytes, more than the ${maxBytes} bytes a configuration file may have`,
      );
    // Read at most one byte past the limit: a file that grows while it is read is refused too.
    const buffer = Buffer.alloc(maxBytes + 1);
    let length = 0;
    for (;;) {
      const n = readSync(fd, buffer, length, buffer.length - length, null);
      if (n === 0) break;
      length += n;
      if (length > maxBytes)
        throw new ConfigFileError(`more than the ${maxBytes} bytes a configuration file may have`);
    }
    return buffer.toString('utf8', 0, length);
  } finally {
    closeSync(fd);
  }
}

function kindOf(stat: ReturnType<typeof fstatSync>): string {
  if (stat.isDirectory()) return 'a directory';
  if (stat.isCharacterDevice()) return 'a character device';
  if (stat.isBlockDevice()) return 'a block device';
  if (stat.isFIFO()) return 'a FIFO';
  if (stat.isSocket()) return 'a socket';
  return 'not a file';
}
