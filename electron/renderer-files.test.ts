import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rendererResponse, resolveRendererPath } from './renderer-files';

/** A built renderer folder with one file of every kind the kiosk ships, next to a secret it must never serve. */
const CSP = "default-src 'self'";
let base: string;
let root: string;
const files: Record<string, [Buffer, string]> = {
  'index.html': [Buffer.from('<!doctype html><title>kiosk</title>'), 'text/html; charset=utf-8'],
  'assets/index-abc.js': [Buffer.from('console.log("app")'), 'text/javascript; charset=utf-8'],
  'assets/index-abc.css': [Buffer.from('body{margin:0}'), 'text/css; charset=utf-8'],
  'assets/noto.woff2': [Buffer.from([0x77, 0x4f, 0x46, 0x32, 0, 1]), 'font/woff2'],
  // the shipped 生僻字 font (scripts/fonts/rare-font-plugin.ts)
  'fonts/HanaMinB.ttf': [Buffer.from([0, 1, 0, 0]), 'font/ttf'],
  'assets/logo.svg': [Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>'), 'image/svg+xml'],
  'assets/tile.png': [Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a]), 'image/png'],
  'locales/zh-CN.json': [Buffer.from('{"hello":"你好"}'), 'application/json; charset=utf-8'],
  'assets/decoder.wasm': [Buffer.from([0, 0x61, 0x73, 0x6d, 1, 0, 0, 0]), 'application/wasm'],
  'sounds/beep.mp3': [Buffer.from([0xff, 0xfb, 0x90]), 'audio/mpeg'],
  'sounds/done.ogg': [Buffer.from('OggS'), 'audio/ogg'],
  'sounds/tap.wav': [Buffer.from('RIFF'), 'audio/wav'],
};

beforeAll(() => {
  base = mkdtempSync(join(tmpdir(), 'zizhu-renderer-'));
  root = join(base, 'renderer');
  for (const [name, [bytes]] of Object.entries(files)) {
    mkdirSync(join(root, name, '..'), { recursive: true });
    writeFileSync(join(root, name), bytes);
  }
  writeFileSync(join(base, 'secret.json'), '{"key":"do not serve"}');
});
afterAll(() => rmSync(base, { recursive: true, force: true }));

const get = (url: string) => rendererResponse(root, url, CSP);

describe('kiosk:// serves the built renderer', () => {
  it.each(Object.entries(files))('serves %s with its own bytes and type', async (name, [bytes, type]) => {
    const res = await get(`kiosk://app/${name}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe(type);
    expect(Buffer.from(await res.arrayBuffer())).toEqual(bytes);
  });

  it.each(['kiosk://app/', 'kiosk://app', 'kiosk://app/enroll', 'kiosk://app/transfer/confirm?step=2'])(
    'answers the app route %s with index.html',
    async (url) => {
      const res = await get(url);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(await res.text()).toContain('<title>kiosk</title>');
    },
  );

  it('answers a missing asset with 404, not index.html', async () => {
    expect((await get('kiosk://app/assets/missing.js')).status).toBe(404);
  });

  it.each([
    'kiosk://app/../secret.json',
    'kiosk://app/assets/../../secret.json',
    'kiosk://app/%2e%2e/secret.json',
    'kiosk://app/.%2E/secret.json',
    'kiosk://app/assets/%2E%2E/%2e%2e/secret.json',
    'kiosk://app/..%2fsecret.json',
    'kiosk://app/assets%2F..%2F..%2Fsecret.json',
    'kiosk://app/..%5csecret.json',
    'kiosk://app/..\\secret.json',
    'kiosk://app//etc/passwd',
    `kiosk://app/${encodeURIComponent('/etc/hostname.json')}`,
    'kiosk://app/%2Fetc/passwd',
    'kiosk://app/C:/Windows/win.ini',
    'kiosk://app/index.html%00.js',
  ])('refuses %s', async (url) => {
    const res = await get(url);
    expect([403, 404]).toContain(res.status);
    expect(await res.text()).toBe('');
  });

  it('refuses another host under the scheme', async () => {
    expect((await get('kiosk://evil/index.html')).status).toBe(404);
  });

  it('never resolves a path outside the folder', () => {
    for (const url of ['kiosk://app/../secret.json', 'kiosk://app/%2e%2e%2fsecret.json']) {
      const r = resolveRendererPath(root, url);
      expect(r.kind === 'file' ? r.path.startsWith(root) : true).toBe(true);
    }
  });

  it.each(['kiosk://app/assets/index-abc.js', 'kiosk://app/enroll', 'kiosk://app/../secret.json'])(
    'sets the CSP and nosniff on %s',
    async (url) => {
      const res = await get(url);
      expect(res.headers.get('content-security-policy')).toBe(CSP);
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    },
  );
});
