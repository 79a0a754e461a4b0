import { useCallback, useEffect, useRef, useState } from 'react';

/**
 * Seconds left before the session is abandoned. Any touch or key press on the page starts the count again;
 * `extend` does the same for the explicit "continue" button. Computed from Date.now(), not by counting ticks,
 * so a busy main thread cannot stretch the countdown.
 */
export function useIdleCountdown(
  totalSeconds: number,
  onExpire: () => void,
): { remaining: number; extend: () => void } {
  const deadline = useRef(Date.now() + totalSeconds * 1000);
  const [remaining, setRemaining] = useState(totalSeconds);
  const expire = useRef(onExpire);
  expire.current = onExpire;

  const extend = useCallback(() => {
    deadline.current = Date.now() + totalSeconds * 1000;
    setRemaining(totalSeconds);
  }, [totalSeconds]);

  useEffect(() => {
    const onActivity = () => extend();
    window.addEventListener('pointerdown', onActivity, { capture: true });
    window.addEventListener('keydown', onActivity, { capture: true });
    const timer = setInterval(() => {
      const left = Math.max(0, Math.ceil((deadline.current - Date.now()) / 1000));
      setRemaining(left);
      if (left === 0) {
        clearInterval(timer);
        expire.current();
      }
    }, 250);
    return () => {
      clearInterval(timer);
      window.removeEventListener('pointerdown', onActivity, { capture: true });
      window.removeEventListener('keydown', onActivity, { capture: true });
    };
  }, [extend]);

  return { remaining, extend };
}
