import { SerialPort } from 'serialport';
import { describe, expect, it } from 'vitest';
import { openPtyPair } from './pty-pair';

describe('openPtyPair', () => {
  it('carries bytes both ways through the real serial stack', async () => {
    const pair = await openPtyPair();
    const device = new SerialPort({ path: pair.devicePath, baudRate: 115200 });
    const host = new SerialPort({ path: pair.hostPath, baudRate: 115200 });
    try {
      const got = new Promise<Buffer>((resolve) => device.once('data', resolve));
      await new Promise<void>((r) => host.once('open', () => r()));
      host.write(Buffer.from([0xaa, 0xaa, 0xaa, 0x96, 0x69]));
      expect([...(await got)]).toEqual([0xaa, 0xaa, 0xaa, 0x96, 0x69]);
    } finally {
      await new Promise((r) => device.close(() => r(null)));
      await new Promise((r) => host.close(() => r(null)));
      await pair.close();
    }
  });
});
