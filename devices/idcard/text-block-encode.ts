import type { IdentityCard } from './identity-card';
import {
  LAYOUT_FLAGS,
  LAYOUT_FLAG_OFFSET,
  TEXT_BLOCK_LAYOUTS,
  TEXT_BLOCK_LENGTH,
  type TextField,
} from './text-block-layout';
import { encodeUcs2leField } from './ucs2';

/**
 * The reverse of the decoder, for the simulator and fixtures: writes a card's text fields into a 256-byte
 * UCS-2 LE block, space-padded, at the offsets of its layout. Throws when a fixture does not fit its slots.
 */

export type CardText = Omit<IdentityCard, 'photoWlt' | 'fingerprint' | 'flags' | 'nationName'>;

/** Characters of the 2023 card's English name that fit at offset 52 before it continues at offset 220. */
const ENGLISH_NAME_HEAD_CHARS = 35;

export function encodeTextBlock(card: CardText): Uint8Array {
  const block = encodeUcs2leField('', TEXT_BLOCK_LENGTH);
  const slots = TEXT_BLOCK_LAYOUTS[card.layout];
  const put = (field: TextField, value: string | undefined) => {
    if (value === undefined) return;
    const slot = slots[field];
    if (!slot) throw new Error(`layout ${card.layout} has no ${field} item`);
    block.set(encodeUcs2leField(value, slot.length), slot.offset);
  };
  const compact = (iso: string) => iso.replaceAll('-', '');

  put('name', card.name);
  put('gender', card.gender);
  put('nationCode', card.nationCode);
  put('birthDate', compact(card.birthDate));
  put('address', card.address);
  put('idNumber', card.idNumber);
  if (slots.issuer) put('issuer', card.issuer);
  put('validFrom', compact(card.validFrom));
  put('validUntil', card.validUntil === 'long-term' ? '长期' : compact(card.validUntil));
  put('travelPermitNumber', card.travelPermitNumber);
  put('issueCount', card.issueCount);
  put('nationality', card.nationality);
  put('cardVersion', card.cardVersion);
  put('acceptingAuthorityCode', card.acceptingAuthorityCode);
  if (card.englishName !== undefined) {
    if (slots.englishNameContinued) {
      put('englishName', card.englishName.slice(0, ENGLISH_NAME_HEAD_CHARS));
      put('englishNameContinued', card.englishName.slice(ENGLISH_NAME_HEAD_CHARS));
    } else {
      put('englishName', card.englishName);
    }
  }
  block.set(encodeUcs2leField(LAYOUT_FLAGS[card.layout], 2), LAYOUT_FLAG_OFFSET);
  return block;
}
