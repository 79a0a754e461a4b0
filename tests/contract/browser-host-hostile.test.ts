import { mkdtempSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import type { KioskEvent } from '../../api/events';
import { KioskApiError } from '../../api/result';
import type { SimHandlers } from '../../api/sim-api';
import { simContract } from '../../api/sim-contract';
import { apiSocketUrl, WS_API_PATH } from '../../api/ws-protocol';
import { startBrowserHost, type BrowserHost } from '../../host/browser-host';
import { EventBus } from '../../kiosk/event-bus';
import { IdentityFocus } from '../../kiosk/identity-focus';
import { connectAsPage, hostToken } from '../support/page-client';
import { contractHandlers } from './kiosk-api.contract';

/**
 * The browser host as a hostile local client meets it: a real host on an ephemeral loopback port, real
 * WebSockets. The kiosk page is trusted only because it carries the host's own Origin and the token written
 * into the page the host served; anything else is turned away before the socket opens.
 */

const CARD: KioskEvent = {
  type: 'identity.card',
  person: {
    source: 'idcard',
    name: '陈秀英',
    gender: 'female',
    birthDate: '1958-03-15',
    idNumber: '440981195803150427',
    docKind: 'resident',
    address: '广东省茂名市高州市人民路1号',
    validUntil: 'long-term',
  },
};

function rendererDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'zz-renderer-'));
  writeFileSync(join(dir, 'index.html'), '<!doctype html><html><head><title>kiosk</title></head></html>');
  return dir;
}

const open: BrowserHost[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((h) => h.close()));
});

async function hostWith(
  options: { sim?: SimHandlers | null; events?: EventBus; focus?: IdentityFocus } = {},
) {
  const focus = options.focus ?? new IdentityFocus();
  const handlers = contractHandlers();
  // identity.start as the kiosk does it: the session at 身份认证 is the one the reader works for.
  handlers['identity.start'] = async ({ sessionId }) => {
    focus.claim(sessionId);
    return { reader: 'ok' };
  };
  const events = options.events ?? new EventBus(() => focus.current);
  const host = await startBrowserHost({
    kiosk: { handlers, events, sim: options.sim ?? null },
    rendererDir: rendererDir(),
    port: 0,
    bind: '127.0.0.1',
    log: () => {},
  });
  open.push(host);
  return { host, events, focus };
}

/** 'open' or the HTTP status the upgrade was refused with. */
function tryOpen(url: string, headers: { origin?: string } = {}): Promise<string> {
  return new Promise((resolve) => {
    const ws = new WebSocket(url, headers.origin ? { origin: headers.origin } : {});
    ws.on('open', () => {
      ws.close();
      resolve('open');
    });
    ws.on('unexpected-response', (_req, res) => resolve(String(res.statusCode)));
    ws.on('error', () => resolve('refused'));
  });
}

