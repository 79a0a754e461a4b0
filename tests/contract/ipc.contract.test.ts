import { describe, expect, it, vi } from 'vitest';
import type { KioskApi } from '../../api/kiosk-api';
import { hostileRendererSuite } from './hostile-renderer.contract';
import { contractHandlers, kioskApiContractSuite, type TransportFactory } from './kiosk-api.contract';

/**
 * Electron replaced by an in-memory pair: ipcRenderer.invoke reaches the handler ipcMain registered, with
 * arguments structured-cloned as real IPC does, and a senderFrame the test controls.
 */
const fake = vi.hoisted(() => {
  const handlers = new Map<string, (event: unknown, ...args: unknown[]) => unknown>();
  const listeners = new Map<string, Set<(...a: unknown[]) => void>>();
  const toRenderer = {
    on: (channel: string, fn: (...a: unknown[]) => void) => {
      if (!listeners.has(channel)) listeners.set(channel, new Set());
      listeners.get(channel)?.add(fn);
    },
    removeListener: (channel: string, fn: (...a: unknown[]) => void) => listeners.get(channel)?.delete(fn),
    emit: (channel: string, ...args: unknown[]) => listeners.get(channel)?.forEach((fn) => fn(...args)),
  };
  const exposed: Record<string, unknown> = {};
  const mainFrame = { url: 'kiosk://app/index.html', parent: null };
  const state = { senderFrame: mainFrame as unknown };
  return { handlers, toRenderer, exposed, state, mainFrame };
});

const KIOSK_MAIN_FRAME = fake.mainFrame;

vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (name: string, api: unknown) => (fake.exposed[name] = api) },
  ipcRenderer: {
    invoke: async (channel: string, ...args: unknown[]) => {
      const handler = fake.handlers.get(channel);
      if (!handler) throw new Error(`No handler registered for '${channel}'`);
      return structuredClone(
        await handler({ senderFrame: fake.state.senderFrame }, ...structuredClone(args)),
      );
    },
    on: (channel: string, fn: (...a: unknown[]) => void) => fake.toRenderer.on(channel, fn),
    removeListener: (channel: string, fn: (...a: unknown[]) => void) =>
      fake.toRenderer.removeListener(channel, fn),
  },
}));

async function electronPair(node: Parameters<Parameters<typeof kioskApiContractSuite>[1]>[0]) {
  const { registerKioskIpc, forwardEvents } = await import('../../electron/ipc-bridge');
  await import('../../electron/preload');
  const ipcMain = {
    handle: (channel: string, fn: (event: unknown, ...args: unknown[]) => unknown) =>
      fake.handlers.set(channel, fn),
    removeHandler: (channel: string) => fake.handlers.delete(channel),
  };
  const unregister = registerKioskIpc(ipcMain as never, {
    handlers: node.handlers,
    appOrigin: 'kiosk://app',
    kioskMainFrame: () => KIOSK_MAIN_FRAME,
    log: () => {},
  });
  const stopEvents = forwardEvents(node.events, (channel, event) =>
    fake.toRenderer.emit(channel, {}, structuredClone(event)),
  );
  return { api: fake.exposed.kiosk as KioskApi, unregister, stopEvents };
}

const factory: TransportFactory = async (node) => {
  const pair = await electronPair(node);
  return {
    api: pair.api,
    async close() {
      pair.stopEvents();
      pair.unregister();
    },
  };
};
kioskApiContractSuite('Electron IPC (electron module replaced)', factory);
hostileRendererSuite('Electron IPC (electron module replaced)', factory);

describe('IPC specifics', () => {
  it('exposes only call and subscribe on window.kiosk', async () => {
    const { EventBus } = await import('../../kiosk/event-bus');
    const pair = await electronPair({ handlers: contractHandlers(), events: new EventBus() });
    expect(Object.keys(fake.exposed)).toEqual(['kiosk']);
    expect(Object.keys(pair.api).sort()).toEqual(['call', 'subscribe']);
    pair.unregister();
  });

  it.each([
    ['a frame from another origin', { url: 'https://evil.example/', parent: null }],
    ['a sub-frame of the kiosk page', { url: 'kiosk://app/index.html', parent: {} }],
    ['a destroyed frame', null],
    ['a look-alike origin', { url: 'kiosk://app.evil/index.html', parent: null }],
    ['the main frame of another window, same origin', { url: 'kiosk://app/index.html', parent: null }],
  ])('answers %s with forbidden', async (_label, frame) => {
    const { EventBus } = await import('../../kiosk/event-bus');
    const pair = await electronPair({ handlers: contractHandlers(), events: new EventBus() });
    fake.state.senderFrame = frame;
    try {
      expect(await pair.api.call('app.info', {})).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    } finally {
      fake.state.senderFrame = KIOSK_MAIN_FRAME;
      pair.unregister();
    }
  });
});
