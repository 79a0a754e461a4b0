import { useCallback, useEffect, useRef, useState } from 'react';

/**
 * Admin mode's own idle clock (settings admin.idleSeconds, told by the unlock): no touch or key on the admin
 * screen for that long ends admin mode. The Node side ends the session on its own clock as well.
 */
export function useAdminIdle(idleSeconds: number, onIdle: () => void) {
  const last = useRef(Date.now());
  const [remaining, setRemaining] = useState(idleSeconds);
  const touch = useCallback(() => {
    last.current = Date.now();
  }, []);
  useEffect(() => {
    const timer = setInterval(() => {
      const left = Math.max(0, idleSeconds - Math.floor((Date.now() - last.current) / 1000));
      setRemaining(left);
      if (left === 0) onIdle();
    }, 1000);
    return () => clearInterval(timer);
  }, [idleSeconds, onIdle]);
  return { remaining, touch };
}
