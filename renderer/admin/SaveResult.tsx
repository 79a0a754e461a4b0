/** What a save, replace or action said: one line or several, green when it worked, red when it did not. */
export type SaveMessage = Readonly<{ ok: boolean; lines: ReadonlyArray<string> }>;

/** The result row under an admin form (device settings, kiosk identity, secrets). */
export function SaveResult(props: { message: SaveMessage | null }) {
  const { message } = props;
  if (!message) return null;
  return (
    <div role="alert" className={message.ok ? 'admin-badge admin-badge--ok' : 'admin-badge admin-badge--bad'}>
      {message.lines.map((l) => (
        <p key={l}>{l}</p>
      ))}
    </div>
  );
}
