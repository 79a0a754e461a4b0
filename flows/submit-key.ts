/**
 * A fresh idempotency key for case.submit (RFC 9562 v4 UUID). The flows are pure (no DOM or Node types),
 * but both places they run, the renderer and Node 24, have Web Crypto on globalThis.
 */
export function newSubmitKey(): string {
  return (globalThis as unknown as { crypto: { randomUUID(): string } }).crypto.randomUUID();
}
