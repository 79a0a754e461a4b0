/**
 * The session whose 身份认证 is on screen: the one ID-card reader and the one scanner work for it, so what they
 * read is that session's alone (kiosk/event-bus.ts routes by it). Set by identity.start, cleared by
 * identity.stop and session.end of the same session.
 */
export class IdentityFocus {
  #sessionId: string | null = null;

  get current(): string | null {
    return this.#sessionId;
  }

  claim(sessionId: string): void {
    this.#sessionId = sessionId;
  }

  release(sessionId: string): void {
    if (this.#sessionId === sessionId) this.#sessionId = null;
  }
}