describe('the browser host against hostile clients', () => {
  it('opens the API socket for its own page: own Origin and the token it served', async () => {
    const { host } = await hostWith();
    const token = await hostToken(host.url);
    expect(token).toBe(host.token);
    expect(await tryOpen(apiSocketUrl(host.url, token), { origin: host.url })).toBe('open');
    const port = new URL(host.url).port;
    expect(await tryOpen(apiSocketUrl(host.url, token), { origin: `http://localhost:${port}` })).toBe('open');
  });

  it('refuses a socket without an Origin header, even with the right token', async () => {
    const { host } = await hostWith();
    expect(await tryOpen(apiSocketUrl(host.url, host.token))).toBe('403');
  });

  it('refuses a foreign Origin, and an own-looking Origin on another port, even with the right token', async () => {
    const { host } = await hostWith();
    const url = apiSocketUrl(host.url, host.token);
    expect(await tryOpen(url, { origin: 'http://evil.example' })).toBe('403');
    expect(await tryOpen(url, { origin: 'http://127.0.0.1:1' })).toBe('403');
    expect(await tryOpen(url, { origin: 'null' })).toBe('403');
  });

  it('refuses its own Origin without the token or with a wrong one', async () => {
    const { host } = await hostWith();
    const bare = host.url.replace('http', 'ws') + WS_API_PATH;
    expect(await tryOpen(bare, { origin: host.url })).toBe('403');
    expect(await tryOpen(apiSocketUrl(host.url, 'guess'), { origin: host.url })).toBe('403');
    const almost = host.token.slice(0, -1) + (host.token.endsWith('A') ? 'B' : 'A');
    expect(await tryOpen(apiSocketUrl(host.url, almost), { origin: host.url })).toBe('403');
  });

  it('makes a new token per launch', async () => {
    const a = await hostWith();
    const b = await hostWith();
    expect(a.host.token).not.toBe(b.host.token);
    expect(a.host.token.length).toBeGreaterThanOrEqual(40);
  });

  it('answers no request for another host name (a DNS-rebinding page cannot read the token)', async () => {
    const { host } = await hostWith();
    const { port } = new URL(host.url);
    const status = await new Promise<number>((resolve, reject) => {
      const req = request(
        { host: '127.0.0.1', port, path: '/', headers: { host: `evil.example:${port}` } },
        (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        },
      );
      req.on('error', reject);
      req.end();
    });
    expect(status).toBe(421);
  });

  it('sends a card read only to the client whose session is at 身份认证', async () => {
    const { host, events } = await hostWith();
    const resident = await connectAsPage(host.url);
    const snoop = await connectAsPage(host.url);
    const seen = { resident: [] as KioskEvent[], snoop: [] as KioskEvent[] };
    resident.subscribe((e) => seen.resident.push(e));
    snoop.subscribe((e) => seen.snoop.push(e));
    try {
      expect((await resident.call('identity.start', { sessionId: 'resident-session' })).ok).toBe(true);
      // The snoop is a connected, authenticated client with a session of its own.
      await snoop.call('session.end', { sessionId: 'snoop-session', reason: 'home' });
      events.emit(CARD);
      events.emit({ type: 'device.status', device: 'idcard', status: 'ok' });
      await expect.poll(() => seen.resident.length).toBe(2);
      await expect.poll(() => seen.snoop.length).toBe(1);
      expect(seen.resident[0]).toEqual(CARD);
      expect(seen.snoop).toEqual([{ type: 'device.status', device: 'idcard', status: 'ok' }]);
      expect(JSON.stringify(seen.snoop)).not.toContain('440981195803150427');
    } finally {
      resident.close();
      snoop.close();
    }
  });

  it('stops sending a session’s events once that session has ended', async () => {
    const { host, events, focus } = await hostWith();
    const page = await connectAsPage(host.url);
    const seen: KioskEvent[] = [];
    page.subscribe((e) => seen.push(e));
    try {
      await page.call('identity.start', { sessionId: 'visit-1' });
      await page.call('session.end', { sessionId: 'visit-1', reason: 'home' });
      focus.claim('visit-1'); // even if something still thought visit-1 were at the reader
      events.emit(CARD);
      events.emit({ type: 'device.status', device: 'printer', status: 'ok' });
      await expect.poll(() => seen.length).toBe(1);
      expect(seen[0]?.type).toBe('device.status');
    } finally {
      page.close();
    }
  });

  it('refuses to listen beyond loopback', async () => {
    for (const bind of ['0.0.0.0', '::', '192.168.1.20']) {
      await expect(
        startBrowserHost({
          kiosk: { handlers: contractHandlers(), events: new EventBus() },
          rendererDir: rendererDir(),
          port: 0,
          bind,
        }),
      ).rejects.toThrow(/loopback only/);
    }
  });

  it('has no sim.* methods without simulator handlers (production), and serves them with them (demo)', async () => {
    const production = await hostWith({ sim: null });
    const page = await connectAsPage(production.host.url);
    for (const method of Object.keys(simContract)) {
      const r = await page.sim.call(method as 'sim.removeCard', {});
      expect(r, method).toMatchObject({ ok: false, error: { code: 'unknown-method' } });
    }
    page.close();

    const removed: string[] = [];
    const sim = Object.fromEntries(
      Object.keys(simContract).map((m) => [m, () => Promise.reject(new KioskApiError('forbidden', 'real'))]),
    ) as unknown as SimHandlers;
    sim['sim.removeCard'] = async () => {
      removed.push('card');
      return {};
    };
    const demo = await hostWith({ sim });
    const demoPage = await connectAsPage(demo.host.url);
    expect(await demoPage.sim.call('sim.removeCard', {})).toEqual({ ok: true, value: {} });
    expect(await demoPage.sim.call('sim.presentCard', { cardId: 'x' })).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    expect(removed).toEqual(['card']);
    demoPage.close();
  });
});
