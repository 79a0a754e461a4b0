import type { Settings } from '../../config/settings-schema';
import { createSerialIdCardReader } from '../../devices/idcard/create-serial-id-card-reader';
import type { IdCardReader } from '../../devices/idcard/id-card-reader';
import type { IdentityCard } from '../../devices/idcard/identity-card';
import type { EventBus } from '../event-bus';
import type { IdentityPerson } from '../../flows/identity';
import { cardToPerson } from './card-to-person';

/** How long identity.start waits for the reader to answer before telling the screen it is missing. */
const CONNECT_GRACE_MS = 1_500;
/** A reader that reopens its port (after a timeout under load, a replug) is not "missing" unless it stays away. */
const MISSING_AFTER_MS = 3_000;

/** A technician's self-test read: the card, or why there is none. */
export type CardReadOutcome =
  | Readonly<{ ok: true; card: IdentityCard }>
  | Readonly<{ ok: false; code: 'reader-missing' | 'no-reader' | 'no-card' | 'unreadable' }>;

export type IdentityService = Readonly<{
  start(sessionId: string): Promise<{ reader: 'ok' | 'missing' }>;
  /** Self-test (admin mode): reads the next card presented within `timeoutMs`, for nobody's session. */
  readCardOnce(timeoutMs: number): Promise<CardReadOutcome>;
  stop(sessionId: string): Promise<void>;
  close(): Promise<void>;
}>;

/**
 * The ID-card reader for the identity step: polls only while a session's 身份认证 is on screen, and turns
 * reader events into KioskEvents. With `port: simulator` (demo mode) the real serial driver talks SAM to the
 * simulator the demo module runs behind a socat pty pair (`simulatedReaderPath`), so the same code path runs
 * as with hardware.
 */
export async function createIdentityService(
  settings: Settings,
  events: EventBus,
  /** Binds the card's holder to the session on screen before the renderer hears of the card. */
  onCard: (sessionId: string, person: IdentityPerson) => void,
  simulatedReaderPath: string | null = null,
  /** Every reader error (timeouts, corrupted frames, lost links) for the technician's recent-errors list. */
  onReaderError: (code: string, detail: string) => void = () => {},
): Promise<IdentityService> {
  const { port, baudRate, pollMs } = settings.devices.idcard;
  const path = port === 'simulator' ? simulatedReaderPath : port;
  if (!path)
    throw new Error("devices.idcard.port is 'simulator' but no simulated reader runs (demo mode only)");
  const reader: IdCardReader = createSerialIdCardReader({ path, baudRate, pollIntervalMs: pollMs });
  let activeSession: string | null = null;

  reader.on('reading', () => events.emit({ type: 'identity.reading' }));
  reader.on('card', ({ card }) => {
    if (!activeSession) return; // a card put on the reader with no 身份认证 on screen belongs to nobody
    const person = cardToPerson(card);
    onCard(activeSession, person);
    events.emit({ type: 'identity.card', person });
  });
  reader.on('removed', () => events.emit({ type: 'identity.removed' }));
  reader.on('error', (error) => {
    onReaderError(error.code, error.detail);
    if (error.code === 'unreadable') events.emit({ type: 'identity.error', code: 'unreadable' });
  });
  let missingTimer: ReturnType<typeof setTimeout> | undefined;
  reader.on('status', (status) => {
    events.emit({
      type: 'device.status',
      device: 'idcard',
      status: status === 'connected' ? 'ok' : 'disconnected',
      code: status,
    });
    clearTimeout(missingTimer);
    if (status === 'connected' || !activeSession) return;
    missingTimer = setTimeout(() => {
      if (activeSession && reader.status !== 'connected')
        events.emit({ type: 'identity.error', code: 'reader-missing' });
    }, MISSING_AFTER_MS);
  });

  return {
    async start(sessionId) {
      activeSession = sessionId;
      reader.start();
      const deadline = Date.now() + CONNECT_GRACE_MS;
      while (reader.status !== 'connected' && Date.now() < deadline)
        await new Promise((r) => setTimeout(r, 50));
      return { reader: reader.status === 'connected' ? 'ok' : 'missing' };
    },
    readCardOnce(timeoutMs) {
      const polling = activeSession !== null;
      reader.start();
      return new Promise<CardReadOutcome>((resolve) => {
        const offs: Array<() => void> = [];
        const timers: Array<ReturnType<typeof setTimeout>> = [];
        const finish = (outcome: CardReadOutcome) => {
          for (const off of offs.splice(0)) off();
          for (const t of timers) clearTimeout(t);
          // The reader polls only while someone waits for a card: a self-test leaves it as it found it.
          const idle = !polling && activeSession === null;
          void (idle ? reader.stop() : Promise.resolve()).then(() => resolve(outcome));
        };
        const missing = () =>
          finish({ ok: false, code: reader.status === 'no-reader' ? 'no-reader' : 'reader-missing' });
        offs.push(reader.on('card', ({ card }) => finish({ ok: true, card })));
        offs.push(
          reader.on('error', (e) => {
            if (e.code === 'unreadable') finish({ ok: false, code: 'unreadable' });
          }),
        );
        timers.push(
          setTimeout(
            () => {
              if (reader.status !== 'connected') missing();
            },
            Math.min(CONNECT_GRACE_MS * 2, timeoutMs),
          ),
          setTimeout(
            () => (reader.status === 'connected' ? finish({ ok: false, code: 'no-card' }) : missing()),
            timeoutMs,
          ),
        );
      });
    },
    async stop(sessionId) {
      if (activeSession !== sessionId) return;
      activeSession = null;
      clearTimeout(missingTimer);
      await reader.stop();
    },
    async close() {
      clearTimeout(missingTimer);
      await reader.stop();
    },
  };
}
