import { createHash } from 'node:crypto';
import { fc, test } from '@fast-check/vitest';
import { sm2 } from 'sm-crypto';
import { describe, expect, it } from 'vitest';
import { backoffDelay } from './backoff';
import { canonicalJson } from './canonical-json';
import { gatewaySignature, makeGatewayHeaders } from './gateway-signature';
import { compactDateTime, isoDateTime, localDayStart, nextLocalMidnight, parseLocalDate } from './local-time';
import { inMaintenance, windowEndFor } from './maintenance-window';
import { parseRetryAfter } from './retry-after';
import { generateSm2KeyPair, sm2Sign, sm2Verify } from './sm2-signature';

describe('canonicalJson', () => {
  it('sorts keys recursively, keeps array order, writes no whitespace', () => {
    expect(canonicalJson({ b: 1, a: { d: [3, { z: 1, y: '中' }], c: null } })).toBe(
      '{"a":{"c":null,"d":[3,{"y":"中","z":1}]},"b":1}',
    );
  });
  test.prop([fc.jsonValue()])('parses back to an equal value and does not depend on key order', (v) => {
    const text = canonicalJson(v);
    expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(v)));
    const shuffled = JSON.parse(JSON.stringify(v), (_k, val: unknown) =>
      val && typeof val === 'object' && !Array.isArray(val)
        ? Object.fromEntries(Object.entries(val).reverse())
        : val,
    ) as unknown;
    expect(canonicalJson(shuffled)).toBe(text);
  });
});

describe('SM3withSM2 (cainfo)', () => {
  const keys = generateSm2KeyPair();
  it('is interchangeable with sm-crypto doSignature/doVerifySignature with hash: true', () => {
    const msg = canonicalJson({ data: { psn_name: '陈秀英', n: 1 } });
    expect(sm2.doVerifySignature(msg, sm2Sign(msg, keys), keys.publicKeyHex, { hash: true })).toBe(true);
    const theirs = sm2.doSignature(msg, keys.privateKeyHex, { hash: true });
    expect(sm2Verify(msg, theirs, keys.publicKeyHex)).toBe(true);
    expect(sm2Verify(`${msg} `, theirs, keys.publicKeyHex)).toBe(false);
    expect(sm2Verify(msg, theirs, generateSm2KeyPair().publicKeyHex)).toBe(false);
    expect(sm2Verify(msg, 'zz', keys.publicKeyHex)).toBe(false);
  });
});

describe('gateway signature', () => {
  it('is sha256 hex of timestamp + token + nonce + timestamp', () => {
    const expected = createHash('sha256').update('1700000000tokabcdefghijklmnop1700000000').digest('hex');
    expect(gatewaySignature('1700000000', 'tok', 'abcdefghijklmnop')).toBe(expected);
    const h = makeGatewayHeaders('pid', 'tok', 1_700_000_000_999);
    expect(h['x-tif-timestamp']).toBe('1700000000');
    expect(h['x-tif-nonce'].length).toBeGreaterThanOrEqual(16);
    expect(h['x-tif-signature']).toBe(gatewaySignature('1700000000', 'tok', h['x-tif-nonce']));
  });
});

describe('local time (UTC+8)', () => {
  const t = Date.UTC(2025, 0, 1, 16, 30, 5, 7); // 2025-01-02 00:30:05.007 in Guangdong
  it('formats in China time whatever the host zone', () => {
    expect(compactDateTime(t)).toBe('20250102003005');
    expect(isoDateTime(t)).toBe('2025-01-02 00:30:05');
    expect(localDayStart(t)).toBe(Date.UTC(2025, 0, 1, 16));
    expect(nextLocalMidnight(t)).toBe(Date.UTC(2025, 0, 2, 16));
    expect(parseLocalDate('2025-01-02')).toBe(Date.UTC(2025, 0, 1, 16));
    expect(parseLocalDate('2025-02-30')).toBeNull();
  });
});

describe('maintenance window 21:30–00:05', () => {
  const w = { start: '21:30', end: '00:05', restartSpreadMs: 600_000 };
  const at = (h: number, m: number): number =>
    Date.UTC(2025, 0, 1, h - 8 < 0 ? h + 16 : h - 8, m) - (h - 8 < 0 ? 86_400_000 : 0);
  it('covers the evening and the first five minutes after midnight', () => {
    expect(inMaintenance(w, at(21, 29))).toBe(false);
    expect(inMaintenance(w, at(21, 30))).toBe(true);
    expect(inMaintenance(w, at(23, 59))).toBe(true);
    expect(inMaintenance(w, at(0, 4))).toBe(true);
    expect(inMaintenance(w, at(0, 5))).toBe(false);
  });
  it('knows the end of the current window and the last one', () => {
    expect(windowEndFor(w, at(22, 0))).toBe(at(0, 5) + 86_400_000);
    expect(windowEndFor(w, at(0, 1))).toBe(at(0, 5));
    expect(windowEndFor(w, at(12, 0))).toBe(at(0, 5));
  });
});

describe('backoff and Retry-After', () => {
  test.prop([fc.nat(40), fc.double({ min: 0, max: 0.999999, noNaN: true })])(
    'stays within [0, min(cap, base·2^n))',
    (n, r) => {
      const d = backoffDelay(n, () => r, { baseMs: 1000, capMs: 60_000 });
      expect(d).toBeGreaterThanOrEqual(0);
      expect(d).toBeLessThan(Math.min(60_000, 1000 * 2 ** n));
    },
  );
  test.prop([
    fc.nat(40),
    fc.double({ min: 0, max: 0.999999, noNaN: true }),
    fc.integer({ min: 0, max: 7_200_000 }),
  ])('with a Retry-After: that long plus a jitter of the backoff (or half the Retry-After)', (n, r, ra) => {
    const policy = { baseMs: 1000, capMs: 60_000 };
    const d = backoffDelay(n, () => r, policy, ra);
    expect(d).toBeGreaterThanOrEqual(ra);
    expect(d - ra).toBeLessThan(Math.max(1, Math.min(60_000, Math.max(1000 * 2 ** n, ra / 2))));
  });
  it('spreads kiosks refused with the same Retry-After over more than one second', () => {
    const backAt = (r: number, ra: number) => Math.floor(backoffDelay(0, () => r, undefined, ra) / 1000);
    const seconds = (ra: number) => new Set([0, 0.2, 0.4, 0.6, 0.8].map((r) => backAt(r, ra)));
    expect(seconds(1_000).size).toBeGreaterThan(1); // a 429's Retry-After: 1 over 1–3 s
    expect(seconds(30_000).size).toBe(5); // a 503's Retry-After: 30 over 30–45 s
  });
  it('waits at least Retry-After', () => {
    expect(backoffDelay(0, () => 0, { baseMs: 1000, capMs: 60_000 }, 5000)).toBe(5000);
    expect(parseRetryAfter('7', 0)).toBe(7000);
    expect(parseRetryAfter(new Date(10_000).toUTCString(), 4000)).toBe(6000);
    expect(parseRetryAfter('soon', 0)).toBeUndefined();
    expect(parseRetryAfter(undefined, 0)).toBeUndefined();
  });
});
