import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { KIOSK_MIGRATIONS } from '../../db/migrations';
import { openSqlite, type Db } from '../../db/sqlite';
import { hashPin } from '../../security/pin-hash';
import { AdminLockout } from './admin-lockout';
import { AdminSessions, LOCK_MS, MAX_WRONG_PINS, type AdminSessionEvent } from './admin-sessions';

let officeHash: string;
beforeAll(async () => {
  officeHash = await hashPin('369258');
});

function sessionsOn(db: Db, clock: { t: number }, events: AdminSessionEvent[] = []) {
  return new AdminSessions({
    pinHashes: { backOffice: officeHash },
    lockout: new AdminLockout(db),
    idleSeconds: 60,
    now: () => clock.t,
    onEvent: (e) => events.push(e),
  });
}

const freshDb = () => {
  const path = join(mkdtempSync(join(tmpdir(), 'zz-admin-')), 'kiosk.sqlite');
  return { path, db: openSqlite(path, KIOSK_MIGRATIONS) };
};

describe('admin sessions', () => {
  it('unlocks with the right PIN; the token works for its role only', async () => {
    const { db } = freshDb();
    const s = sessionsOn(db, { t: 1_000 });
    const r = await s.unlock('backOffice', '369258');
    expect(r).toMatchObject({ ok: true, role: 'backOffice', idleSeconds: 60 });
    if (!r.ok) return;
    expect(s.verify(r.adminToken, ['backOffice'])).toMatchObject({ role: 'backOffice' });
    expect(s.verify(r.adminToken, ['technician'])).toBeNull();
    expect(s.verify('x'.repeat(43), ['backOffice'])).toBeNull();
    s.end(r.adminToken);
    expect(s.verify(r.adminToken, ['backOffice'])).toBeNull();
  });

  it('refuses a role that has no PIN: admin mode is disabled for it', async () => {
    const { db } = freshDb();
    const s = sessionsOn(db, { t: 0 });
    expect(s.status().enabled).toEqual({ technician: false, backOffice: true });
    expect(await s.unlock('technician', '369258')).toEqual({ ok: false, reason: 'disabled' });
  });

  it('ends a session left idle longer than admin.idleSeconds; use keeps it alive', async () => {
    const { db } = freshDb();
    const clock = { t: 0 };
    const events: AdminSessionEvent[] = [];
    const s = sessionsOn(db, clock, events);
    const r = await s.unlock('backOffice', '369258');
    if (!r.ok) throw new Error('unlock failed');
    clock.t = 59_000;
    expect(s.verify(r.adminToken, ['backOffice'])).not.toBeNull();
    clock.t = 59_000 + 60_001;
    expect(s.verify(r.adminToken, ['backOffice'])).toBeNull();
    expect(events.at(-1)).toMatchObject({ kind: 'ended', why: 'idle' });
  });

  it('locks admin mode for 15 minutes after five wrong PINs, and the lock survives a restart', async () => {
    const { db, path } = freshDb();
    const clock = { t: 10_000 };
    const s = sessionsOn(db, clock);
    for (let i = 1; i < MAX_WRONG_PINS; i++) {
      expect(await s.unlock('backOffice', '000000')).toEqual({
        ok: false,
        reason: 'wrong-pin',
        attemptsLeft: MAX_WRONG_PINS - i,
      });
    }
    expect(await s.unlock('backOffice', '000000')).toEqual({
      ok: false,
      reason: 'locked',
      lockedUntil: 10_000 + LOCK_MS,
    });
    db.close();

    // The kiosk restarts: a new connection, new sessions object, same file.
    const reopened = openSqlite(path, KIOSK_MIGRATIONS);
    const after = sessionsOn(reopened, clock);
    expect(after.status().lockedUntil).toBe(10_000 + LOCK_MS);
    expect(await after.unlock('backOffice', '369258')).toMatchObject({ ok: false, reason: 'locked' });
    clock.t = 10_000 + LOCK_MS + 1;
    expect(after.status().lockedUntil).toBeNull();
    expect(await after.unlock('backOffice', '369258')).toMatchObject({ ok: true });
    reopened.close();
  });

  it('counts wrong PINs across a restart too, and a right PIN resets the count', async () => {
    const { db, path } = freshDb();
    const clock = { t: 0 };
    const s = sessionsOn(db, clock);
    for (let i = 0; i < 3; i++) await s.unlock('backOffice', '111111');
    db.close();
    const reopened = openSqlite(path, KIOSK_MIGRATIONS);
    const after = sessionsOn(reopened, clock);
    expect(await after.unlock('backOffice', '111111')).toMatchObject({
      reason: 'wrong-pin',
      attemptsLeft: 1,
    });
    expect(await after.unlock('backOffice', '369258')).toMatchObject({ ok: true });
    expect(await after.unlock('backOffice', '111111')).toMatchObject({
      reason: 'wrong-pin',
      attemptsLeft: 4,
    });
    reopened.close();
  });

  it('parallel guesses are counted one by one: no sixth guess slips in', async () => {
    const { db } = freshDb();
    const s = sessionsOn(db, { t: 0 });
    const results = await Promise.all(Array.from({ length: 8 }, () => s.unlock('backOffice', '222222')));
    expect(results.filter((r) => !r.ok && r.reason === 'wrong-pin')).toHaveLength(MAX_WRONG_PINS - 1);
    expect(results.filter((r) => !r.ok && r.reason === 'locked')).toHaveLength(8 - (MAX_WRONG_PINS - 1));
  });
});
