import { useRef } from 'react';
import { ADMIN_GESTURE, createTapCounter } from './tap-counter';

/**
 * An invisible touch target over the home screen's top-left corner (the logo): five taps within 3 s open the
 * admin PIN pad (README, "Admin mode"). Not focusable and hidden from screen readers: residents never meet it.
 */
export function AdminCorner(props: { onOpen: () => void }) {
  const counter = useRef(createTapCounter(ADMIN_GESTURE.taps, ADMIN_GESTURE.withinMs));
  return (
    <button
      type="button"
      className="admin-corner"
      aria-hidden="true"
      tabIndex={-1}
      data-testid="admin-corner"
      onPointerDown={() => {
        if (counter.current.tap(performance.now())) props.onOpen();
      }}
    />
  );
}
