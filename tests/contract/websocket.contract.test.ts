import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { apiSocketUrl } from '../../api/ws-protocol';
import { EventBus } from '../../kiosk/event-bus';
import { startBrowserHost } from '../../host/browser-host';
import { connectAsPage } from '../support/page-client';
import { hostileRendererSuite } from './hostile-renderer.contract';
import { contractHandlers, kioskApiContractSuite, type TransportFactory } from './kiosk-api.contract';

function rendererDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'zz-renderer-'));
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>kiosk</title>');
  return dir;
}

const factory: TransportFactory = async (node) => {
  const host = await startBrowserHost({
    kiosk: node,
    rendererDir: rendererDir(),
    port: 0,
    bind: '127.0.0.1',
    log: () => {},
  });
  const api = await connectAsPage(host.url);
  return {
    api,
    async close() {
      api.close();
      await host.close();
    },
  };
};
kioskApiContractSuite('the browser host WebSocket', factory);
hostileRendererSuite('the browser host WebSocket', factory);

describe('browser host specifics', () => {
  it('serves the renderer with a CSP and nothing outside its folder', async () => {
    const host = await startBrowserHost({
      kiosk: { handlers: contractHandlers(), events: new EventBus() },
      rendererDir: rendererDir(),
      port: 0,
      bind: '127.0.0.1',
    });
    try {
      const page = await fetch(`${host.url}/some/route`);
      expect(page.status).toBe(200);
      expect(await page.text()).toContain('<title>kiosk</title>');
      expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
      const traversal = await fetch(`${host.url}/..%2f..%2fetc%2fpasswd`);
      expect(await traversal.text()).not.toContain('root:');
    } finally {
      await host.close();
    }
  });

  it('survives malformed frames and answers the next call', async () => {
    const host = await startBrowserHost({
      kiosk: { handlers: contractHandlers(), events: new EventBus() },
      rendererDir: rendererDir(),
      port: 0,
      bind: '127.0.0.1',
    });
    const raw = new WebSocket(apiSocketUrl(host.url, host.token), { origin: host.url });
    try {
      await new Promise((r) => raw.once('open', r));
      const answer = new Promise<string>((r) => raw.once('message', (d: Buffer) => r(d.toString('utf8'))));
      raw.send('not json');
      raw.send(JSON.stringify({ kind: 'call', id: -1, method: 'app.info' }));
      raw.send(JSON.stringify({ kind: 'call', id: 7, method: 'app.info', args: {} }));
      expect(JSON.parse(await answer)).toMatchObject({ kind: 'result', id: 7, result: { ok: true } });
    } finally {
      raw.close();
      await host.close();
    }
  });

  it('picks up a restarted host and its new token without reloading the page', async () => {
    const first = await startBrowserHost({
      kiosk: { handlers: contractHandlers(), events: new EventBus() },
      rendererDir: rendererDir(),
      port: 0,
      bind: '127.0.0.1',
    });
    const { port } = new URL(first.url);
    const api = await connectAsPage(first.url);
    expect((await api.call('app.info', {})).ok).toBe(true);
    await first.close();
    const second = await startBrowserHost({
      kiosk: { handlers: contractHandlers(), events: new EventBus() },
      rendererDir: rendererDir(),
      port: Number(port),
      bind: '127.0.0.1',
    });
    try {
      expect(second.token).not.toBe(first.token);
      // The first call after the restart is refused (old token) and fetches the new one; a later one gets in.
      await expect
        .poll(async () => (await api.call('app.info', {})).ok, { timeout: 5_000, interval: 100 })
        .toBe(true);
    } finally {
      api.close();
      await second.close();
    }
  });

  it('resolves calls in flight with a transport error when the host goes away', async () => {
    const slow = contractHandlers();
    slow['app.info'] = () => new Promise(() => {}); // never answers
    const host = await startBrowserHost({
      kiosk: { handlers: slow, events: new EventBus() },
      rendererDir: rendererDir(),
      port: 0,
      bind: '127.0.0.1',
    });
    const api = await connectAsPage(host.url);
    const pending = api.call('app.info', {});
    await new Promise((r) => setTimeout(r, 100));
    await host.close();
    expect(await pending).toMatchObject({ ok: false, error: { code: 'transport' } });
    api.close();
  });
});
