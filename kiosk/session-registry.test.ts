import { describe, expect, it } from 'vitest';
import { SessionRegistry } from './session-registry';

describe('SessionRegistry.endAll (the shell wipes after a renderer crash)', () => {
  it('runs every cleanup for every open session, then has none left', async () => {
    const sessions = new SessionRegistry();
    const wiped: string[] = [];
    sessions.onEnd((id) => void wiped.push(`photos:${id}`));
    sessions.onEnd(async (id) => void wiped.push(`receipts:${id}`));
    sessions.touch('a');
    sessions.touch('b');
    expect(await sessions.endAll()).toBe(2);
    expect(wiped.sort()).toEqual(['photos:a', 'photos:b', 'receipts:a', 'receipts:b']);
    expect(await sessions.endAll()).toBe(0);
  });

  it('still wipes the others when one cleanup fails, and reports the failure', async () => {
    const sessions = new SessionRegistry();
    const wiped: string[] = [];
    sessions.onEnd((id) => {
      if (id === 'a') throw new Error('disk gone');
      wiped.push(id);
    });
    sessions.touch('a');
    sessions.touch('b');
    await expect(sessions.endAll()).rejects.toThrow('disk gone');
    expect(wiped).toEqual(['b']);
  });
});
