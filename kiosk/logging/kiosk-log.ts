import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import electronLog from 'electron-log/node';
import { toRecord } from './log-record';

export type KioskLogOptions = Readonly<{
  /** The folder of the log files (<dataDir>/logs). */
  dir: string;
  /** A file is rotated once it is larger than this. */
  maxFileBytes?: number;
  /** How many rotated files are kept besides the current one (kiosk.1.log is the newest). */
  keepFiles?: number;
  /** Also print each record on the process's own console (stderr/stdout): the service journal. */
  echo?: boolean;
}>;

export const LOG_FILE = 'kiosk.log';
export const rotatedName = (n: number) => `kiosk.${n}.log`;

type Level = 'debug' | 'info' | 'warn' | 'error';
export type KioskLog = Readonly<{
  [L in Level]: (message: string, ...rest: unknown[]) => void;
}> &
  Readonly<{
    dir: string;
    /** Sends console.log/info/warn/error/debug through this log (the kiosk's existing logging); returns the undo. */
    routeConsole(): () => void;
  }>;

let instances = 0;

/**
 * The kiosk's structured file log, on electron-log: JSON lines (one record per line, log-record.ts), redacted
 * before any transport sees them, rotated by size (kiosk.log → kiosk.1.log → … → kiosk.<keep>.log). Why
 * electron-log rather than pino: no dependencies of its own, size rotation built in, and the same module
 * runs in Electron's utility process and under plain Node (the browser host's core) without a worker thread.
 */
export function createKioskLog(o: KioskLogOptions): KioskLog {
  mkdirSync(o.dir, { recursive: true, mode: 0o700 });
  const maxBytes = o.maxFileBytes ?? 5 * 1024 * 1024;
  const keep = o.keepFiles ?? 5;
  const logger = electronLog.create({ logId: `zizhu-kiosk-${++instances}` });
  const file = logger.transports.file;
  file.level = 'debug';
  file.maxSize = maxBytes;
  file.sync = true;
  file.writeOptions = { flag: 'a', mode: 0o600, encoding: 'utf8' };
  file.resolvePathFn = () => join(o.dir, LOG_FILE);
  file.archiveLogFn = () => rotate(o.dir, keep);
  file.transforms = [
    ({ message }) => JSON.stringify(toRecord(message.date.getTime(), message.level, message.data)),
  ];
  const console_ = logger.transports.console;
  if (o.echo === false) console_.level = false;
  else {
    console_.level = 'debug';
    console_.transforms = [
      ({ message }) => {
        const r = toRecord(message.date.getTime(), message.level, message.data);
        const { time: _t, level: _l, msg, ...fields } = r;
        return [Object.keys(fields).length > 0 ? `${msg} ${JSON.stringify(fields)}` : msg];
      },
    ];
  }
  // Only the file and the console: nothing of the log leaves the machine.
  for (const [name, transport] of Object.entries(logger.transports)) {
    if (name !== 'file' && name !== 'console' && transport) transport.level = false;
  }

  const log = {
    dir: o.dir,
    debug: (m: string, ...rest: unknown[]) => logger.debug(m, ...rest),
    info: (m: string, ...rest: unknown[]) => logger.info(m, ...rest),
    warn: (m: string, ...rest: unknown[]) => logger.warn(m, ...rest),
    error: (m: string, ...rest: unknown[]) => logger.error(m, ...rest),
    routeConsole() {
      const saved = { ...console };
      const call =
        (level: Level) =>
        (...data: unknown[]) =>
          logger[level](...(data as [string]));
      // Replacing the methods is not a console call; the rule's allow-list is about calling them.
      Object.assign(console, {
        log: call('info'),
        info: call('info'),
        warn: call('warn'),
        error: call('error'),
        debug: call('debug'),
      });
      return () => Object.assign(console, saved);
    },
  };
  return log;
}

/** kiosk.<keep-1>.log → kiosk.<keep>.log, …, kiosk.log → kiosk.1.log; the oldest falls off. */
function rotate(dir: string, keep: number) {
  const oldest = join(dir, rotatedName(keep));
  if (existsSync(oldest)) rmSync(oldest);
  for (let n = keep - 1; n >= 1; n--) {
    const from = join(dir, rotatedName(n));
    if (existsSync(from)) renameSync(from, join(dir, rotatedName(n + 1)));
  }
  renameSync(join(dir, LOG_FILE), join(dir, rotatedName(1)));
}
