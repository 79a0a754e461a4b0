import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { startRemoteKiosk } from '../kiosk/core-process/remote-kiosk';
import type { FromCore, ToCore } from '../kiosk/core-process/protocol';
import { utilityCoreSpawner, type UtilityChild, type UtilityProcessModule } from './utility-core';

/** A fake utilityProcess whose children answer like a core: ready, then app.info calls. */
class FakeChild extends EventEmitter implements UtilityChild {
  readonly pid = 4242;
  readonly sent: ToCore[] = [];
  killed = false;
  constructor() {
    super();
    setImmediate(() => this.reply({ kind: 'ready', mode: 'production', sim: false }));
  }
  reply(message: FromCore) {
    this.emit('message', message);
  }
  postMessage(message: unknown) {
    const m = message as ToCore;
    this.sent.push(m);
    if (m.kind === 'call') this.reply({ kind: 'result', id: m.id, result: { ok: true, value: { ok: 1 } } });
    if (m.kind === 'close') setImmediate(() => this.emit('exit', 0));
  }
  kill() {
    this.killed = true;
    this.emit('exit', null);
    return true;
  }
}

function fakeUtilityProcess() {
  const forks: Array<{ path: string; env: NodeJS.ProcessEnv; child: FakeChild }> = [];
  const module: UtilityProcessModule = {
    fork(path, _args, options) {
      const child = new FakeChild();
      forks.push({ path, env: options.env, child });
      return child;
    },
  };
  return { module, forks };
}

describe('the Electron core adapter', () => {
  it('forks the core entry with its environment and carries calls and close', async () => {
    const fake = fakeUtilityProcess();
    const kiosk = await startRemoteKiosk({
      spawn: utilityCoreSpawner(fake.module, '/app/core-entry.mjs', { KIOSK_MODE: 'production' }),
      onGiveUp: () => {},
      log: () => {},
    });
    expect(fake.forks[0]?.path).toBe('/app/core-entry.mjs');
    expect(fake.forks[0]?.env).toMatchObject({
      KIOSK_MODE: 'production',
      ZIZHU_CORE_PROCESS: '1',
      ZIZHU_CORE_SHELL: 'electron',
    });
    expect(kiosk.sim).toBeNull();
    expect(await kiosk.handlers['app.info']({})).toEqual({ ok: 1 });
    await kiosk.close();
    expect(fake.forks[0]?.child.sent.at(-1)).toEqual({ kind: 'close' });
  });

  it('restarts a core that exited, answering its in-flight call `unavailable`', async () => {
    const fake = fakeUtilityProcess();
    const kiosk = await startRemoteKiosk({
      spawn: utilityCoreSpawner(fake.module, '/app/core-entry.mjs', {}),
      onGiveUp: () => {},
      log: () => {},
    });
    const child = fake.forks[0]?.child as FakeChild;
    child.postMessage = (m: unknown) => void child.sent.push(m as ToCore); // never answers
    const call = kiosk.handlers['app.info']({});
    child.emit('exit', 9);
    await expect(call).rejects.toMatchObject({ code: 'unavailable' });
    expect(await kiosk.handlers['app.info']({})).toEqual({ ok: 1 });
    expect(fake.forks).toHaveLength(2);
    await kiosk.close();
  });
});
