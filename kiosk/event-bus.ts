import type { KioskEvent } from '../api/events';

/** Who may see an event: every renderer (device-wide, no personal data) or one resident's session only. */
export type EventAudience = Readonly<{ kind: 'everyone' }> | Readonly<{ kind: 'session'; sessionId: string }>;
export type RoutedEventListener = (event: KioskEvent, audience: EventAudience) => void;

/** Device health is for every screen; everything else (a card read, a scanned 电子凭证) is one resident's. */
export function isDeviceWide(event: KioskEvent): boolean {
  return event.type === 'device.status';
}

/**
 * Fan-out of KioskEvents from services to the connected renderers, each event tagged with its audience. The
 * devices do not know sessions: a personal event belongs to the session whose 身份认证 the reader and the
 * scanner are serving (`sessionForPersonal`), and with no such session it goes nowhere (fail closed).
 */
export class EventBus {
  readonly #listeners = new Set<RoutedEventListener>();
  readonly #sessionForPersonal: () => string | null;

  constructor(sessionForPersonal: () => string | null = () => null) {
    this.#sessionForPersonal = sessionForPersonal;
  }

  emit(event: KioskEvent): void {
    let audience: EventAudience = { kind: 'everyone' };
    if (!isDeviceWide(event)) {
      const sessionId = this.#sessionForPersonal();
      if (!sessionId) return;
      audience = { kind: 'session', sessionId };
    }
    this.deliver(event, audience);
  }

  /**
   * Hands an event whose audience was already decided to the subscribers: the window-facing process's bus is
   * fed this way by the core process, where the identity focus lives (kiosk/core-process/).
   */
  deliver(event: KioskEvent, audience: EventAudience): void {
    for (const listener of this.#listeners) {
      try {
        listener(event, audience);
      } catch {
        // One broken subscriber (a closed socket) must not starve the others.
      }
    }
  }

  subscribe(listener: RoutedEventListener): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }
}
