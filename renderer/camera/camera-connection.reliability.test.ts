import { afterEach, describe, expect, it } from 'vitest';
import { resources } from '../i18n/resources';
import { connectDocumentCamera, type CameraState } from './camera-connection';

/**
 * Reliability (run by `npm run test:reliability` with tests/reliability/): the document camera goes missing and
 * comes back, and the camera step recovers without a restart. The browser's media stack is scripted here (a
 * camera list that changes, streams whose track can end, getUserMedia that can refuse) because Chromium's fake
 * camera cannot be unplugged; the live path with a real Chromium and its fake camera is in the e2e journeys
 * (enroll.e2e.ts, camera-blurred.e2e.ts). Each case prints what it tried and the outcome, with the words the
 * resident sees for the state in zh-CN and en.
 */

const SUITE = 'devices/camera';
const RETRY_MS = 5;

class ScriptedTrack extends EventTarget {
  stopped = false;
  stop(): void {
    this.stopped = true;
  }
  /** The camera was pulled out: the browser ends the track. */
  end(): void {
    this.dispatchEvent(new Event('ended'));
  }
}

class ScriptedStream {
  readonly track = new ScriptedTrack();
  constructor(readonly camera: string) {}
  getTracks(): ScriptedTrack[] {
    return [this.track];
  }
  getVideoTracks(): ScriptedTrack[] {
    return [this.track];
  }
}

/** navigator.mediaDevices with cameras that can be plugged in and out, and opens that can fail. */
class ScriptedDevices extends EventTarget {
  cameras: string[] = [];
  refuseNext: DOMException | null = null;
  readonly streams: ScriptedStream[] = [];

  plug(label: string, { announce = true } = {}): void {
    this.cameras = [label];
    if (announce) this.dispatchEvent(new Event('devicechange'));
  }
  unplug(): void {
    this.cameras = [];
    this.dispatchEvent(new Event('devicechange'));
    for (const s of this.streams) if (!s.track.stopped) s.track.end();
  }
  enumerateDevices = (): Promise<MediaDeviceInfo[]> =>
    Promise.resolve(
      this.cameras.map(
        (label, i) => ({ kind: 'videoinput', label, deviceId: `cam-${i}`, groupId: 'g' }) as MediaDeviceInfo,
      ),
    );
  getUserMedia = (): Promise<MediaStream> => {
    const refusal = this.refuseNext;
    this.refuseNext = null;
    if (refusal) return Promise.reject(refusal);
    const camera = this.cameras[0];
    if (!camera) return Promise.reject(new DOMException('Requested device not found', 'NotFoundError'));
    const stream = new ScriptedStream(camera);
    this.streams.push(stream);
    return Promise.resolve(stream as unknown as MediaStream);
  };
}

function message(state: CameraState): string {
  const key = { 'no-camera': 'noCamera', lost: 'lost', denied: 'denied' }[state as 'lost'];
  if (!key) return '';
  const zh = resources['zh-CN'].flow.camera[key as 'lost'];
  const en = resources.en.flow.camera[key as 'lost'];
  const tw = resources['zh-TW'].flow.camera[key as 'lost'];
  if (!zh.trim() || !en.trim() || !tw.trim()) throw new Error(`camera.${key} lacks a translation`);
  return `"${zh}" / "${en}"`;
}

let close: (() => void) | null = null;
afterEach(() => {
  close?.();
  close = null;
});

function connect(devices: ScriptedDevices, label = '') {
  const states: CameraState[] = [];
  const shown: ScriptedStream[] = [];
  const waiters: Array<{ state: CameraState; resolve: () => void }> = [];
  close = connectDocumentCamera({
    devices,
    label,
    retryMs: RETRY_MS,
    onState: (state) => {
      states.push(state);
      for (const w of [...waiters])
        if (w.state === state) {
          waiters.splice(waiters.indexOf(w), 1);
          w.resolve();
        }
    },
    onStream: (s) => void shown.push(s as unknown as ScriptedStream),
  });
  /** Resolves when the connection reaches `state` after `from` states (default: from now on). */
  const reach = (state: CameraState, from = states.length) =>
    states.slice(from).includes(state)
      ? Promise.resolve()
      : new Promise<void>((resolve) => waiters.push({ state, resolve }));
  return { states, shown, reach };
}

