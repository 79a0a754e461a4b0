/**
 * The only addresses the browser host may listen on. Its API hands out ID numbers and addresses: it must never
 * be reachable from the village network, whatever a settings file says.
 */
export const LOOPBACK_BINDS = ['127.0.0.1', '::1', 'localhost'] as const;

export function isLoopbackBind(bind: string): boolean {
  return (LOOPBACK_BINDS as ReadonlyArray<string>).includes(bind);
}
