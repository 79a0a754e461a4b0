import { HOST_TOKEN_META } from '../../api/ws-protocol';

/** The browser host's API token as written into a page it served (host/static-files.ts). */
export function hostTokenIn(doc: Document): string {
  return doc.querySelector<HTMLMetaElement>(`meta[name="${HOST_TOKEN_META}"]`)?.content ?? '';
}

/**
 * The token of the host running now. A restarted host makes a new one, so a page that outlived it would be
 * refused for ever; it fetches the current index.html (same origin, not cached) and reads the new token.
 */
export async function fetchCurrentHostToken(): Promise<string | null> {
  try {
    const response = await fetch('/', { cache: 'no-store' });
    if (!response.ok) return null;
    const doc = new DOMParser().parseFromString(await response.text(), 'text/html');
    return hostTokenIn(doc) || null;
  } catch {
    return null; // the host is still down: the next attempt tries again
  }
}
