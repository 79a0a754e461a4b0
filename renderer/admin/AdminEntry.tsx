import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { registerAdminResources } from './admin-resources';
import type { AdminSession } from './admin-context';
import { AdminShell } from './AdminShell';
import { PinPad } from './PinPad';
import './admin.css';

/**
 * Admin mode's root, loaded as its own chunk when the hidden gesture fires: the PIN pad, then the admin shell.
 * `onDone` returns to the home screen.
 */
export function AdminEntry(props: { onDone: () => void }) {
  const { i18n } = useTranslation();
  registerAdminResources(i18n);
  const [session, setSession] = useState<AdminSession | null>(null);
  if (!session) return <PinPad onUnlocked={setSession} onCancel={props.onDone} />;
  return <AdminShell session={session} onExit={() => props.onDone()} />;
}
