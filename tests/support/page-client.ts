import WebSocket from 'ws';
import { createWebSocketKioskApi, type WebSocketKioskApi, type WebSocketLike } from '../../api/ws-client';
import { apiSocketUrl, HOST_TOKEN_META } from '../../api/ws-protocol';

/** This launch's token, read from the index.html the host serves, as the kiosk page reads it. */
export async function hostToken(pageOrigin: string): Promise<string> {
  const html = await (await fetch(`${pageOrigin}/`)).text();
  const token = new RegExp(`<meta name="${HOST_TOKEN_META}" content="([^"]+)"`).exec(html)?.[1];
  if (!token) throw new Error(`no ${HOST_TOKEN_META} in the page ${pageOrigin} served`);
  return token;
}

/**
 * A Node client that connects exactly as the kiosk's own page does: with the page's Origin and the token the
 * page was served. Tests and the end-to-end harness use it; anything else is refused by the host.
 */
export async function connectAsPage(pageOrigin: string): Promise<WebSocketKioskApi> {
  const token = await hostToken(pageOrigin);
  return createWebSocketKioskApi(
    apiSocketUrl(pageOrigin, token),
    (url) => new WebSocket(url, { origin: pageOrigin }) as unknown as WebSocketLike,
    // Like the page: after a host restart, read the new token from the new host's page.
    { refreshUrl: () => hostToken(pageOrigin).then((t) => apiSocketUrl(pageOrigin, t)) },
  );
}
