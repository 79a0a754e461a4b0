import { useCallback, useState } from 'react';
import type { ServiceItemId } from '../../flows/catalog';
import { useKioskApi } from '../api/kiosk-context';
import { HomeScreen } from '../home/HomeScreen';
import { ItemSession } from '../session/ItemSession';
import { TopBar } from './TopBar';

type Screen = { kind: 'home' } | { kind: 'item'; itemId: ServiceItemId; sessionId: string };
export type SessionEndReason = 'home' | 'finished' | 'idle';

/**
 * Home, or one resident's session for one item. Ending a session for any reason drops all of its React
 * state (the session component unmounts) and asks the Node side to wipe what it holds.
 */
export function App() {
  const api = useKioskApi();
  const [screen, setScreen] = useState<Screen>({ kind: 'home' });

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
    <div className="app">
      <TopBar />
      {screen.kind === 'home' ? (
        <HomeScreen onStart={start} />
      ) : (
        <ItemSession
          key={screen.sessionId}
          itemId={screen.itemId}
          sessionId={screen.sessionId}
          onEnd={(reason) => end(screen.sessionId, reason)}
        />
      )}
    </div>
  );
}
