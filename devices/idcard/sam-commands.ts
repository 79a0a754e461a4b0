import type { SamRequest, SamResponse } from './sam-frame';

/**
 * The SAM commands and reader status codes the kiosk uses (devices.md §1.3, §1.4). Status is carried by SW3;
 * SW1 SW2 are the card's APDU status and are not interpreted.
 */

const NO_DATA = new Uint8Array(0);

export const SamCommand = {
  resetSam: { cmd: 0x10, para: 0xff, data: NO_DATA },
  status: { cmd: 0x11, para: 0xff, data: NO_DATA },
  readSamId: { cmd: 0x12, para: 0xff, data: NO_DATA },
  findCard: { cmd: 0x20, para: 0x01, data: NO_DATA },
  selectCard: { cmd: 0x20, para: 0x02, data: NO_DATA },
  readTextPhoto: { cmd: 0x30, para: 0x01, data: NO_DATA },
  readAppendedAddress: { cmd: 0x30, para: 0x03, data: NO_DATA },
  readTextPhotoFingerprint: { cmd: 0x30, para: 0x10, data: NO_DATA },
} as const satisfies Record<string, SamRequest>;

export type SamCommandName = keyof typeof SamCommand;

export const Sw3 = {
  ok: 0x90,
  noContent: 0x91,
  cardFound: 0x9f,
  hostChecksumError: 0x10,
  hostLengthError: 0x11,
  commandError: 0x21,
  unauthorised: 0x23,
  unrecognised: 0x24,
  cardAuthFailed: 0x31,
  samAuthFailed: 0x32,
  verifyError: 0x33,
  wrongCardType: 0x40,
  readFailed: 0x41,
  randomFailed: 0x47,
  selfTestFailed: 0x60,
  samNotAuthorised: 0x66,
  findFailed: 0x80,
  selectFailed: 0x81,
} as const;

/** Which command a request is, or null for anything the kiosk does not know. */
export function commandNameOf(request: Pick<SamRequest, 'cmd' | 'para'>): SamCommandName | null {
  for (const [name, c] of Object.entries(SamCommand)) {
    if (c.cmd === request.cmd && c.para === request.para) return name as SamCommandName;
  }
  return null;
}

/** Reader-level failures any command may answer with instead of its own statuses. */
const GENERIC_FAILURES: ReadonlySet<number> = new Set([
  Sw3.hostChecksumError,
  Sw3.hostLengthError,
  Sw3.commandError,
  Sw3.unauthorised,
  Sw3.unrecognised,
  Sw3.selfTestFailed,
  Sw3.samNotAuthorised,
]);

/**
 * Whether `response` can be the answer to `command`. The protocol has no sequence numbers, so a reply that
 * arrives after its command timed out could be taken for the next command's reply; checking the status and
 * data length each command can produce discards such strays (e.g. a late 1295-byte read reply during a find).
 */
export function isPlausibleReply(command: SamCommandName, response: SamResponse): boolean {
  const { sw3, data } = response;
  if (GENERIC_FAILURES.has(sw3)) return data.length === 0;
  switch (command) {
    case 'status':
    case 'resetSam':
      return sw3 === Sw3.ok && data.length === 0;
    case 'readSamId':
      return sw3 === Sw3.ok && data.length === 16;
    case 'findCard':
      return (sw3 === Sw3.cardFound && data.length === 4) || (sw3 === Sw3.findFailed && data.length === 0);
    case 'selectCard':
      return (sw3 === Sw3.ok && data.length === 8) || (sw3 === Sw3.selectFailed && data.length === 0);
    case 'readTextPhoto':
      return (sw3 === Sw3.ok && data.length >= 4) || isCardFailure(sw3);
    case 'readTextPhotoFingerprint':
      return (sw3 === Sw3.ok && data.length >= 6) || isCardFailure(sw3);
    case 'readAppendedAddress':
      return sw3 === Sw3.ok || sw3 === Sw3.noContent || isCardFailure(sw3);
  }
}

function isCardFailure(sw3: number): boolean {
  return (
    sw3 === Sw3.readFailed ||
    sw3 === Sw3.cardAuthFailed ||
    sw3 === Sw3.samAuthFailed ||
    sw3 === Sw3.verifyError ||
    sw3 === Sw3.wrongCardType ||
    sw3 === Sw3.randomFailed
  );
}
