import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppInfo, kioskContract } from '../../api/contract';
import type { KioskEvent } from '../../api/events';
import type { KioskApi, KioskHandlers } from '../../api/kiosk-api';
import { KioskApiError } from '../../api/result';
import { defaultSettings } from '../../config/defaults';
import { EventBus } from '../../kiosk/event-bus';
import { appInfo } from '../../kiosk/app-info';
import { loadCodeTables } from '../../config/load-code-tables';

/** What a transport needs to be tested: the Node side it should reach, and a way to build the client. */
export type TransportUnderTest = Readonly<{
  api: KioskApi;
  close(): Promise<void>;
}>;
export type TransportFactory = (node: {
  handlers: KioskHandlers;
  events: EventBus;
}) => Promise<TransportUnderTest>;

/**
 * Handlers for the transport suite: the real app.info, a session.end that can be told to fail (to test error
 * envelopes), and every other method answering 'unavailable' (what they do is tested where they live).
 */
export function contractHandlers(): KioskHandlers {
  const unavailable = Object.fromEntries(
    Object.keys(kioskContract).map((m) => [
      m,
      () => Promise.reject(new KioskApiError('unavailable', 'not in this test')),
    ]),
  ) as unknown as KioskHandlers;
  return {
    ...unavailable,
    'app.info': async () =>
      appInfo(defaultSettings('/tmp/zizhu-contract'), 'browser-host', loadCodeTables('contract-default')),
    'session.end': async ({ sessionId }) => {
      if (sessionId === 'explode') throw new Error('secret internals /etc/passwd');
      if (sessionId === 'refuse') throw new KioskApiError('refused', 'not today', { reason: 'test' });
      return { wiped: sessionId === 'held' };
    },
  };
}

/** The same suite runs over Electron IPC and over the browser host's WebSocket. */
export function kioskApiContractSuite(transport: string, factory: TransportFactory): void {
  describe(`KioskApi contract over ${transport}`, () => {
    const events = new EventBus();
    let t: TransportUnderTest;
    beforeAll(async () => {
      t = await factory({ handlers: contractHandlers(), events });
    });
    afterAll(async () => t.close());

    it('answers app.info with a result that matches the contract', async () => {
      const r = await t.api.call('app.info', {});
      expect(r.ok).toBe(true);
      if (r.ok) expect(AppInfo.parse(r.value).terminalId).toBe('ZZ-DEV-0001');
    });

    it('passes validated arguments and returns the value', async () => {
      expect(await t.api.call('session.end', { sessionId: 'held', reason: 'idle' })).toEqual({
        ok: true,
        value: { wiped: true },
      });
    });

    it('refuses arguments outside the schema with bad-request, naming the field', async () => {
      const r = await t.api.call('session.end', { sessionId: '', reason: 'idle' });
      expect(r).toMatchObject({ ok: false, error: { code: 'bad-request' } });
      const extra = await t.api.call('session.end', { sessionId: 'x', reason: 'idle', admin: true } as never);
      expect(extra).toMatchObject({ ok: false, error: { code: 'bad-request' } });
      const wrongType = await t.api.call('session.end', { sessionId: 42, reason: 'sleep' } as never);
      expect(wrongType.ok).toBe(false);
      if (!wrongType.ok) {
        expect((wrongType.error.details as Array<{ path: string }>).map((d) => d.path).sort()).toEqual([
          'reason',
          'sessionId',
        ]);
      }
    });

    it('refuses unknown methods, including prototype names', async () => {
      for (const name of ['nope', '__proto__', 'constructor', 'toString']) {
        const r = await t.api.call(name as never, {} as never);
        expect(r).toMatchObject({ ok: false, error: { code: 'unknown-method' } });
      }
    });

    it('turns a handler crash into an internal error that leaks nothing', async () => {
      const r = await t.api.call('session.end', { sessionId: 'explode', reason: 'home' });
      expect(r).toEqual({ ok: false, error: { code: 'internal', message: 'session.end failed' } });
      expect(JSON.stringify(r)).not.toContain('passwd');
    });

    it('keeps the code and details a handler chose', async () => {
      expect(await t.api.call('session.end', { sessionId: 'refuse', reason: 'home' })).toEqual({
        ok: false,
        error: { code: 'refused', message: 'not today', details: { reason: 'test' } },
      });
    });

    it('delivers events to subscribers until they unsubscribe', async () => {
      const got: KioskEvent[] = [];
      const unsubscribe = t.api.subscribe((e) => got.push(e));
      await t.api.call('app.info', {}); // the subscription is live once a call has gone through
      events.emit({ type: 'device.status', device: 'printer', status: 'error', code: 'paper-out' });
      await expect.poll(() => got.length).toBe(1);
      expect(got[0]).toEqual({
        type: 'device.status',
        device: 'printer',
        status: 'error',
        code: 'paper-out',
      });
      unsubscribe();
      events.emit({ type: 'device.status', device: 'printer', status: 'ok' });
      await t.api.call('app.info', {});
      expect(got).toHaveLength(1);
    });
  });
}
