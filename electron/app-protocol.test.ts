import { describe, expect, it, vi } from 'vitest';

const handled = vi.hoisted(() => ({ handler: null as null | ((r: Request) => Promise<Response>) }));
vi.mock('electron', () => ({
  protocol: {
    registerSchemesAsPrivileged: vi.fn(),
    handle: (_scheme: string, fn: (r: Request) => Promise<Response>) => (handled.handler = fn),
  },
}));

describe('serveRenderer', () => {
  it('answers kiosk:// with the CSP that allows no WebSocket', async () => {
    const { serveRenderer, ELECTRON_CSP } = await import('./app-protocol');
    serveRenderer('/nonexistent-renderer');
    const res = await handled.handler?.(new Request('kiosk://app/assets/x.js'));
    expect(res?.status).toBe(404);
    expect(res?.headers.get('content-security-policy')).toBe(ELECTRON_CSP);
    expect(ELECTRON_CSP).toContain("connect-src 'self';");
    expect(ELECTRON_CSP).not.toContain('ws://');
  });
});
