import { describe, expect, it } from 'vitest';
import { SendPacer, type PacingPolicy } from './send-pacer';

const POLICY: PacingPolicy = {
  startRate: 0.5,
  minRate: 0.01,
  increasePerSecond: 0.01,
  decreaseFactor: 0.25,
  freeRate: 2,
  burst: 3,
  forgetAfterMs: 600_000,
};

const T0 = 1_000_000;

/** Sends at the pacer's own pace from `from` until `until` (or until free), every request answered. */
function sendAnswered(p: SendPacer, from: number, until: number): Array<number> {
  const sent: Array<number> = [];
  for (let t = from; t < until && p.rate !== null;) {
    t = p.readyAt(t);
    if (t >= until) break;
    expect(p.take(t)).toBe(true);
    p.answered(t);
    sent.push(t);
  }
  return sent;
}

describe('SendPacer', () => {
  it('sends freely until the province says otherwise', () => {
    const p = new SendPacer(POLICY);
    for (let i = 0; i < 50; i++) expect(p.take(T0)).toBe(true);
    expect(p.readyAt(T0)).toBe(T0);
    expect(p.rate).toBeNull();
  });

  it('after a 429 waits a full turn at the start rate before the next request', () => {
    const p = new SendPacer(POLICY);
    p.throttled(T0);
    expect(p.rate).toBe(0.5);
    expect(p.readyAt(T0)).toBe(T0 + 2_000);
    expect(p.take(T0)).toBe(false);
    expect(p.take(T0 + 1_999)).toBe(false);
    expect(p.take(T0 + 2_000)).toBe(true);
    expect(p.take(T0 + 2_000)).toBe(false); // one turn, not a burst
  });

  it('cuts the rate on every further 429, down to the floor', () => {
    const p = new SendPacer(POLICY);
    p.throttled(T0);
    p.throttled(T0 + 1);
    expect(p.rate).toBeCloseTo(0.125);
    p.throttled(T0 + 2);
    expect(p.rate).toBeCloseTo(0.03125);
    for (let i = 3; i < 10; i++) p.throttled(T0 + i);
    expect(p.rate).toBe(0.01);
    expect(p.readyAt(T0 + 9)).toBe(T0 + 9 + 100_000);
  });

  it('climbs back by the same amount per second of answered sending, whatever the rate (additive)', () => {
    for (const cuts of [1, 3]) {
      const p = new SendPacer(POLICY);
      for (let i = 0; i < cuts; i++) p.throttled(T0);
      const before = p.rate ?? 0;
      const sent = sendAnswered(p, T0, T0 + 60_000);
      expect(sent.length).toBeGreaterThan(0);
      // 0.01 req/s per second: about 0.6 req/s more after a minute, from either starting rate (a fixed step
      // per answer would gain far more at 0.5, 30 answers a minute, than at 0.03, two).
      expect((p.rate ?? 0) - before).toBeGreaterThan(0.45);
      expect((p.rate ?? 0) - before).toBeLessThan(0.75);
    }
  });

  it('sends freely again once back at the free rate', () => {
    const p = new SendPacer(POLICY);
    p.throttled(T0);
    sendAnswered(p, T0, T0 + 400_000);
    expect(p.rate).toBeNull();
    expect(p.take(T0 + 400_000) && p.take(T0 + 400_000) && p.take(T0 + 400_000)).toBe(true);
    expect(p.take(T0 + 400_000)).toBe(true);
  });

  it('forgets a throttle once none came for forgetAfterMs', () => {
    const p = new SendPacer(POLICY);
    p.throttled(T0);
    p.throttled(T0);
    expect(p.readyAt(T0 + 599_999)).toBe(T0 + 599_999); // its turn came long ago, but still paced:
    expect(p.rate).not.toBeNull();
    expect(p.readyAt(T0 + 600_000)).toBe(T0 + 600_000);
    expect(p.rate).toBeNull();
  });

  it('slow start: a burst back to back, then one request per turn', () => {
    const p = new SendPacer(POLICY);
    p.slowStart(T0);
    expect(p.rate).toBe(0.5);
    expect([p.take(T0), p.take(T0), p.take(T0)]).toEqual([true, true, true]);
    expect(p.take(T0)).toBe(false);
    expect(p.readyAt(T0)).toBe(T0 + 2_000);
    // Idle time refills the bucket, never beyond the burst.
    expect(p.readyAt(T0 + 60_000)).toBe(T0 + 60_000);
    expect([p.take(T0 + 60_000), p.take(T0 + 60_000), p.take(T0 + 60_000)]).toEqual([true, true, true]);
    expect(p.take(T0 + 60_000)).toBe(false);
  });

  it('after a Retry-After hold comes back a turn later with one request, not a burst saved up meanwhile', () => {
    const p = new SendPacer(POLICY);
    p.throttled(T0);
    p.holdUntil(T0 + 30_000);
    expect(p.readyAt(T0)).toBe(T0 + 32_000);
    expect(p.take(T0 + 31_999)).toBe(false);
    expect(p.take(T0 + 32_000)).toBe(true);
    expect(p.take(T0 + 32_000)).toBe(false);
    expect(p.readyAt(T0 + 32_000)).toBe(T0 + 34_000);
  });

  it('slow start never speeds up a kiosk already pacing slower', () => {
    const p = new SendPacer(POLICY);
    p.throttled(T0);
    p.throttled(T0);
    p.slowStart(T0 + 1);
    expect(p.rate).toBeCloseTo(0.125);
  });
});
