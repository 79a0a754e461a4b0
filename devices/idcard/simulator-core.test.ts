import { describe, expect, it } from 'vitest';
import { SamCommand } from './sam-commands';
import { fromHex, toHex } from './sam-frame';
import { SamSimulatorCore } from './simulator-core';
import { toSimCard } from './id-card-simulator';

const hex = (s: string) => toHex(fromHex(s));

describe('SamSimulatorCore answers with the documented bytes', () => {
  it('status, find without card, select and read without a find', () => {
    const core = new SamSimulatorCore();
    expect(toHex(core.respond(SamCommand.status))).toBe(hex('AA AA AA 96 69 00 04 00 00 90 94'));
    expect(toHex(core.respond(SamCommand.findCard))).toBe(hex('AA AA AA 96 69 00 04 00 00 80 84'));
    core.present(toSimCard('resident'));
    expect(toHex(core.respond(SamCommand.selectCard))).toBe(hex('AA AA AA 96 69 00 04 00 00 81 85'));
    expect(toHex(core.respond(SamCommand.readTextPhoto))).toBe(hex('AA AA AA 96 69 00 04 00 00 41 45'));
  });

  it('find → select → read gives card found, select OK and a 1295-byte read', () => {
    const core = new SamSimulatorCore();
    core.present(toSimCard('resident'));
    expect(toHex(core.respond(SamCommand.findCard))).toBe(
      hex('AA AA AA 96 69 00 08 00 00 9F 00 00 00 00 97'),
    );
    expect(toHex(core.respond(SamCommand.selectCard))).toBe(
      hex('AA AA AA 96 69 00 0C 00 00 90 00 00 00 00 00 00 00 00 9C'),
    );
    const read = core.respond(SamCommand.readTextPhoto);
    expect(read.length).toBe(1295);
    expect(toHex(read.subarray(0, 14))).toBe(hex('AA AA AA 96 69 05 08 00 00 90 01 00 04 00'));
    const withFp = core.respond(SamCommand.readTextPhotoFingerprint);
    expect(withFp.length).toBe(1297);
  });

  it('fails the next read once, self-test failure answers 60, unknown commands 21', () => {
    const core = new SamSimulatorCore();
    core.present(toSimCard('resident'));
    core.respond(SamCommand.findCard);
    core.respond(SamCommand.selectCard);
    core.failNextRead();
    expect(core.respond(SamCommand.readTextPhoto)[9]).toBe(0x41);
    expect(core.respond(SamCommand.readTextPhoto)[9]).toBe(0x90);
    expect(core.respond({ cmd: 0x77, para: 0x01, data: new Uint8Array(0) })[9]).toBe(0x21);
    core.selfTestFails = true;
    expect(toHex(core.respond(SamCommand.status))).toBe(hex('AA AA AA 96 69 00 04 00 00 60 64'));
  });
});
