import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * A virtual null-modem cable: two linked pseudo-terminals made by `socat`, so a device simulator can hold one
 * end and the kiosk's real serial driver the other, with every byte going through the kernel's tty layer.
 */
export type PtyPair = Readonly<{
  /** The device side (simulator opens this). */
  devicePath: string;
  /** The host side (the kiosk's driver opens this, exactly as it would open /dev/ttyUSB0). */
  hostPath: string;
  close(): Promise<void>;
}>;

export async function openPtyPair(timeoutMs = 5_000): Promise<PtyPair> {
  const dir = mkdtempSync(join(tmpdir(), 'zz-pty-'));
  const devicePath = join(dir, 'device');
  const hostPath = join(dir, 'host');
  const child: ChildProcess = spawn(
    'socat',
    [`pty,raw,echo=0,link=${devicePath}`, `pty,raw,echo=0,link=${hostPath}`],
    { stdio: 'ignore' },
  );
  const started = Date.now();
  while (!(existsSync(devicePath) && existsSync(hostPath))) {
    if (child.exitCode !== null) throw new Error(`socat exited with ${child.exitCode} (is socat installed?)`);
    if (Date.now() - started > timeoutMs) {
      child.kill('SIGKILL');
      throw new Error('socat did not create the pty pair in time');
    }
    await new Promise((r) => setTimeout(r, 20));
  }
  let closed = false;
  return {
    devicePath,
    hostPath,
    async close() {
      if (closed) return;
      closed = true;
      const exited = new Promise<void>((r) => child.once('exit', () => r()));
      if (child.exitCode === null) child.kill('SIGTERM');
      await Promise.race([exited, new Promise((r) => setTimeout(r, 1_000))]);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
