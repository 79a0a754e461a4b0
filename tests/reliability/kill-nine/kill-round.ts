import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openKioskDatabase } from '../../../db/open-kiosk-database';
import type { FaultPointName } from '../../../kiosk/fault-point';
import { startHarness } from '../../support/contract-harness';
import { runKioskProcess, type KioskRun } from './kiosk-process';

/** Cases per burst: each a filing with one photographed page. */
export const BURST_CASES = 4;

/** Where a round kills the kiosk: a named fault point (its n-th pass), or a timer from outside. */
export type KillPlan =
  | Readonly<{ kind: 'point'; point: FaultPointName; nth: number }>
  | Readonly<{ kind: 'timer'; afterSubmitting: number; delayMs: number }>;

/** How often each fault point is passed in one burst (one page per case: put = 2 renames, detach = 1). */
const PASSES: Readonly<Record<FaultPointName, number>> = {
  'case-in-transaction': BURST_CASES,
  'case-after-commit': BURST_CASES,
  'photo-write': 3 * BURST_CASES,
  'upload-answered': BURST_CASES,
  'submit-answered': BURST_CASES,
};
const POINTS = Object.keys(PASSES) as FaultPointName[];
/**
 * Timer kills land anywhere in a burst: up to this long after one of its submissions was announced (photo
 * writes, commits, detaches, uploads, ZZ02 and recording their answers all fall in such a window).
 */
const TIMER_SPAN_MS = 250;

/** Round `i` of a run: the first rounds go once through every named point and the timer, then at random. */
export function planRound(i: number, random: () => number): KillPlan {
  const slot = i < POINTS.length + 1 ? i : Math.floor(random() * (POINTS.length + 1));
  const point = POINTS[slot];
  if (point === undefined)
    return {
      kind: 'timer',
      afterSubmitting: 1 + Math.floor(random() * BURST_CASES),
      delayMs: Math.floor(random() * TIMER_SPAN_MS),
    };
  return { kind: 'point', point, nth: 1 + Math.floor(random() * PASSES[point]) };
}

export function describePlan(p: KillPlan): string {
  return p.kind === 'point'
    ? `${p.point}@${p.nth}`
    : `timer ${p.delayMs} ms after submission ${p.afterSubmitting}`;
}

export type RoundResult = Readonly<{
  plan: string;
  killed: boolean;
  /** 受理编号 returned to the caller (before the kill, and to the retries after the restart). */
  returned: number;
  /** Submissions in flight at the kill, retried after the restart with the same key. */
  retried: number;
  retryRefused: number;
  kioskCases: number;
  atProvince: number;
  /** Returned 受理编号 not at the province exactly once, or not accepted. */
  lost: string[];
  /** Province cases not matching exactly one kiosk case, kiosk cases never returned, or held twice. */
  extra: string[];
  /** Photo files that belong to no case after the restart. */
  orphanFiles: string[];
}>;

function why(c: {
  attention_code: string | null;
  err_msg: string | null;
  last_error: string | null;
}): string {
  const parts = [c.attention_code, c.err_msg, c.last_error].filter((p) => p);
  return parts.length ? `: ${parts.join(' / ')}` : '';
}

function lineArgs(run: KioskRun, tag: string): string[][] {
  return run.lines.filter((l) => l.startsWith(`${tag} `)).map((l) => l.slice(tag.length + 1).split(' '));
}

/**
 * One round: a fresh simulator and data directory; a burst of submissions killed by `plan`; a restart that
 * retries what was in flight and drains; then the province's own records (its cases table) against what the
 * caller was told.
 */
