import { createInterface } from 'node:readline';
import { CARD_FIXTURES } from './fixtures';
import { startIdCardSimulator } from './start-id-card-simulator';

/**
 * Runs the simulated 二代证 reader for manual testing and demos:
 *
 *   npx tsx devices/idcard/simulator-cli.ts                 # own pty pair; prints the path for the kiosk
 *   npx tsx devices/idcard/simulator-cli.ts --path /dev/pts/7 [--baud 115200] [--wire-time]
 *
 * Commands on stdin: present <fixture>, remove, fail-read [n], delay <ms>, garbage, unplug, replug,
 * self-test-fail on|off, list, quit.
 */

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const path = arg('--path');
const baudRate = Number(arg('--baud') ?? 115200);
const running = await startIdCardSimulator({
  ...(path ? { path } : {}),
  baudRate,
  emulateWireTime: process.argv.includes('--wire-time'),
});
const sim = running.simulator;
console.log(running.hostPath ? `reader host path: ${running.hostPath}` : `serving ${path}`);
console.log(`fixtures: ${CARD_FIXTURES.map((f) => f.id).join(', ')}`);

const commands: Record<string, (args: string[]) => Promise<void> | void> = {
  present: ([id]) => sim.present(id ?? 'resident'),
  remove: () => sim.remove(),
  'fail-read': ([n]) => sim.failNextRead(Number(n ?? 1)),
  delay: ([ms]) => sim.setDelay(Number(ms ?? 0)),
  garbage: () => sim.sendGarbage(),
  unplug: () => running.unplug(),
  replug: () => running.replug(),
  'self-test-fail': ([v]) => sim.setSelfTestFailure(v !== 'off'),
  list: () => CARD_FIXTURES.forEach((f) => console.log(`${f.id.padEnd(22)} ${f.description}`)),
  quit: async () => {
    await running.close();
    process.exit(0);
  },
};

const rl = createInterface({ input: process.stdin });
async function runLine(line: string): Promise<void> {
  const [name, ...args] = line.trim().split(/\s+/);
  if (!name) return;
  const command = commands[name];
  if (!command) {
    console.log(`unknown command; try: ${Object.keys(commands).join(', ')}`);
    return;
  }
  try {
    await command(args);
    console.log('ok');
  } catch (error) {
    console.log(`failed: ${(error as Error).message}`);
  }
}
// Commands run one after another (unplug must finish before replug).
let pending = Promise.resolve();
rl.on('line', (line) => {
  pending = pending.then(() => runLine(line));
});
rl.on('close', () => {
  pending = pending.then(() => commands.quit?.([]));
});
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    pending = pending.then(() => commands.quit?.([]));
  });
}
