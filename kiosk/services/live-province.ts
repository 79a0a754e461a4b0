import type { ProvincialClient } from '../../sync/provincial-client';

/**
 * The provincial connection, replaceable while the kiosk runs: a technician's new endpoint, identity or
 * secrets build a new client, and everything that holds `client` (the sync worker, the resident lookups,
 * reconciliation) reaches the new one from its next call on. A call already under way finishes on the old
 * client, which holds no resource (HTTP calls are one-off), so nothing has to be closed.
 */
export class LiveProvince {
  #current: ProvincialClient;
  /** A stand-in for the client in force; every property and method is looked up on it at the time of use. */
  readonly client: ProvincialClient;

  constructor(initial: ProvincialClient) {
    this.#current = initial;
    this.client = new Proxy(initial, {
      get: (_target, prop) => {
        const current = this.#current;
        const value: unknown = Reflect.get(current, prop, current);
        return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(current) : value;
      },
    });
  }

  get current(): ProvincialClient {
    return this.#current;
  }

  replace(next: ProvincialClient): void {
    this.#current = next;
  }
}
