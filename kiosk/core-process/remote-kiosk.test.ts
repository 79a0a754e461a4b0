import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { KioskEvent } from '../../api/events';
import { DEFAULT_SQLITE_DRIVER } from '../../db/driver/index';
import type { IdentityPerson } from '../../flows/identity';
import { connectAsPage } from '../../tests/support/page-client';
import {
  filingSubmission,
  promisePageBase64,
  startCoreUnderHost,
  type CoreUnderHost,
} from '../../tests/support/core-under-host';
import { RestartBudget } from '../restart-budget';

/** A real core in a child process behind the real browser host, reached as the kiosk page reaches it. */
let running: CoreUnderHost | null = null;
afterEach(async () => {
  await running?.close();
  running = null;
});

const killCore = (r: CoreUnderHost) => process.kill(r.channels.at(-1)?.pid ?? 0, 'SIGKILL');
/** kill -9, then wait until the window side noticed and started the next core (a resident's retry comes later). */
const killAndAwaitRestart = async (r: CoreUnderHost) => {
  const before = r.channels.length;
  killCore(r);
  await waitFor(() => r.channels.length > before);
};
const waitFor = async (what: () => boolean, ms = 30_000) => {
  const until = Date.now() + ms;
  while (!what()) {
    if (Date.now() > until) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 50));
  }
};

describe('the kiosk core in a child process', () => {
  it('answers KioskApi calls and forwards events to the page', { timeout: 60_000 }, async () => {
    running = await startCoreUnderHost();
    expect(running.kiosk.mode).toBe('demo');
    expect(running.kiosk.sim).not.toBeNull();
    const page = await connectAsPage(running.host.url);
    const info = await page.call('app.info', {});
    expect(info.ok && info.value.shell).toBe('browser-host');
    // A bad argument is refused by the same contract validation as in-process.
    expect(await page.call('identity.start', { sessionId: '' })).toMatchObject({
      ok: false,
      error: { code: 'bad-request' },
    });

    const events: KioskEvent[] = [];
    page.subscribe((e) => events.push(e));
    const cards = await page.sim.call('sim.fixtures', {});
    const cardId = cards.ok ? cards.value.cards[0]?.id : undefined;
    expect(cardId).toBeTruthy();
    await page.sim.call('sim.presentCard', { cardId: cardId ?? '' });
    expect((await page.call('identity.start', { sessionId: 's-events' })).ok).toBe(true);
    // The card's personal event was routed by the core's identity focus to this page's session.
    await waitFor(() => events.some((e) => e.type === 'identity.card'));
    page.close();
  });

  it(
    'answers in-flight calls `unavailable` when the core is killed, then restarts it',
    { timeout: 60_000 },
    async () => {
      running = await startCoreUnderHost();
      const r = running;
      const inFlight = Promise.all(Array.from({ length: 5 }, () => r.kiosk.handlers['app.info']({})));
      killCore(r);
      // Sent, not yet answered, when the core died: `unavailable`, never a hang.
      await expect(inFlight).rejects.toMatchObject({ code: 'unavailable' });
      // The next call waits for the restarted core and succeeds.
      const info = await r.kiosk.handlers['app.info']({});
      expect(info.mode).toBe('demo');
      expect(r.channels).toHaveLength(2);
      expect(r.gaveUp).toEqual([]);
    },
  );

  it('gives up once the restart budget is spent', { timeout: 60_000 }, async () => {
    running = await startCoreUnderHost(new RestartBudget(1, 60_000));
    const r = running;
    await killAndAwaitRestart(r);
    await r.kiosk.handlers['app.info']({});
    killCore(r);
    await waitFor(() => r.gaveUp.length > 0);
    expect(r.gaveUp[0]).toMatch(/more than 1 times/);
    await expect(r.kiosk.handlers['app.info']({})).rejects.toMatchObject({ code: 'unavailable' });
  });

  it(
    'a submit retried after the core died returns the committed case, once',
    { timeout: 90_000 },
    async () => {
      running = await startCoreUnderHost();
      const r = running;
      const { handlers, sim, events } = r.kiosk;
      const sessionId = 's-submit';
      const card = new Promise<IdentityPerson>((resolve) =>
        events.subscribe((e) => {
          if (e.type === 'identity.card') resolve(e.person);
        }),
      );
      await sim?.['sim.presentCard']({ cardId: 'province:resident-insured' });
      await handlers['identity.start']({ sessionId });
      const person = await card;
      await handlers['identity.stop']({ sessionId });
      await handlers['insured.query']({ sessionId });
      const image = await promisePageBase64();
      const photo = await handlers['photo.accept']({ sessionId, mime: 'image/jpeg', kind: 'promise', image });
      if (!photo.ok) throw new Error(`promise page refused: ${photo.problem}`);
      const args = {
        sessionId,
        submission: filingSubmission(person, photo.page),
        idempotencyKey: randomUUID(),
      };

      const first = await handlers['case.submit'](args);
      await killAndAwaitRestart(r); // right after the commit, before the resident saw the 受理编号
      const again = await handlers['case.submit'](args);
      expect(again.acceptNo).toBe(first.acceptNo);
      expect(again.caseId).toBe(first.caseId);
      // Another session with the same key is still refused.
      await expect(handlers['case.submit']({ ...args, sessionId: 's-other' })).rejects.toMatchObject({
        code: 'refused',
      });
      const db = DEFAULT_SQLITE_DRIVER.open(join(r.dataDir, 'kiosk.sqlite'), { readonly: true });
      try {
        const rows = db.prepare('SELECT case_no FROM cases').all() as Array<{ case_no: string }>;
        expect(rows.map((x) => x.case_no)).toEqual([first.acceptNo]);
      } finally {
        db.close();
      }
    },
  );
});
