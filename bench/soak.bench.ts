import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { SoakResult } from './support/soak-child';
import type { BenchModule, BenchResult } from './types';

/**
 * The 1,000-session soak (SPEC "Non-functional targets": resident memory growth under 10 MB). A child process
 * (`node --expose-gc --import tsx bench/support/soak-child.ts`: it must force GC, and its RSS must hold only the
 * kiosk) runs the kiosk's services and drives 50 warm-up sessions, then 1,000 measured ones, through the real
 * handlers; RSS and heapUsed are taken after forced GC before and after the 1,000. The "baseline" is the 10 MB
 * budget itself (MB = 10^6 bytes, the stricter reading).
 */

const PROJECT_ROOT = fileURLToPath(new URL('../', import.meta.url));
const CHILD = fileURLToPath(new URL('./support/soak-child.ts', import.meta.url));
const BUDGET_MB = 10;
const TIMEOUT_MS = 300_000;
const MB = 1_000_000;
const mb = (bytes: number) => (bytes / MB).toFixed(1);

function runChild(dataDir: string): Promise<SoakResult> {
  return new Promise((resolve, reject) => {
    // Own process group, so a timeout ends the child and what it started (socat) together.
    const child = spawn(process.execPath, ['--expose-gc', '--import', 'tsx', CHILD], {
      cwd: PROJECT_ROOT,
      env: { ...process.env, SOAK_DATA_DIR: dataDir },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      if (child.pid) process.kill(-child.pid, 'SIGKILL');
    }, TIMEOUT_MS);
    child.once('error', (e) => {
      clearTimeout(timer);
      reject(e);
    });
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      // Whatever the child left running in its group (the ID-card simulator's socat, if it crashed) goes too.
      try {
        if (child.pid) process.kill(-child.pid, 'SIGKILL');
      } catch {
        // the group is already empty
      }
      const line = stdout.split('\n').find((l) => l.startsWith('SOAK_RESULT '));
      if (code === 0 && line) {
        resolve(JSON.parse(line.slice('SOAK_RESULT '.length)) as SoakResult);
        return;
      }
      const why = timedOut ? `timed out after ${TIMEOUT_MS / 1000} s` : `exit ${code ?? signal}`;
      reject(new Error(`bench: soak child failed (${why}):\n${stderr.slice(-2000)}`));
    });
  });
}

export default (async (): Promise<BenchResult[]> => {
  const dataDir = mkdtempSync(join(tmpdir(), 'zizhu-soak-'));
  try {
    const r = await runChild(dataDir);
    const rssGrowth = (r.after.rss - r.before.rss) / MB;
    const heapGrowth = (r.after.heapUsed - r.before.heapUsed) / MB;
    const steps = Object.entries(r.msPerStep)
      .map(([k, v]) => `${k} ${v.toFixed(1)}`)
      .join(', ');
    return [
      {
        name: `soak: RSS growth over ${r.sessions} resident sessions / ${BUDGET_MB} MB budget`,
        unit: 'MB',
        measured: rssGrowth,
        baseline: BUDGET_MB,
        ratio: rssGrowth / BUDGET_MB,
        target: '≤ 1 (growth < 10 MB)',
        pass: rssGrowth < BUDGET_MB,
        notes:
          `after forced GC, before → halfway → after: RSS ${mb(r.before.rss)} → ${mb(r.halfway.rss)} → ${mb(r.after.rss)} MB, ` +
          `heapUsed ${mb(r.before.heapUsed)} → ${mb(r.halfway.heapUsed)} → ${mb(r.after.heapUsed)} MB (${heapGrowth >= 0 ? '+' : ''}${heapGrowth.toFixed(2)} MB), ` +
          `external ${mb(r.before.external)} → ${mb(r.after.external)} MB; ` +
          `${r.warmupSessions} warm-up sessions first; ${r.sessions} sessions in ${r.seconds.toFixed(1)} s (pipelined two deep), ` +
          `${r.casesSubmitted} cases submitted (filing-long-term with a promise page, every 50th session), ` +
          `${r.photoSize} promise page of ${(r.photoBytes / 1000).toFixed(0)} kB, ${r.readerHiccups} reader reconnects; ` +
          `wall ms per session by call (two pipelined sessions share the event loop, so these include waiting on each other): ${steps}`,
      },
    ];
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}) satisfies BenchModule;
