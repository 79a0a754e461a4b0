/**
 * Minimal typed listener registry used by device interfaces (no Node EventEmitter, so pure code can use it).
 * A throwing listener is isolated: it must not break the device loop that emitted the event.
 */

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Listener = (...args: any[]) => void;

export class TypedListeners<Events extends { [K in keyof Events]: Listener }> {
  private readonly map = new Map<keyof Events, Set<Listener>>();

  constructor(private readonly onListenerError: (error: unknown) => void = () => {}) {}

  /** Registers `listener`; returns a function that removes it. */
  on<E extends keyof Events>(event: E, listener: Events[E]): () => void {
    let set = this.map.get(event);
    if (!set) this.map.set(event, (set = new Set()));
    set.add(listener);
    return () => {
      set.delete(listener);
    };
  }

  emit<E extends keyof Events>(event: E, ...args: Parameters<Events[E]>): void {
    for (const listener of [...(this.map.get(event) ?? [])]) {
      try {
        listener(...args);
      } catch (error) {
        this.onListenerError(error);
      }
    }
  }

  clear(): void {
    this.map.clear();
  }
}
