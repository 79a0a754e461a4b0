import { commandNameOf, Sw3 } from './sam-commands';
import { encodeResponse, type SamRequest } from './sam-frame';
import { buildReadPayload } from './read-payload';

/**
 * The SAM module's behaviour, with no I/O: given a request, the reply bytes a real reader sends. Shared by the
 * in-process simulator (unit tests) and the serial one (pty / null-modem), so both speak identical bytes.
 * Card state follows the real sequence: find → select → read; reading needs a select since the last find,
 * and taking the card away forgets both.
 */

export type SimCard = Readonly<{
  text: Uint8Array;
  photo: Uint8Array;
  fingerprint?: Uint8Array;
  /** 4-byte card IIN returned by find (zeros are what real readers are seen to send). */
  iin?: Uint8Array;
}>;

const EMPTY = new Uint8Array(0);

export class SamSimulatorCore {
  private card: SimCard | null = null;
  private found = false;
  private selected = false;
  private failReads = 0;
  /** When true, status answers 60 (self-test failed) and other commands are refused. */
  selfTestFails = false;

  get cardPresent(): boolean {
    return this.card !== null;
  }

  present(card: SimCard): void {
    this.card = card;
    this.found = false;
    this.selected = false;
  }

  remove(): void {
    this.card = null;
    this.found = false;
    this.selected = false;
  }

  /** The next `count` read commands fail with SW3 41 (as when the card moves during the RF exchange). */
  failNextRead(count = 1): void {
    this.failReads += count;
  }

  /** Reply to a host frame whose checksum or length was wrong. */
  replyToCorruptFrame(): Uint8Array {
    return reply(Sw3.hostChecksumError);
  }

  respond(request: SamRequest): Uint8Array {
    const name = commandNameOf(request);
    if (this.selfTestFails) return reply(Sw3.selfTestFailed);
    // Baud-rate (60 0x) and RF frame size (61 FF xx) settings: acknowledged, no effect on a simulated line.
    if ((request.cmd === 0x60 && request.para <= 0x04) || (request.cmd === 0x61 && request.para === 0xff)) {
      return reply(Sw3.ok);
    }
    switch (name) {
      case 'status':
      case 'resetSam':
        return reply(Sw3.ok);
      case 'readSamId':
        return reply(
          Sw3.ok,
          Uint8Array.from([
            0x05, 0x00, 0x01, 0x00, 0x20, 0x13, 0x04, 0x01, 0x15, 0x27, 0x00, 0x00, 0x88, 0x96, 0x03, 0x00,
          ]),
        );
      case 'findCard':
        if (!this.card) return reply(Sw3.findFailed);
        this.found = true;
        this.selected = false;
        return reply(Sw3.cardFound, this.card.iin ?? new Uint8Array(4));
      case 'selectCard':
        if (!this.card || !this.found) return reply(Sw3.selectFailed);
        this.selected = true;
        return reply(Sw3.ok, new Uint8Array(8));
      case 'readTextPhoto':
      case 'readTextPhotoFingerprint': {
        if (!this.card || !this.selected) return reply(Sw3.readFailed);
        if (this.failReads > 0) {
          this.failReads--;
          return reply(Sw3.readFailed);
        }
        const fp = name === 'readTextPhotoFingerprint' ? (this.card.fingerprint ?? EMPTY) : undefined;
        return reply(Sw3.ok, buildReadPayload(this.card.text, this.card.photo, fp));
      }
      case 'readAppendedAddress':
        if (!this.card || !this.selected) return reply(Sw3.readFailed);
        return reply(Sw3.noContent);
      case null:
        return reply(Sw3.commandError);
    }
  }
}

function reply(sw3: number, data: Uint8Array = EMPTY): Uint8Array {
  return encodeResponse({ sw1: 0, sw2: 0, sw3, data });
}
