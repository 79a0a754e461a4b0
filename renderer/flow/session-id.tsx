import { createContext, useContext } from 'react';

/** The resident's session id, for KioskApi calls that attach data to the session (photos, cases). */
export const SessionIdContext = createContext<string>('');

export function useSessionId(): string {
  return useContext(SessionIdContext);
}
