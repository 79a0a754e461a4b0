import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { KioskEvent } from '../../../api/events';
import { defaultSettings } from '../../../config/defaults';
import { cardFixture } from '../../../devices/idcard/fixtures';
import {
  startIdCardSimulator,
  type RunningIdCardSimulator,
} from '../../../devices/idcard/start-id-card-simulator';
import { EventBus } from '../../../kiosk/event-bus';
import { createIdentityService, type IdentityService } from '../../../kiosk/services/identity-service';
import { report, residentMessage } from './resident-message';

/**
 * Device faults of the ID-card reader, through the kiosk's IdentityService and the production serial driver,
 * against the simulator on a socat pty pair that keeps to 115200 baud (so replies arrive in pieces, as from a
 * UART, and a read takes its real ~0.1 s on the wire). Each fault is followed by a read that must work again
 * without restarting anything.
 */

const SUITE = 'devices/idcard';
const SESSION = 'reliability-idcard';

let sim: RunningIdCardSimulator | null = null;
let identity: IdentityService | null = null;
let dataDir: string | null = null;

afterEach(async () => {
  await identity?.close();
  await sim?.close();
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
  identity = null;
  sim = null;
  dataDir = null;
});

/** Every event the service emits, and a way to wait for the next one that matches. */
function recordEvents(events: EventBus) {
  const seen: KioskEvent[] = [];
  const waiters: Array<{ match: (e: KioskEvent) => boolean; resolve: (e: KioskEvent) => void }> = [];
  events.subscribe((event) => {
    seen.push(event);
    for (const w of [...waiters]) {
      if (!w.match(event)) continue;
      waiters.splice(waiters.indexOf(w), 1);
      w.resolve(event);
    }
  });
  const next = (match: (e: KioskEvent) => boolean, what: string, timeoutMs = 15_000) =>
    new Promise<KioskEvent>((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`${SUITE}: no ${what} within ${timeoutMs} ms`)),
        timeoutMs,
      );
      waiters.push({
        match,
        resolve: (e) => {
          clearTimeout(timer);
          resolve(e);
        },
      });
    });
  /** The first matching event from index `since` of `seen` on, whether it came already or is still to come. */
  const since = (from: number, match: (e: KioskEvent) => boolean, what: string, timeoutMs?: number) => {
    const already = seen.slice(from).find(match);
    return already ? Promise.resolve(already) : next(match, what, timeoutMs);
  };
  return { seen, next, since };
}

const isCard = (e: KioskEvent) => e.type === 'identity.card';
const isReading = (e: KioskEvent) => e.type === 'identity.reading';
const readerStatus = (status: 'ok' | 'disconnected') => (e: KioskEvent) =>
  e.type === 'device.status' && e.device === 'idcard' && e.status === status;

async function setup() {
  dataDir = await mkdtemp(join(tmpdir(), 'zizhu-rel-idcard-'));
  sim = await startIdCardSimulator({ baudRate: 115200, emulateWireTime: true });
  const defaults = defaultSettings(dataDir);
  const settings = {
    ...defaults,
    devices: {
      ...defaults.devices,
      idcard: { ...defaults.devices.idcard, port: sim.hostPath ?? '', baudRate: 115200, pollMs: 100 },
    },
  };
  const events = new EventBus(() => SESSION);
  const rec = recordEvents(events);
  identity = await createIdentityService(settings, events, () => {});
  expect(await identity.start(SESSION)).toEqual({ reader: 'ok' });
  return { sim, rec };
}

function personOf(event: KioskEvent) {
  if (event.type !== 'identity.card') throw new Error(`not a card event: ${event.type}`);
  return event.person;
}

describe('reliability: ID-card reader faults', () => {
  const missing = residentMessage('flow', ['identity', 'problems', 'reader-missing']);

  it.each([
    ['as the read starts', 'reading'],
    ['while the card data is on the wire', 'select-answered'],
  ] as const)(
    'reader unplugged mid-read (%s): no partial card, the resident is told, the next read works after replug',
    { timeout: 40_000 },
    async (moment, trigger) => {
      const { sim, rec } = await setup();
      const fixture = cardFixture('resident');
      const unplugged = new Promise<void>((resolve) => {
        const pull = () => void sim.unplug().then(resolve);
        if (trigger === 'reading') {
          void rec.next(isReading, 'reading event').then(pull);
        } else {
          const off = sim.simulator.on('exchange', (x) => {
            if (x.command !== 'selectCard' || x.sw3 !== 0x90) return;
            off();
            pull();
          });
        }
      });
      const cardsBefore = rec.seen.filter(isCard).length;
      const start = rec.seen.length;
      sim.simulator.present('resident');
      await unplugged;
      await rec.since(start, readerStatus('disconnected'), 'disconnected status');
      const told = await rec.since(
        start,
        (e) => e.type === 'identity.error' && e.code === 'reader-missing',
        'reader-missing message',
      );
      const partial = rec.seen.filter(isCard).length - cardsBefore;

      const card = rec.next(isCard, 'card after replug', 20_000);
      await sim.replug();
      await rec.next(readerStatus('ok'), 'connected status', 20_000);
      const person = personOf(await card);
      report(
        SUITE,
        `unplug ${moment}`,
        `${partial} card event(s) during the fault, told "${missing['zh-CN']}" / "${missing.en}" (${told.type}), after replug read ` +
          `${person.idNumber === fixture.card.idNumber ? 'the right card' : 'a WRONG card'}`,
      );
      expect(partial).toBe(0);
      expect(person.idNumber).toBe(fixture.card.idNumber);
      expect(person.name).toBe(fixture.card.name);
    },
  );

  it(
    'garbage and split frames between the replies of a read: the card is read right, the reader stays up',
    {
      timeout: 30_000,
    },
    async () => {
      const { sim, rec } = await setup();
      const fixture = cardFixture('resident-rare-name');
      // Noise (random bytes, a torn preamble, a frame with a wrong checksum) queued between the select and the
      // read replies, each reply arriving in 32-byte pieces as the line paces them.
      const off = sim.simulator.on('exchange', (x) => {
        if (x.command === 'selectCard' && x.sw3 === 0x90) {
          off();
          sim.simulator.sendGarbage();
          sim.simulator.sendGarbage(Uint8Array.from([0xaa, 0xaa, 0xaa, 0x96, 0x69, 0x00]));
        }
      });
      // And a bare torn frame before anything was asked.
      sim.simulator.sendGarbage(Uint8Array.from([0xaa, 0xaa, 0xaa, 0x96, 0x69, 0x05, 0x08, 0x00]));
      const card = rec.next(isCard, 'card');
      sim.simulator.present('resident-rare-name');
      // A read the noise broke may be retried by the reader's own loop; the first card it reports must be right.
      const person = personOf(await card);
      const disconnects = rec.seen.filter(readerStatus('disconnected')).length;
      report(
        SUITE,
        'garbage + torn frames mid-read, replies split by the wire',
        `card ${person.idNumber === fixture.card.idNumber ? 'read right' : 'WRONG'} (${person.name}), ` +
          `${disconnects} disconnect(s)`,
      );
      expect(person.idNumber).toBe(fixture.card.idNumber);
      expect(person.name).toBe('刘䶮');
      expect(disconnects).toBe(0);

      // And the next card after the noise reads as well.
      const removed = rec.next((e) => e.type === 'identity.removed', 'removed');
      sim.simulator.remove();
      await removed;
      const again = rec.next(isCard, 'second card');
      sim.simulator.present('resident');
      expect(personOf(await again).idNumber).toBe(cardFixture('resident').card.idNumber);
    },
  );
});
