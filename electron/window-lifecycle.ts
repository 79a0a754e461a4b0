import type { EventSource, Preventable } from './shell-ports';

/**
 * The kiosk window lives as long as the app: the resident cannot close it (Alt+F4 is also filtered, but a
 * close can come from the window manager), and the app quits only through `shutdown` (SIGTERM from systemd,
 * the OS ending the session, or a future admin action). If the window disappears anyway, the process exits
 * non-zero rather than linger windowless, and the service manager starts a fresh one.
 */
export type LifecycleApp = EventSource & { quit(): void; exit(code: number): void };
export type ClosableWindow = EventSource;

export function createShutdown(deps: {
  app: LifecycleApp;
  closeKiosk: () => Promise<void>;
  onStop: () => void;
  log: (message: string) => void;
}) {
  let requested = false;
  let closed = false;
  const stopping = (reason: string): boolean => {
    if (requested) return false;
    requested = true;
    deps.log(`shutting down (${reason})`);
    deps.onStop();
    return true;
  };
  const shutdown = (reason: string): void => {
    if (stopping(reason)) deps.app.quit();
  };
  // Quitting waits for the kiosk to close its database and devices, then exits for real.
  deps.app.on('before-quit', (event: Preventable) => {
    stopping('quit requested by the system');
    if (closed) return;
    event.preventDefault();
    void deps
      .closeKiosk()
      .catch((error: unknown) => deps.log(`closing the kiosk failed: ${String(error)}`))
      .finally(() => {
        closed = true;
        deps.app.exit(0);
      });
  });
  deps.app.on('window-all-closed', () => {
    if (requested) return;
    deps.log('the kiosk window is gone without a shutdown: exiting for the service manager to restart');
    deps.app.exit(1);
  });
  return { shutdown, isShuttingDown: () => requested };
}

export function guardWindowClose(
  win: ClosableWindow,
  isShuttingDown: () => boolean,
  log: (m: string) => void,
): void {
  win.on('close', (event: Preventable) => {
    if (isShuttingDown()) return;
    event.preventDefault();
    log('refused to close the kiosk window (not shutting down)');
  });
}
