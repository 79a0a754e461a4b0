import type { KioskEvent, KioskEventListener } from '../api/events';

/** Fan-out of KioskEvents from services to every connected renderer (IPC window or WebSocket clients). */
export class EventBus {
  readonly #listeners = new Set<KioskEventListener>();

  emit(event: KioskEvent): void {
    for (const listener of this.#listeners) {
      try {
        listener(event);
      } catch {
        // One broken subscriber (a closed socket) must not starve the others.
      }
    }
  }

  subscribe(listener: KioskEventListener): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }
}
