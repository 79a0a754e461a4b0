import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createKioskLog } from './kiosk-log';
import { logFilesReader } from './log-reader';

const freshDir = () => join(mkdtempSync(join(tmpdir(), 'zz-log-')), 'logs');

describe('the kiosk log', () => {
  it('writes JSON lines with ID numbers, names, phone numbers, addresses and secrets redacted', () => {
    const dir = freshDir();
    const log = createKioskLog({ dir, echo: false });
    log.warn('province refused 440981195803150427, call 13812345678', {
      person: { name: '陈秀英', address: '广东省茂名市新坡镇某村 12 号' },
      paasToken: 'tok-secret',
    });
    log.error('sync failed', new Error('bad certno 440981195803150427'));
    const text = readFileSync(join(dir, 'kiosk.log'), 'utf8');
    for (const secret of ['440981195803150427', '13812345678', '陈秀英', '新坡镇某村', 'tok-secret'])
      expect(text).not.toContain(secret);
    const [first, second] = text
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(first).toMatchObject({
      level: 'warn',
      msg: 'province refused 4409**********0427, call 138****5678',
      person: { name: '陈*英' },
      paasToken: '[secret]',
    });
    expect(second).toMatchObject({ level: 'error', err: { name: 'Error' } });
  });

  it('rotates by size and keeps a bounded number of files', () => {
    const dir = freshDir();
    const log = createKioskLog({ dir, echo: false, maxFileBytes: 2_000, keepFiles: 3 });
    for (let i = 0; i < 200; i++) log.info(`record ${i} ${'x'.repeat(60)}`);
    const files = readdirSync(dir).sort();
    expect(files).toEqual(['kiosk.1.log', 'kiosk.2.log', 'kiosk.3.log', 'kiosk.log']);
    for (const f of files) expect(readFileSync(join(dir, f)).length).toBeLessThan(2_000 + 200);
    expect(existsSync(join(dir, 'kiosk.4.log'))).toBe(false);
  });

  it('the viewer reads newest first across rotated files, by level and time', async () => {
    const dir = freshDir();
    const log = createKioskLog({ dir, echo: false, maxFileBytes: 1_000, keepFiles: 5 });
    for (let i = 0; i < 30; i++) (i % 3 === 0 ? log.warn : log.info)(`r${i}`);
    const reader = logFilesReader(dir);
    const all = await reader.read({ minLevel: 'debug', limit: 1000 });
    expect(all.length).toBeGreaterThan(10);
    expect(all[0]?.msg).toBe('r29');
    for (let i = 1; i < all.length; i++) expect(all[i - 1]!.time).toBeGreaterThanOrEqual(all[i]!.time);
    const warnings = await reader.read({ minLevel: 'warn', limit: 1000 });
    expect(warnings.every((e) => e.level === 'warn')).toBe(true);
    expect(warnings[0]?.msg).toBe('r27');
    const future = await reader.read({ minLevel: 'debug', from: Date.now() + 60_000, limit: 10 });
    expect(future).toEqual([]);
  });

  it('routes console output into the file and can undo it', () => {
    const dir = freshDir();
    const log = createKioskLog({ dir, echo: false });
    const undo = log.routeConsole();
    try {
      console.warn('sync deferred for 440981195803150427');
    } finally {
      undo();
    }
    const text = readFileSync(join(dir, 'kiosk.log'), 'utf8');
    expect(text).toContain('sync deferred for 4409**********0427');
  });
});
