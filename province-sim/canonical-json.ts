/**
 * Canonical JSON as the contract defines it for cainfo and msgid replays: object keys sorted recursively,
 * no whitespace, standard JSON escaping. Keys sort by UTF-16 code units (what Array.prototype.sort does);
 * members whose value is undefined are absent, as they would be after a JSON round trip.
 */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value))
    return `[${value.map((v) => (v === undefined ? 'null' : canonicalJson(v))).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    const members = Object.keys(record)
      .filter((k) => record[k] !== undefined)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonicalJson(record[k])}`);
    return `{${members.join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}
