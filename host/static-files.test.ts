import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveStatic } from './static-files';

/** Small files go out in one write, large ones are streamed: both must arrive whole and with their headers. */
describe('serveStatic', () => {
  let root = '';
  let server: Server;
  let base = '';
  const small = Buffer.from('export const x = 1;\n'.repeat(5_000)); // ~100 KB, like a script chunk
  const large = Buffer.alloc(5 * 1024 * 1024, 7); // above the whole-read limit, like a font

  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'zizhu-static-'));
    mkdirSync(join(root, 'assets'));
    mkdirSync(join(root, 'fonts'));
    writeFileSync(join(root, 'index.html'), '<html><head></head><body></body></html>');
    writeFileSync(join(root, 'assets', 'app.js'), small);
    writeFileSync(join(root, 'fonts', 'big.ttf'), large);
    server = createServer((req, res) => serveStatic(root, req, res, 'tok'));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
    rmSync(root, { recursive: true, force: true });
  });

  it('sends a script whole, typed and cacheable', async () => {
    const response = await fetch(`${base}/assets/app.js`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(response.headers.get('cache-control')).toContain('immutable');
    expect(Buffer.from(await response.arrayBuffer()).equals(small)).toBe(true);
  });

  it('streams a file above the whole-read limit, every byte of it', async () => {
    const response = await fetch(`${base}/fonts/big.ttf`);
    expect(response.headers.get('content-type')).toBe('font/ttf');
    expect(Buffer.from(await response.arrayBuffer()).equals(large)).toBe(true);
  });

  it('answers an unknown path and a directory with index.html carrying the token, never cached', async () => {
    for (const path of ['/no/such/page', '/assets']) {
      const response = await fetch(`${base}${path}`);
      expect(response.headers.get('cache-control')).toBe('no-store');
      expect(await response.text()).toContain('content="tok"');
    }
  });
});
