import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { dispatch } from '../api/dispatch';
import type { KioskHandlers } from '../api/kiosk-api';
import { openKioskDatabase } from '../db/open-kiosk-database';
import { StaffCalls } from '../db/staff-calls';
import { createKioskHandlers, type HandlerDeps } from './handlers';
import { SessionRegistry } from './session-registry';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** Only what staff.call uses; the other handlers are not called here. */
function kioskWithStaffCalls() {
  const dir = mkdtempSync(join(tmpdir(), 'zizhu-staffcall-'));
  dirs.push(dir);
  const staffCalls = new StaffCalls(openKioskDatabase(join(dir, 'kiosk.sqlite')));
  const deps = { sessions: new SessionRegistry(), staffCalls } as unknown as HandlerDeps;
  // The resident handlers only: the admin methods are not reached here.
  return { handlers: createKioskHandlers(deps) as unknown as KioskHandlers, staffCalls };
}

describe('KioskApi staff.call', () => {
  it('records the call with its session and step for the admin screen', async () => {
    const { handlers, staffCalls } = kioskWithStaffCalls();
    const r = await dispatch(handlers, 'staff.call', { sessionId: 's-1', step: 'identity' });
    expect(r.ok).toBe(true);
    await dispatch(handlers, 'staff.call', { step: 'home' });
    expect(staffCalls.list().map((c) => [c.sessionId, c.step])).toEqual([
      [null, 'home'],
      ['s-1', 'identity'],
    ]);
  });

  it('refuses a step that is not a step name (the renderer is untrusted)', async () => {
    const { handlers, staffCalls } = kioskWithStaffCalls();
    const r = await dispatch(handlers, 'staff.call', { step: "'; DROP TABLE staff_calls; --" });
    expect(r.ok).toBe(false);
    expect(staffCalls.list()).toEqual([]);
  });
});
