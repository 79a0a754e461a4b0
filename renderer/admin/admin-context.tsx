import { createContext, useCallback, useContext } from 'react';
import type { AdminRole } from '../../api/admin-contract';
import type { ArgsOf, KioskMethod, ResultOf } from '../../api/contract';
import type { ApiResult } from '../../api/result';
import { useKioskApi } from '../api/kiosk-context';

/** Methods that take the admin token (their args minus the token, which the admin call adds). */
type TokenMethod = {
  [M in KioskMethod]: ArgsOf<M> extends { adminToken: string } ? M : never;
}[KioskMethod];

export type AdminSession = Readonly<{ adminToken: string; role: AdminRole; idleSeconds: number }>;

export type AdminApi = Readonly<{
  session: AdminSession;
  /** A KioskApi call with this session's token; a 'forbidden' answer (session over) ends admin mode. */
  call<M extends TokenMethod>(
    method: M,
    args: Omit<ArgsOf<M>, 'adminToken'>,
  ): Promise<ApiResult<ResultOf<M>>>;
  /** Any activity on the admin screen restarts the idle clock. */
  touch(): void;
}>;

export const AdminContext = createContext<AdminApi | null>(null);

export function useAdmin(): AdminApi {
  const admin = useContext(AdminContext);
  if (!admin) throw new Error('useAdmin outside AdminContext');
  return admin;
}

/** Builds the AdminApi for a session; `onForbidden` runs when the Node side says the session is over. */
export function useAdminCall(session: AdminSession, onForbidden: () => void, touch: () => void) {
  const api = useKioskApi();
  return useCallback(
    async <M extends TokenMethod>(method: M, args: Omit<ArgsOf<M>, 'adminToken'>) => {
      touch();
      const result = await api.call(method, { ...args, adminToken: session.adminToken } as ArgsOf<M>);
      if (!result.ok && result.error.code === 'forbidden') onForbidden();
      return result;
    },
    [api, session.adminToken, onForbidden, touch],
  );
}
