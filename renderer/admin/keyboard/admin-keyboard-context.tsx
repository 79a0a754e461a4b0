import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';

/** Which admin text field the on-screen keyboard types into (one at a time), by field id. */
type AdminKeyboard = Readonly<{ active: string | null; open(id: string): void; close(): void }>;

const AdminKeyboardContext = createContext<AdminKeyboard | null>(null);

/**
 * Admin mode runs on the kiosk's touch screen, which has no keyboard: every admin text field opens the
 * resident on-screen keyboard (AdminTextField). This holds which field has it, so opening one closes another.
 */
export function AdminKeyboardProvider(props: { children: ReactNode }) {
  const [active, setActive] = useState<string | null>(null);
  const close = useCallback(() => setActive(null), []);
  const value = useMemo<AdminKeyboard>(() => ({ active, open: setActive, close }), [active, close]);
  return <AdminKeyboardContext.Provider value={value}>{props.children}</AdminKeyboardContext.Provider>;
}

export function useAdminKeyboard(): AdminKeyboard {
  const k = useContext(AdminKeyboardContext);
  if (!k) throw new Error('useAdminKeyboard outside AdminKeyboardProvider');
  return k;
}
