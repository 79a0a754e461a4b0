import { afterEach, describe, expect, it } from 'vitest';
import { cardFixture } from './fixtures';
import { IdCardSimulator } from './id-card-simulator';
import type { IdCardReader } from './id-card-reader';
import { createPollingIdCardReader } from './polling-id-card-reader';
import { ReaderRecorder } from './reader-test-helpers';

/** The polling logic against the in-process simulator (no serial port): fast, and every fault is scriptable. */

const FAST = { pollIntervalMs: 15, reconnectIntervalMs: 40, commandTimeoutMs: 80, readTimeoutMs: 150 };
let reader: IdCardReader | null = null;

function setup(chunkSize = 64) {
  const sim = new IdCardSimulator({ chunkSize });
  reader = createPollingIdCardReader({ ...FAST, openLink: sim.openInProcessLink });
  const rec = new ReaderRecorder(reader);
  return { sim, reader, rec };
}

afterEach(async () => {
  await reader?.stop();
  reader = null;
});

describe('polling ID-card reader (in-process simulator)', () => {
  it('connects, reads a presented card once, reports removal, and reads the same card again', async () => {
    const { sim, reader, rec } = setup(7);
    reader.start();
    await rec.status(reader, 'connected');
    const card = rec.next('card');
    sim.present('resident');
    const [first] = await card;
    expect(first.card.idNumber).toBe(cardFixture('resident').card.idNumber);
    expect(first.card.name).toBe('陈嘉欣');
    expect(first.timing.deliveredAt).toBeGreaterThanOrEqual(first.timing.foundAt);
    expect(first.timing.selectAndReadBytes).toBe(10 + 19 + 10 + 1295);

    // Left on the reader: polled many times, reported once.
    await new Promise((r) => setTimeout(r, 100));
    expect(rec.count('card')).toBe(1);

    const removed = rec.next('removed');
    sim.remove();
    await removed;
    const again = rec.next('card');
    sim.present('resident');
    await again;
    expect(rec.count('card')).toBe(2);
  });

  it('reports a failed read as unreadable and reads the card on the next poll', async () => {
    const { sim, reader, rec } = setup();
    reader.start();
    await rec.status(reader, 'connected');
    sim.failNextRead();
    const error = rec.next('error');
    const card = rec.next('card');
    sim.present('hk-permit');
    expect((await error)[0].code).toBe('unreadable');
    expect((await card)[0].card.layout).toBe('hmt-residence-permit');
  });

  it('times out on a slow reader, reports it, and recovers when it is fast again', async () => {
    const { sim, reader, rec } = setup();
    reader.start();
    await rec.status(reader, 'connected');
    sim.setDelay(120);
    const [err] = await rec.next('error');
    expect(err.code).toBe('timeout');
    sim.setDelay(0);
    const card = rec.next('card');
    sim.present('foreigner-2023');
    expect((await card)[0].card.englishName).toBe('GARCIA LOPEZ MARIA FERNANDA ISABEL CRISTINA');
    await rec.status(reader, 'connected');
  });

  it('survives line noise', async () => {
    const { sim, reader, rec } = setup(3);
    reader.start();
    await rec.status(reader, 'connected');
    for (let i = 0; i < 5; i++) sim.sendGarbage();
    const card = rec.next('card');
    sim.present('foreigner-2017');
    expect((await card)[0].card.idNumber).toBe('USA110085062014');
  });

  it('unplug → removed + disconnected; replug → connected and reads again', async () => {
    const { sim, reader, rec } = setup();
    reader.start();
    await rec.status(reader, 'connected');
    sim.present('resident-long-term');
    await rec.next('card');
    const removed = rec.next('removed');
    sim.unplugInProcess();
    await removed;
    await rec.status(reader, 'disconnected');
    expect(
      rec.events.some((e) => e.type === 'error' && (e.args[0] as { code: string }).code === 'disconnected'),
    ).toBe(true);
    const card = rec.next('card');
    sim.replugInProcess();
    await rec.status(reader, 'connected');
    expect((await card)[0].card.validUntil).toBe('long-term');
  });

  it('reports no-reader when the SAM fails its self-test, and connects when it recovers', async () => {
    const { sim, reader, rec } = setup();
    sim.setSelfTestFailure(true);
    reader.start();
    await rec.status(reader, 'no-reader');
    sim.setSelfTestFailure(false);
    await rec.status(reader, 'connected');
  });

  it('a start while the last stop is still closing the port runs one loop, not two', async () => {
    const { sim, reader, rec } = setup();
    reader.start();
    await rec.status(reader, 'connected');
    // The next resident's session starts before the last one's stop has finished (two API calls in flight).
    const stopped = reader.stop();
    reader.start();
    await stopped;
    await rec.status(reader, 'connected');
    const card = rec.next('card');
    sim.present('resident');
    expect((await card)[0].card.name).toBe('陈嘉欣');
    await new Promise((r) => setTimeout(r, 100));
    expect(rec.count('error')).toBe(0);
  });

  it('a card removed mid-read is reported unreadable, not delivered', async () => {
    const { sim, reader, rec } = setup();
    reader.start();
    await rec.status(reader, 'connected');
    const error = rec.next('error');
    // Lifted as soon as the select is answered, so the read that follows finds no card at any machine load.
    const off = sim.on('exchange', ({ command }) => {
      if (command !== 'selectCard') return;
      off();
      sim.remove();
    });
    sim.present('resident-child');
    expect((await error)[0].code).toBe('unreadable');
    await new Promise((r) => setTimeout(r, 80));
    expect(rec.count('card')).toBe(0);
    expect(rec.count('removed')).toBe(0);
  });

  it('stop() ends polling promptly and start() can resume', async () => {
    const { sim, reader, rec } = setup();
    reader.start();
    await rec.status(reader, 'connected');
    await reader.stop();
    expect(reader.status).toBe('stopped');
    sim.present('resident');
    await new Promise((r) => setTimeout(r, 60));
    expect(rec.count('card')).toBe(0);
    const card = rec.next('card');
    reader.start();
    await card;
  });
});
