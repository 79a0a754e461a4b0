import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import {
  IDLE_STATUS,
  isRealtimeStatusByte,
  parseSensorByte,
  parseStatusBytes,
  sensorByteFor,
  statusBytesFor,
} from './printer-status';

describe('DLE EOT status', () => {
  it('reads an idle printer (0x12 everywhere)', () => {
    expect(parseStatusBytes([0x12, 0x12, 0x12, 0x12])).toEqual(IDLE_STATUS);
  });

  it('reads the documented out-of-paper replies 0x1A / 0x32 / 0x7E', () => {
    expect(parseStatusBytes([0x1a, 0x32, 0x12, 0x7e])).toEqual({
      online: false,
      coverOpen: false,
      paperOut: true,
      paperNearEnd: true,
      error: false,
    });
    expect(statusBytesFor({ ...IDLE_STATUS, online: false, paperOut: true, paperNearEnd: true })).toEqual([
      0x1a, 0x32, 0x12, 0x7e,
    ]);
  });

  it('reads cover open, near end and errors from their bits', () => {
    expect(parseStatusBytes([0x1a, 0x16, 0x12, 0x12])).toMatchObject({
      online: false,
      coverOpen: true,
      paperOut: false,
    });
    expect(parseStatusBytes([0x12, 0x12, 0x12, 0x1e])).toMatchObject({
      online: true,
      paperNearEnd: true,
      paperOut: false,
    });
    expect(parseStatusBytes([0x1a, 0x12, 0x1a, 0x12])).toMatchObject({ error: true }); // auto-cutter error
    expect(parseStatusBytes([0x1a, 0x52, 0x12, 0x12])).toMatchObject({ error: true }); // "error occurred"
  });

  test.prop([fc.boolean(), fc.boolean(), fc.boolean(), fc.boolean(), fc.boolean()])(
    'simulator bytes parse back to the same status',
    (offline, coverOpen, paperOut, nearEnd, error) => {
      const s = {
        online: !(offline || coverOpen || paperOut || error),
        coverOpen,
        paperOut,
        paperNearEnd: nearEnd || paperOut,
        error,
      };
      const bytes = statusBytesFor(s);
      expect(bytes.every(isRealtimeStatusByte)).toBe(true);
      expect(parseStatusBytes(bytes)).toEqual(s);
    },
  );

  it('tells real-time replies from GS r replies by their fixed bits', () => {
    for (const b of [0x00, 0x03, 0x0c, 0x0f]) expect(isRealtimeStatusByte(b)).toBe(false);
    expect(parseSensorByte(0x0f)).toEqual({ paperOut: true, paperNearEnd: true });
    expect(parseSensorByte(0x00)).toEqual({ paperOut: false, paperNearEnd: false });
    expect(parseSensorByte(sensorByteFor({ paperOut: false, paperNearEnd: true }))).toEqual({
      paperOut: false,
      paperNearEnd: true,
    });
  });
});
