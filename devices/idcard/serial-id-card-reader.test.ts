import { afterEach, describe, expect, it } from 'vitest';
import { cardFixture } from './fixtures';
import { createSerialIdCardReader } from './create-serial-id-card-reader';
import type { IdCardReader } from './id-card-reader';
import { ReaderRecorder } from './reader-test-helpers';
import { startIdCardSimulator, type RunningIdCardSimulator } from './start-id-card-simulator';

/**
 * The production serial driver against the simulator over a socat pty pair: every byte goes through
 * `serialport` and the kernel tty layer. Unplug destroys the pair (EIO on the host side, path gone), replug
 * makes a new one behind the same path.
 */

let sim: RunningIdCardSimulator | null = null;
let reader: IdCardReader | null = null;

afterEach(async () => {
  await reader?.stop();
  await sim?.close();
  reader = null;
  sim = null;
});

async function setup() {
  sim = await startIdCardSimulator();
  if (!sim.hostPath) throw new Error('simulator should own a pty pair');
  reader = createSerialIdCardReader({ path: sim.hostPath, baudRate: 115200, reconnectIntervalMs: 200 });
  const rec = new ReaderRecorder(reader);
  reader.start();
  await rec.status(reader, 'connected');
  return { sim, reader, rec };
}

describe('serial ID-card reader over a pty pair', () => {
  it('present → card with the right fields; remove → removed; present again → read again', async () => {
    const { sim, rec } = await setup();
    const card = rec.next('card');
    sim.simulator.present('resident-rare-name');
    const [event] = await card;
    const expected = cardFixture('resident-rare-name').card;
    expect(event.card).toMatchObject({
      layout: 'resident',
      name: '刘䶮',
      gender: '1',
      nationCode: '01',
      nationName: '汉',
      birthDate: expected.birthDate,
      address: expected.address,
      idNumber: expected.idNumber,
      issuer: expected.issuer,
      validFrom: expected.validFrom,
      validUntil: expected.validUntil,
    });
    expect(event.card.flags.nameHasRareCharacter).toBe(true);
    expect(event.card.photoWlt).toEqual(cardFixture('resident-rare-name').photoWlt);

    const removed = rec.next('removed');
    sim.simulator.remove();
    await removed;
    const again = rec.next('card');
    sim.simulator.present('resident-rare-name');
    await again;
  });

  it('unplug → disconnected; replug → connected and reads again', async () => {
    const { sim, reader, rec } = await setup();
    sim.simulator.present('hk-permit');
    await rec.next('card');
    const removed = rec.next('removed');
    await sim.unplug();
    await removed;
    await rec.status(reader, 'disconnected');
    // The card stayed on the reader through the unplug: it is read again after reconnecting.
    const card = rec.next('card');
    await sim.replug();
    await rec.status(reader, 'connected');
    expect((await card)[0].card.travelPermitNumber).toBe('H10234567');
  });

  it('garbage on the line and a failed read do not stop the loop', async () => {
    const { sim, reader, rec } = await setup();
    sim.simulator.sendGarbage();
    sim.simulator.sendGarbage();
    sim.simulator.failNextRead();
    const error = rec.next('error');
    const card = rec.next('card');
    sim.simulator.present('tw-permit');
    expect((await error)[0].code).toMatch(/unreadable|bad-frame/);
    expect((await card)[0].card.idNumber).toBe(cardFixture('tw-permit').card.idNumber);
    expect(reader.status).toBe('connected');
  });
});
