import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openKioskDatabase } from './open-kiosk-database';
import { StaffCalls } from './staff-calls';

const dirs: Array<string> = [];
const tempDb = () => {
  const d = mkdtempSync(join(tmpdir(), 'zizhu-staff-'));
  dirs.push(d);
  return openKioskDatabase(join(d, 'kiosk.sqlite'));
};
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe('StaffCalls', () => {
  it('records calls durably and lists them newest first', () => {
    const db = tempDb();
    let t = Date.parse('2026-12-01T09:00:00Z');
    const calls = new StaffCalls(db, () => new Date((t += 60_000)));
    calls.record({ sessionId: 's-1', step: 'identity' });
    calls.record({ sessionId: null, step: 'home' });
    expect(calls.list().map((c) => [c.sessionId, c.step])).toEqual([
      [null, 'home'],
      ['s-1', 'identity'],
    ]);
    expect(calls.list()[0]).toMatchObject({ calledAt: '2026-12-01T09:02:00.000Z', answeredAt: null });
  });

  it('marks a call answered once, and lists only the unanswered ones when asked', () => {
    const db = tempDb();
    const calls = new StaffCalls(db);
    const first = calls.record({ sessionId: 's-1', step: 'form' });
    calls.record({ sessionId: 's-2', step: 'photos' });
    expect(calls.markAnswered(first.id)).toBe(true);
    expect(calls.markAnswered(first.id)).toBe(false);
    expect(calls.list({ unansweredOnly: true }).map((c) => c.sessionId)).toEqual(['s-2']);
    expect(calls.list()).toHaveLength(2);
  });
});
