import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { LogEntryView } from '../../api/admin-contract';
import type { LogSource } from '../admin/admin-handlers';
import { LOG_FILE, rotatedName } from './kiosk-log';
import { LEVEL_RANK, levelOf } from './log-record';

/**
 * The admin log viewer's source: the current log file and the rotated ones, newest first, filtered by level
 * and time; a line that is not a record (a torn last line after a power cut) is skipped.
 */
export function logFilesReader(dir: string, keepFiles = 5): LogSource {
  return {
    async read({ minLevel, from, to, limit }) {
      const out: LogEntryView[] = [];
      const files = [LOG_FILE, ...Array.from({ length: keepFiles }, (_, i) => rotatedName(i + 1))];
      for (const name of files) {
        const path = join(dir, name);
        if (!existsSync(path)) continue;
        const lines = (await readFile(path, 'utf8')).split('\n');
        for (let i = lines.length - 1; i >= 0; i--) {
          const entry = parse(lines[i] ?? '');
          if (!entry) continue;
          if (to !== undefined && entry.time >= to) continue;
          if (from !== undefined && entry.time < from) return out; // older lines and files only get older
          if (LEVEL_RANK[entry.level] < LEVEL_RANK[minLevel]) continue;
          out.push(entry);
          if (out.length >= limit) return out;
        }
      }
      return out;
    },
  };
}

function parse(line: string): LogEntryView | null {
  if (!line.startsWith('{')) return null;
  try {
    const { time, level, msg, ...fields } = JSON.parse(line) as Record<string, unknown>;
    if (typeof time !== 'number' || typeof level !== 'string') return null;
    return { time, level: levelOf(level), msg: typeof msg === 'string' ? msg : '', fields };
  } catch {
    return null;
  }
}
