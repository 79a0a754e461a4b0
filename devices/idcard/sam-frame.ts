/**
 * SAM / SAM_V frame codec (devices.md §1.2). Both directions share one shape:
 *
 *   AA AA AA 96 69 | Len1 Len2 | payload... | CHK
 *
 * Len is big-endian and counts the payload plus the checksum; CHK is the XOR of every byte after the
 * preamble (Len1 Len2 payload) and before itself. A request payload is `CMD Para Data...`, a response payload
 * is `SW1 SW2 SW3 Data...`.
 */

export const SAM_PREAMBLE: readonly number[] = [0xaa, 0xaa, 0xaa, 0x96, 0x69];
/** Preamble (5) + length (2). */
export const SAM_HEADER_LENGTH = 7;

export type SamRequest = Readonly<{ cmd: number; para: number; data: Uint8Array }>;
export type SamResponse = Readonly<{ sw1: number; sw2: number; sw3: number; data: Uint8Array }>;

/** XOR of bytes [from, to) of `bytes`. */
export function xorChecksum(bytes: Uint8Array, from = 0, to = bytes.length): number {
  let x = 0;
  for (let i = from; i < to; i++) x ^= bytes[i] ?? 0;
  return x;
}

/** Wraps a payload into a complete frame (preamble, length, payload, checksum). */
export function encodeFrame(payload: Uint8Array): Uint8Array {
  const len = payload.length + 1;
  if (len > 0xffff) throw new RangeError(`SAM payload too long: ${payload.length} bytes`);
  const frame = new Uint8Array(SAM_HEADER_LENGTH + len);
  frame.set(SAM_PREAMBLE, 0);
  frame[5] = len >> 8;
  frame[6] = len & 0xff;
  frame.set(payload, SAM_HEADER_LENGTH);
  frame[frame.length - 1] = xorChecksum(frame, 5, frame.length - 1);
  return frame;
}

export function encodeRequest(request: Omit<SamRequest, 'data'> & { data?: Uint8Array }): Uint8Array {
  const data = request.data ?? new Uint8Array(0);
  const payload = new Uint8Array(2 + data.length);
  payload[0] = request.cmd;
  payload[1] = request.para;
  payload.set(data, 2);
  return encodeFrame(payload);
}

export function encodeResponse(response: Omit<SamResponse, 'data'> & { data?: Uint8Array }): Uint8Array {
  const data = response.data ?? new Uint8Array(0);
  const payload = new Uint8Array(3 + data.length);
  payload[0] = response.sw1;
  payload[1] = response.sw2;
  payload[2] = response.sw3;
  payload.set(data, 3);
  return encodeFrame(payload);
}

/** Interprets a checked payload as a request; null when it is too short to carry CMD and Para. */
export function requestFromPayload(payload: Uint8Array): SamRequest | null {
  if (payload.length < 2) return null;
  return { cmd: payload[0] ?? 0, para: payload[1] ?? 0, data: payload.subarray(2) };
}

/** Interprets a checked payload as a response; null when it is too short to carry SW1 SW2 SW3. */
export function responseFromPayload(payload: Uint8Array): SamResponse | null {
  if (payload.length < 3) return null;
  return { sw1: payload[0] ?? 0, sw2: payload[1] ?? 0, sw3: payload[2] ?? 0, data: payload.subarray(3) };
}

/** Lower-case hex with spaces, for logs and test messages. */
export function toHex(bytes: Uint8Array): string {
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join(' ');
}

export function fromHex(hex: string): Uint8Array {
  const clean = hex.replace(/[^0-9a-fA-F]/g, '');
  const out = new Uint8Array(clean.length / 2);
  for (let i = 0; i < out.length; i++) out[i] = parseInt(clean.slice(i * 2, i * 2 + 2), 16);
  return out;
}
