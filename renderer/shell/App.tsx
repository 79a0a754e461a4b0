import { lazy, Suspense, useCallback, useEffect, useRef, useState } from 'react';
import type { ServiceItemId } from '../../flows/catalog';
import { useKioskApi } from '../api/kiosk-context';
import { AdminCorner } from '../admin/AdminCorner';
import { HomeScreen } from '../home/HomeScreen';
import { DemoBanner } from './DemoBanner';
import { useShell } from './shell-context';
import { TopBar } from './TopBar';
import { useSpokenScreen } from '../voice/use-spoken-screen';

/**
 * The wizards (XState, the item definitions, region data, keyboard, camera) load as their own chunk, so the
 * home screen is interactive sooner; the chunk is fetched as soon as the home screen is idle, before any tap.
 */
const loadItemSession = () => import('../session/ItemSession');
const ItemSession = lazy(async () => ({ default: (await loadItemSession()).ItemSession }));
/** Admin mode is its own chunk too, fetched only when the hidden gesture fires. */
const AdminEntry = lazy(async () => ({ default: (await import('../admin/AdminEntry')).AdminEntry }));

type Screen =
  { kind: 'home' } | { kind: 'item'; itemId: ServiceItemId; sessionId: string } | { kind: 'admin' };
export type SessionEndReason = 'home' | 'finished' | 'idle';

/**
 * Home, or one resident's session for one item. Ending a session for any reason drops all of its React
 * state (the session component unmounts) and asks the Node side to wipe what it holds.
 */
export function App() {
  const api = useKioskApi();
  const { resetForNextResident } = useShell();
  const [screen, setScreen] = useState<Screen>({ kind: 'home' });
  const root = useRef<HTMLDivElement | null>(null);
  useSpokenScreen(root, useShell().announce);
  useEffect(() => {
    const id = requestIdleCallback(() => void loadItemSession());
    return () => cancelIdleCallback(id);
  }, []);

  const start = useCallback((itemId: ServiceItemId) => {
    setScreen({ kind: 'item', itemId, sessionId: crypto.randomUUID() });
  }, []);

  const end = useCallback(
    (sessionId: string, reason: SessionEndReason) => {
      setScreen({ kind: 'home' });
      // Whoever comes next must not inherit this resident's language, muted voice or elder mode.
      resetForNextResident();
      void api.call('session.end', { sessionId, reason });
    },
    [api, resetForNextResident],
  );

  /** The same resident goes on to another item: this session is wiped, language and mode are kept. */
  const switchTo = useCallback(
    (sessionId: string, itemId: ServiceItemId) => {
      void api.call('session.end', { sessionId, reason: 'home' });
      setScreen({ kind: 'item', itemId, sessionId: crypto.randomUUID() });
    },
    [api],
  );

  const home = useCallback(() => setScreen({ kind: 'home' }), []);
  if (screen.kind === 'admin') {
    return (
      <Suspense fallback={null}>
        <AdminEntry onDone={home} />
      </Suspense>
    );
  }

  return (
    <div className="app" ref={root}>
      <TopBar />
      <DemoBanner />
      {screen.kind === 'home' ? (
        <>
          <HomeScreen onStart={start} />
          <AdminCorner onOpen={() => setScreen({ kind: 'admin' })} />
        </>
      ) : (
        <Suspense fallback={null}>
          <ItemSession
            key={screen.sessionId}
            itemId={screen.itemId}
            sessionId={screen.sessionId}
            onEnd={(reason) => end(screen.sessionId, reason)}
            onSwitch={(itemId) => switchTo(screen.sessionId, itemId)}
          />
        </Suspense>
      )}
    </div>
  );
}
