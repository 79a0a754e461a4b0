import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { FAULT_POINT_ENV } from '../../../kiosk/fault-point';

const CHILD = join(import.meta.dirname, '../../support/kiosk-burst-child.ts');

export type KioskRun = Readonly<{
  /** Every stdout line the process wrote before it ended. */
  lines: string[];
  signal: NodeJS.Signals | null;
  code: number | null;
  stderr: string;
}>;

/**
 * Runs tests/support/kiosk-burst-child.ts. `faultPoint` arms a fault point (`<name>@<n>`); `killTimer` sends
 * SIGKILL from outside `delayMs` after the process announced its `afterSubmitting`-th submission (so the kill
 * lands inside the burst however fast the machine is).
 */
export function runKioskProcess(
  args: ReadonlyArray<string>,
  options: { faultPoint?: string; killTimer?: { afterSubmitting: number; delayMs: number } } = {},
): Promise<KioskRun> {
  const env: NodeJS.ProcessEnv = { ...process.env };
  delete env[FAULT_POINT_ENV];
  if (options.faultPoint) env[FAULT_POINT_ENV] = options.faultPoint;
  const child = spawn(process.execPath, ['--import', 'tsx', CHILD, ...args], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env,
  });
  const lines: string[] = [];
  let partial = '';
  let stderr = '';
  let timer: NodeJS.Timeout | null = null;
  let submitting = 0;
  child.stdout.setEncoding('utf8');
  child.stdout.on('data', (chunk: string) => {
    const parts = (partial + chunk).split('\n');
    partial = parts.pop() ?? '';
    for (const line of parts) {
      lines.push(line);
      if (!line.startsWith('submitting ') || !options.killTimer) continue;
      if (++submitting === options.killTimer.afterSubmitting)
        timer = setTimeout(() => child.kill('SIGKILL'), options.killTimer.delayMs);
    }
  });
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (chunk: string) => (stderr += chunk));
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code, signal) => {
      if (timer) clearTimeout(timer);
      if (partial) lines.push(partial);
      resolve({ lines, signal, code, stderr });
    });
  });
}
