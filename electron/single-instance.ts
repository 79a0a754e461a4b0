/**
 * One kiosk per machine: a second start (a technician's double click, a duplicate autostart) hands over to
 * the running one, which brings its window to the front, and exits at once.
 */
export type InstanceApp = {
  requestSingleInstanceLock(): boolean;
  on(event: 'second-instance', listener: () => void): unknown;
  exit(code: number): void;
};

export type FocusableWindow = {
  isMinimized(): boolean;
  restore(): void;
  show(): void;
  focus(): void;
};

/** False if another instance holds the lock (this process is already exiting). */
export function claimSingleInstance(app: InstanceApp, kioskWindow: () => FocusableWindow | null): boolean {
  if (!app.requestSingleInstanceLock()) {
    app.exit(0);
    return false;
  }
  app.on('second-instance', () => {
    const win = kioskWindow();
    if (!win) return;
    if (win.isMinimized()) win.restore();
    win.show();
    win.focus();
  });
  return true;
}
