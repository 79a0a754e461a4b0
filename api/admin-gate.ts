import { rolesForMethod, type AdminRole } from './admin-contract';
import type { KioskMethod, ParsedArgsOf, ResultOf } from './contract';
import type { KioskHandlers } from './kiosk-api';
import { KioskApiError } from './result';

/** The methods behind the role gate: admin.* (any admin role), office.* (backOffice), tech.* (technician). */
export type AdminMethod = Extract<KioskMethod, `admin.${string}` | `office.${string}` | `tech.${string}`>;

/** Who is calling, as the Node side knows it from the token (never from the renderer's say-so). */
export type AdminCaller = Readonly<{ role: AdminRole; adminSessionId: string }>;

/** An admin handler gets the verified caller next to its (validated) arguments, for the audit log. */
export type AdminHandler<M extends AdminMethod> = (
  args: ParsedArgsOf<M>,
  caller: AdminCaller,
) => Promise<ResultOf<M>>;
export type AdminHandlers = { [M in AdminMethod]: AdminHandler<M> };

/** What the gate asks of the admin sessions (kiosk/admin/admin-sessions.ts). */
export interface AdminTokenCheck {
  /** The caller behind a live token of one of these roles (and the session's idle clock restarted), or null. */
  verify(token: string, roles: ReadonlyArray<AdminRole>): AdminCaller | null;
}

/**
 * The Node-side role gate: wraps admin handlers so each runs only for a valid, unexpired admin token of a
 * role its prefix allows; anything else is refused 'forbidden' before the handler sees it. A resident
 * session has no token, so it cannot reach one (the args schema already demands `adminToken`).
 * Every KioskHandlers object the kiosk serves gets its admin methods through this function.
 */
export function gateAdminHandlers<M extends AdminMethod>(
  handlers: { [K in M]: AdminHandler<K> },
  tokens: AdminTokenCheck,
): Pick<KioskHandlers, M> {
  const gated: Partial<Record<M, unknown>> = {};
  for (const method of Object.keys(handlers) as M[]) {
    const roles = rolesForMethod(method);
    if (!roles) throw new Error(`${method} is not an admin method`);
    const handler = handlers[method] as (args: unknown, caller: AdminCaller) => Promise<unknown>;
    gated[method] = async (args: { adminToken?: unknown }) => {
      const token = typeof args.adminToken === 'string' ? args.adminToken : '';
      const caller = tokens.verify(token, roles);
      if (!caller)
        throw new KioskApiError(
          'forbidden',
          `${method} needs an admin session of role ${roles.join(' or ')}`,
        );
      return handler(args, caller);
    };
  }
  return gated as Pick<KioskHandlers, M>;
}

/** The gate's own methods: the only admin-mode methods without a token. */
export type AdminGateMethod = Extract<KioskMethod, `adminGate.${string}`>;

/** The resident-facing handlers (kiosk/handlers.ts): everything but admin mode. */
export type ResidentHandlers = Omit<KioskHandlers, AdminMethod | AdminGateMethod>;
