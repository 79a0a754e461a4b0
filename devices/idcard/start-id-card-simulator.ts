import { mkdtempSync, renameSync, rmSync, symlinkSync, unlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SerialPort } from 'serialport';
import { openPtyPair, type PtyPair } from '../serial/pty-pair';
import { IdCardSimulator, type IdCardSimulatorOptions } from './id-card-simulator';

/**
 * Runs the simulated reader on a real serial device node, so the kiosk's production driver is exercised
 * through the kernel tty layer.
 *
 * - Without `path`: the simulator makes its own socat pty pair and publishes the host end at a stable
 *   `hostPath` (a symlink that survives unplug/replug). `unplug()` destroys the pair, exactly like pulling a
 *   USB adapter (the host's port fails with EIO and the path disappears); `replug()` makes a new pair behind
 *   the same `hostPath`.
 * - With `path` (e.g. the device end of a pair the caller owns, or a COM port on a null-modem cable):
 *   `unplug()` closes the port and the reader falls silent, as when a reader loses power.
 */

export type StartIdCardSimulatorOptions = IdCardSimulatorOptions &
  Readonly<{
    /** Device-side path to serve. Omit to let the simulator create its own pty pair. */
    path?: string;
  }>;

export type RunningIdCardSimulator = Readonly<{
  /** Control API: present(), remove(), failNextRead(), setDelay(), sendGarbage(), on('exchange'). */
  simulator: IdCardSimulator;
  /** The path the kiosk's reader opens (`createSerialIdCardReader({ path: hostPath })`); null with `path`. */
  hostPath: string | null;
  unplug(): Promise<void>;
  replug(): Promise<void>;
  readonly plugged: boolean;
  close(): Promise<void>;
}>;

export async function startIdCardSimulator(
  options: StartIdCardSimulatorOptions = {},
): Promise<RunningIdCardSimulator> {
  const { path, ...simOptions } = options;
  const baudRate = simOptions.baudRate ?? 115200;
  const simulator = new IdCardSimulator(simOptions);
  const ownPty = path === undefined;
  const linkDir = ownPty ? mkdtempSync(join(tmpdir(), 'zz-idcard-')) : null;
  const hostPath = linkDir ? join(linkDir, 'ttyIDCARD') : null;
  let pair: PtyPair | null = null;
  let port: SerialPort | null = null;
  let plugged = false;

  const openDevice = async (devicePath: string) => {
    const p = new SerialPort({ path: devicePath, baudRate, autoOpen: false });
    await new Promise<void>((resolve, reject) => p.open((e) => (e ? reject(e) : resolve())));
    p.on('data', (chunk: Buffer) =>
      simulator.receive(new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength)),
    );
    // A vanished pty (pair closed under us) must not crash the process.
    p.on('error', () => {});
    simulator.attach({ write: (bytes) => void p.write(Buffer.from(bytes)) });
    port = p;
  };

  const plug = async () => {
    if (plugged) return;
    if (ownPty && hostPath && linkDir) {
      pair = await openPtyPair();
      // Atomic replace: the reader never sees a half-made link.
      const tmp = join(linkDir, `.next-${Date.now()}`);
      symlinkSync(pair.hostPath, tmp);
      renameSync(tmp, hostPath);
      await openDevice(pair.devicePath);
    } else if (path) {
      await openDevice(path);
    }
    plugged = true;
  };

  const unplug = async () => {
    if (!plugged) return;
    plugged = false;
    simulator.detach();
    const p = port;
    port = null;
    if (p?.isOpen) await new Promise<void>((r) => p.close(() => r()));
    if (pair) {
      if (hostPath) {
        try {
          unlinkSync(hostPath);
        } catch {
          // already gone
        }
      }
      await pair.close();
      pair = null;
    }
  };

  await plug();

  return {
    simulator,
    hostPath,
    unplug,
    replug: plug,
    get plugged() {
      return plugged;
    },
    async close() {
      await unplug();
      if (linkDir) rmSync(linkDir, { recursive: true, force: true });
    },
  };
}
