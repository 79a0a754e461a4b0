/**
 * The contract's canonical JSON: object keys sorted recursively (by UTF-16 code units, JavaScript's default
 * sort), no whitespace, standard JSON escaping. It is what `cainfo` signs and what the province compares when
 * a msgid is replayed, so kiosk and simulator must produce byte-identical text for equal inputs.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') {
    const text = JSON.stringify(value);
    // JSON.stringify(undefined) is undefined; inside arrays JSON writes null, which is what we mirror.
    return text === undefined ? 'null' : text;
  }
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record)
    .filter((k) => record[k] !== undefined)
    .sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(record[k])}`).join(',')}}`;
}