export async function runRound(plan: KillPlan): Promise<RoundResult> {
  const dir = mkdtempSync(join(tmpdir(), 'zizhu-kill9-'));
  const h = await startHarness({ review: { zz02AcpStas: '1' } });
  try {
    const settingsPath = join(dir, 'client.json');
    writeFileSync(settingsPath, JSON.stringify(h.settings));
    const dataDir = join(dir, 'data');
    mkdirSync(dataDir);
    const burst = await runKioskProcess(
      [dataDir, settingsPath, 'burst', String(BURST_CASES)],
      plan.kind === 'point'
        ? { faultPoint: `${plan.point}@${plan.nth}` }
        : { killTimer: { afterSubmitting: plan.afterSubmitting, delayMs: plan.delayMs } },
    );
    const killed = burst.signal === 'SIGKILL';
    if (!killed && !burst.lines.includes('drained'))
      throw new Error(`the burst process failed (code ${burst.code}):\n${burst.stderr}`);

    const returnedKeys = new Map(lineArgs(burst, 'returned').map(([key, no]) => [key ?? '', no ?? '']));
    const inFlight = burst.lines
      .filter((l) => l.startsWith('submitting '))
      .map((l) => JSON.parse(l.slice('submitting '.length)) as { key: string })
      .filter((s) => !returnedKeys.has(s.key));
    const retriesPath = join(dir, 'retries.json');
    writeFileSync(retriesPath, JSON.stringify(inFlight));
    const restart = await runKioskProcess([dataDir, settingsPath, 'restart', retriesPath]);
    if (!restart.lines.includes('drained'))
      throw new Error(`the restarted process failed (code ${restart.code}):\n${restart.stderr}`);
    for (const [key, no] of lineArgs(restart, 'returned')) returnedKeys.set(key ?? '', no ?? '');
    const retryRefused = lineArgs(restart, 'retry-refused').length;

    const db = openKioskDatabase(join(dataDir, 'kiosk.sqlite'));
    const kiosk = db
      .prepare('SELECT case_no, status, trt_dcla_detl_sn, attention_code, err_msg, last_error FROM cases')
      .all() as Array<{
      case_no: string;
      status: string;
      trt_dcla_detl_sn: string | null;
      attention_code: string | null;
      err_msg: string | null;
      last_error: string | null;
    }>;
    const photoIds = new Set(
      (db.prepare('SELECT photo_id FROM materials').all() as Array<{ photo_id: string }>).map(
        (r) => r.photo_id,
      ),
    );
    db.close();
    const province = h.sim.control.cases();
    const byNo = new Map(kiosk.map((c) => [c.case_no, c]));
    const shown = new Set(returnedKeys.values());

    const lost: string[] = [];
    for (const no of shown) {
      const c = byNo.get(no);
      const held = c ? province.filter((p) => p.trt_dcla_detl_sn === c.trt_dcla_detl_sn).length : 0;
      if (!c || c.status !== 'accepted' || held !== 1)
        lost.push(`${no} (${c ? `${c.status}, held ${held}×${why(c)}` : 'not in the kiosk database'})`);
    }
    const extra: string[] = [];
    for (const c of kiosk) if (!shown.has(c.case_no)) extra.push(`${c.case_no} committed but never returned`);
    for (const p of province) {
      const owners = kiosk.filter((c) => c.trt_dcla_detl_sn === p.trt_dcla_detl_sn);
      if (owners.length !== 1)
        extra.push(`province case ${p.trt_dcla_detl_sn} matches ${owners.length} kiosk cases`);
    }
    if (province.length !== kiosk.length)
      extra.push(`province holds ${province.length} cases, the kiosk ${kiosk.length}`);
    const orphanFiles = readdirSync(join(dataDir, 'photos')).filter(
      (name) => !photoIds.has(name.replace(/\.(photo|meta)$/, '')),
    );
    return {
      plan: describePlan(plan),
      killed,
      returned: shown.size,
      retried: inFlight.length,
      retryRefused,
      kioskCases: kiosk.length,
      atProvince: province.length,
      lost,
      extra,
      orphanFiles,
    };
  } finally {
    await h.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

export function describeRound(n: number, of: number, r: RoundResult): string {
  const problems = [
    ...r.lost.map((l) => `LOST ${l}`),
    ...r.extra,
    ...r.orphanFiles.map((f) => `orphan ${f}`),
  ];
  return (
    `kill -9 round ${n}/${of}: ${r.plan} → ${r.killed ? 'killed' : 'not reached, ran to the end'}; ` +
    `returned ${r.returned}, in flight ${r.retried} (retry refused ${r.retryRefused}), ` +
    `kiosk ${r.kioskCases}, province ${r.atProvince}; lost ${r.lost.length}` +
    (problems.length ? `: ${problems.join('; ')}` : '')
  );
}
