import { lazy, Suspense, useCallback, useEffect, useRef, useState } from 'react';
import type { ServiceItemId } from '../../flows/catalog';
import { useKioskApi } from '../api/kiosk-context';
import { HomeScreen } from '../home/HomeScreen';
import { DemoBanner } from './DemoBanner';
import { TopBar } from './TopBar';
import { useShell } from './shell-context';
import { useSpokenScreen } from '../voice/use-spoken-screen';

/**
 * The wizards (XState, the item definitions, region data, keyboard, camera) load as their own chunk, so the
 * home screen is interactive sooner; the chunk is fetched as soon as the home screen is idle, before any tap.
 */
const loadItemSession = () => import('../session/ItemSession');
const ItemSession = lazy(async () => ({ default: (await loadItemSession()).ItemSession }));

type Screen = { kind: 'home' } | { kind: 'item'; itemId: ServiceItemId; sessionId: string };
export type SessionEndReason = 'home' | 'finished' | 'idle';

/**
 * Home, or one resident's session for one item. Ending a session for any reason drops all of its React
 * state (the session component unmounts) and asks the Node side to wipe what it holds.
 */
export function App() {
  const api = useKioskApi();
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
      void api.call('session.end', { sessionId, reason });
    },
    [api],
  );

  return (
    <div className="app" ref={root}>
      <TopBar />
      <DemoBanner />
      {screen.kind === 'home' ? (
        <HomeScreen onStart={start} />
      ) : (
        <Suspense fallback={null}>
          <ItemSession
            key={screen.sessionId}
            itemId={screen.itemId}
            sessionId={screen.sessionId}
            onEnd={(reason) => end(screen.sessionId, reason)}
          />
        </Suspense>
      )}
    </div>
  );
}
