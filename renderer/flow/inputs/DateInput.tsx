/** A date picked from the browser's calendar (touch-friendly in Chromium), never typed. */
export function DateInput(props: { id: string; value: string; onChange: (v: string) => void }) {
  return (
    <input
      id={props.id}
      type="date"
      className="date-input"
      value={props.value}
      min="1900-01-01"
      max="2099-12-31"
      onChange={(e) => props.onChange(e.target.value)}
    />
  );
}
