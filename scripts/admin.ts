import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { ADMIN_ROLES, type AdminRole } from '../api/admin-contract';
import { defaultDataDir } from '../config/defaults';
import { setAdminPin } from '../config/set-admin-pin';

/**
 * `npm run admin -- set-pin <technician|backOffice>`: asks for the PIN twice (or reads one line from stdin
 * when it is not a terminal, for provisioning scripts) and writes its scrypt hash into the settings file
 * (KIOSK_CONFIG, default <data dir>/settings.json). Restart the kiosk for it to take effect.
 */
async function main(argv: ReadonlyArray<string>): Promise<number> {
  const [command, role] = argv;
  if (command !== 'set-pin' || !ADMIN_ROLES.includes(role as AdminRole)) {
    console.error(`usage: npm run admin -- set-pin <${ADMIN_ROLES.join('|')}>`);
    return 2;
  }
  const dataDir = process.env.KIOSK_DATA_DIR || defaultDataDir(process.env);
  const configPath = process.env.KIOSK_CONFIG || join(dataDir, 'settings.json');
  const pin = process.stdin.isTTY ? await askTwice(role as AdminRole) : await readLine();
  if (pin === null) {
    console.error('the two PINs differ; nothing was changed');
    return 1;
  }
  try {
    await setAdminPin(configPath, role as AdminRole, pin);
  } catch (error) {
    console.error(`${(error as Error).message}; nothing was changed`);
    return 1;
  }
  console.log(`the ${role} PIN hash is in ${configPath}; restart the kiosk for it to take effect`);
  return 0;
}

async function readLine(): Promise<string> {
  const rl = createInterface({ input: process.stdin });
  for await (const line of rl) {
    rl.close();
    return line.trim();
  }
  return '';
}

/** Asks without echoing what is typed. */
async function askTwice(role: AdminRole): Promise<string | null> {
  const first = await askHidden(`new ${role} PIN: `);
  const second = await askHidden('again: ');
  return first === second ? first : null;
}

function askHidden(prompt: string): Promise<string> {
  return new Promise((resolve) => {
    process.stdout.write(prompt);
    const stdin = process.stdin;
    stdin.setRawMode(true);
    stdin.resume();
    let text = '';
    const onData = (chunk: Buffer) => {
      for (const ch of chunk.toString('utf8')) {
        if (ch === '\r' || ch === '\n') {
          stdin.setRawMode(false);
          stdin.pause();
          stdin.off('data', onData);
          process.stdout.write('\n');
          resolve(text);
          return;
        }
        if (ch === '\u0003') process.exit(130);
        if (ch === '\u007f') text = text.slice(0, -1);
        else text += ch;
      }
    };
    stdin.on('data', onData);
  });
}

process.exitCode = await main(process.argv.slice(2));
