import type { LogLevel } from '../../api/admin-contract';
import { redact, redactText } from '../../security/redact';

/** One line of a log file: JSON with time (epoch ms), level, msg, and the record's other fields. */
export type LogRecord = Readonly<{ time: number; level: LogLevel; msg: string } & Record<string, unknown>>;

/** electron-log's levels folded onto the four the viewer filters by. */
export function levelOf(level: string): LogLevel {
  if (level === 'error' || level === 'warn' || level === 'info') return level;
  if (level === 'verbose') return 'info';
  return 'debug';
}

export const LEVEL_RANK: Record<LogLevel, number> = { debug: 0, info: 1, warn: 2, error: 3 };

/**
 * The arguments of one log call (console-style: strings, objects, errors) as a redacted record: strings
 * joined into `msg`, plain objects merged into fields, an Error as `err` (name, message, stack), all through
 * security/redact.ts, so no ID number, name, phone number, address or secret reaches a log file.
 */
export function toRecord(time: number, level: string, data: ReadonlyArray<unknown>): LogRecord {
  const words: string[] = [];
  const fields: Record<string, unknown> = {};
  for (const item of data) {
    if (item instanceof Error) {
      fields.err = {
        name: item.name,
        message: redactText(item.message),
        stack: redactText(item.stack ?? ''),
      };
    } else if (typeof item === 'object' && item !== null && !Array.isArray(item)) {
      Object.assign(fields, redact(item) as Record<string, unknown>);
    } else if (typeof item === 'string') words.push(redactText(item));
    else words.push(redactText(JSON.stringify(redact(item)) ?? typeof item));
  }
  delete fields.time;
  delete fields.level;
  delete fields.msg;
  return { time, level: levelOf(level), msg: words.join(' '), ...fields };
}
