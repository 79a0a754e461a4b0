import { describe, expect, it } from 'vitest';
import { SamCommand } from './sam-commands';
import { encodeRequest, encodeResponse, fromHex, toHex } from './sam-frame';
import { SamFrameParser } from './sam-frame-parser';

// Literal frames from devices.md §1.3 / §1.4 (checksums recomputed there against several vendor sources).
const REQUESTS: Array<[keyof typeof SamCommand, string]> = [
  ['resetSam', 'AA AA AA 96 69 00 03 10 FF EC'],
  ['status', 'AA AA AA 96 69 00 03 11 FF ED'],
  ['readSamId', 'AA AA AA 96 69 00 03 12 FF EE'],
  ['findCard', 'AA AA AA 96 69 00 03 20 01 22'],
  ['selectCard', 'AA AA AA 96 69 00 03 20 02 21'],
  ['readTextPhoto', 'AA AA AA 96 69 00 03 30 01 32'],
  ['readAppendedAddress', 'AA AA AA 96 69 00 03 30 03 30'],
  ['readTextPhotoFingerprint', 'AA AA AA 96 69 00 03 30 10 23'],
];

describe('SAM frame encoding', () => {
  it.each(REQUESTS)('%s request matches the documented bytes', (name, literal) => {
    expect(toHex(encodeRequest(SamCommand[name]))).toBe(toHex(fromHex(literal)));
  });

  it('encodes a request with a data byte (max RF frame 61 FF 50)', () => {
    expect(toHex(encodeRequest({ cmd: 0x61, para: 0xff, data: Uint8Array.of(0x50) }))).toBe(
      toHex(fromHex('AA AA AA 96 69 00 04 61 FF 50 CA')),
    );
  });

  it.each([
    ['status OK', 0x90, 0, 'AA AA AA 96 69 00 04 00 00 90 94'],
    ['self-test fail', 0x60, 0, 'AA AA AA 96 69 00 04 00 00 60 64'],
    ['card found', 0x9f, 4, 'AA AA AA 96 69 00 08 00 00 9F 00 00 00 00 97'],
    ['find failed', 0x80, 0, 'AA AA AA 96 69 00 04 00 00 80 84'],
    ['select OK', 0x90, 8, 'AA AA AA 96 69 00 0C 00 00 90 00 00 00 00 00 00 00 00 9C'],
    ['select failed', 0x81, 0, 'AA AA AA 96 69 00 04 00 00 81 85'],
    ['read failed', 0x41, 0, 'AA AA AA 96 69 00 04 00 00 41 45'],
  ])('%s response matches the documented bytes and parses back', (_label, sw3, dataLen, literal) => {
    const bytes = encodeResponse({ sw1: 0, sw2: 0, sw3, data: new Uint8Array(dataLen) });
    expect(toHex(bytes)).toBe(toHex(fromHex(literal)));
    const events = new SamFrameParser().push(fromHex(literal));
    expect(events).toHaveLength(1);
    expect(events[0]?.kind).toBe('frame');
  });

  it('a full text+photo read reply is 1295 bytes with header 05 08 00 00 90 01 00 04 00', () => {
    const data = new Uint8Array(4 + 256 + 1024);
    data.set([0x01, 0x00, 0x04, 0x00]);
    const frame = encodeResponse({ sw1: 0, sw2: 0, sw3: 0x90, data });
    expect(frame.length).toBe(1295);
    expect(toHex(frame.subarray(0, 14))).toBe(toHex(fromHex('AA AA AA 96 69 05 08 00 00 90 01 00 04 00')));
  });
});