const report = (tried: string, outcome: string) => console.log(`${SUITE}: ${tried} → ${outcome}`);

describe('reliability: document camera faults', () => {
  it('no camera at start: the resident is told; plugged in, the preview goes live without a restart', async () => {
    const devices = new ScriptedDevices();
    const c = connect(devices, 'Gaopaiyi');
    await c.reach('no-camera');
    devices.plug('USB Gaopaiyi S500');
    await c.reach('live');
    report(
      'camera missing at start, then plugged in',
      `told ${message('no-camera')}, then live on "${c.shown.at(-1)?.camera}" (states ${c.states.join(' → ')})`,
    );
    expect(c.shown).toHaveLength(1);
    expect(c.states.at(-1)).toBe('live');
  });

  it('plugged in without a devicechange event: the retry finds it', async () => {
    const devices = new ScriptedDevices();
    const c = connect(devices);
    await c.reach('no-camera');
    devices.plug('Integrated Camera', { announce: false });
    await c.reach('live');
    report('camera plugged in silently', `live by the retry (states ${c.states.join(' → ')})`);
    expect(c.shown).toHaveLength(1);
  });

  it('camera unplugged mid-preview: the resident is told; plugged back, a new live stream', async () => {
    const devices = new ScriptedDevices();
    devices.plug('USB Gaopaiyi S500');
    const c = connect(devices);
    await c.reach('live');
    const before = c.states.length;
    devices.unplug();
    await c.reach('lost', before);
    devices.plug('USB Gaopaiyi S500');
    await c.reach('live', before);
    report(
      'camera unplugged while live, then back',
      `told ${message('lost')}, then live again on a new stream (states ${c.states.join(' → ')})`,
    );
    expect(c.shown).toHaveLength(2);
    expect(c.shown[1]).not.toBe(c.shown[0]);
    expect(c.shown[1]?.track.stopped).toBe(false);
  });

  it('the camera refuses to open (busy, NotReadableError): told no camera, the next attempt goes live', async () => {
    const devices = new ScriptedDevices();
    devices.plug('USB Gaopaiyi S500');
    devices.refuseNext = new DOMException('Could not start video source', 'NotReadableError');
    const c = connect(devices);
    await c.reach('no-camera');
    await c.reach('live');
    report(
      'camera busy at the first open',
      `told ${message('no-camera')}, then live (${c.states.join(' → ')})`,
    );
    expect(c.shown).toHaveLength(1);
  });

  it('permission refused: the resident is told that it is denied, not missing', async () => {
    const devices = new ScriptedDevices();
    devices.plug('USB Gaopaiyi S500');
    devices.refuseNext = new DOMException('Permission denied', 'NotAllowedError');
    const c = connect(devices);
    await c.reach('denied');
    await c.reach('live');
    report('permission refused once', `told ${message('denied')}, then live once allowed`);
    expect(c.states[0]).toBe('denied');
  });

  it('closing the step stops the stream and every retry', async () => {
    const devices = new ScriptedDevices();
    devices.plug('USB Gaopaiyi S500');
    const c = connect(devices);
    await c.reach('live');
    close?.();
    close = null;
    const states = c.states.length;
    devices.unplug();
    devices.plug('USB Gaopaiyi S500');
    await new Promise((r) => setTimeout(r, RETRY_MS * 4));
    expect(c.shown[0]?.track.stopped).toBe(true);
    expect(c.states.length).toBe(states);
    expect(devices.streams).toHaveLength(1);
  });
});
