/**
 * Splits the data of a successful read reply into text, photo and fingerprint (devices.md §1.5).
 * 30 01: textLen(2, BE) photoLen(2, BE) text photo. 30 10: textLen photoLen fingerprintLen (2 each) text photo
 * fingerprint. The lengths must account for every byte; anything else is a malformed reply.
 */

export type ReadPayload = Readonly<{ text: Uint8Array; photo: Uint8Array; fingerprint?: Uint8Array }>;

export function splitReadPayload(data: Uint8Array, withFingerprint: boolean): ReadPayload | null {
  const u16 = (i: number) => ((data[i] ?? 0) << 8) | (data[i + 1] ?? 0);
  const header = withFingerprint ? 6 : 4;
  if (data.length < header) return null;
  const textLen = u16(0);
  const photoLen = u16(2);
  const fpLen = withFingerprint ? u16(4) : 0;
  if (header + textLen + photoLen + fpLen !== data.length) return null;
  const text = data.subarray(header, header + textLen);
  const photo = data.subarray(header + textLen, header + textLen + photoLen);
  if (!withFingerprint) return { text, photo };
  return { text, photo, fingerprint: data.subarray(header + textLen + photoLen) };
}

export function buildReadPayload(text: Uint8Array, photo: Uint8Array, fingerprint?: Uint8Array): Uint8Array {
  const header = fingerprint ? 6 : 4;
  const out = new Uint8Array(header + text.length + photo.length + (fingerprint?.length ?? 0));
  out[0] = text.length >> 8;
  out[1] = text.length & 0xff;
  out[2] = photo.length >> 8;
  out[3] = photo.length & 0xff;
  if (fingerprint) {
    out[4] = fingerprint.length >> 8;
    out[5] = fingerprint.length & 0xff;
  }
  out.set(text, header);
  out.set(photo, header + text.length);
  if (fingerprint) out.set(fingerprint, header + text.length + photo.length);
  return out;
}
