import type { CardLayout } from './identity-card';

/**
 * Byte offsets of every item in the 256-byte UCS-2 LE text block, per layout (devices.md §1.6). One table drives
 * both the decoder and the simulator's encoder, so they cannot disagree about where a field lives; the tests
 * also check the decoder against hand-assembled bytes so a wrong offset here cannot hide.
 */

export const TEXT_BLOCK_LENGTH = 256;
/** Card-type flag: 2 bytes at offset 248. */
export const LAYOUT_FLAG_OFFSET = 248;

export type TextField =
  | 'name'
  | 'gender'
  | 'nationCode'
  | 'birthDate'
  | 'address'
  | 'idNumber'
  | 'issuer'
  | 'validFrom'
  | 'validUntil'
  | 'travelPermitNumber'
  | 'issueCount'
  | 'englishName'
  /** 2023 foreigner card: English name characters 36–46, continuing `englishName`. */
  | 'englishNameContinued'
  | 'nationality'
  | 'cardVersion'
  | 'acceptingAuthorityCode';

export type FieldSlot = Readonly<{ offset: number; length: number }>;

/** The UCS-2 character stored at offset 248 for each layout (' ' = resident card). */
export const LAYOUT_FLAGS: Readonly<Record<CardLayout, string>> = {
  resident: ' ',
  'hmt-residence-permit': 'J',
  'foreigner-2017': 'I',
  'foreigner-2023': 'Y',
};

const RESIDENT: Partial<Record<TextField, FieldSlot>> = {
  name: { offset: 0, length: 30 },
  gender: { offset: 30, length: 2 },
  nationCode: { offset: 32, length: 4 },
  birthDate: { offset: 36, length: 16 },
  address: { offset: 52, length: 70 },
  idNumber: { offset: 122, length: 36 },
  issuer: { offset: 158, length: 30 },
  validFrom: { offset: 188, length: 16 },
  validUntil: { offset: 204, length: 16 },
};

export const TEXT_BLOCK_LAYOUTS: Readonly<Record<CardLayout, Partial<Record<TextField, FieldSlot>>>> = {
  resident: RESIDENT,
  'hmt-residence-permit': {
    name: RESIDENT.name,
    gender: RESIDENT.gender,
    // Offset 32–35 has no 民族 on this card (spaces).
    birthDate: RESIDENT.birthDate,
    address: RESIDENT.address,
    idNumber: RESIDENT.idNumber,
    issuer: RESIDENT.issuer,
    validFrom: RESIDENT.validFrom,
    validUntil: RESIDENT.validUntil,
    travelPermitNumber: { offset: 220, length: 18 },
    issueCount: { offset: 238, length: 4 },
  },
  'foreigner-2023': {
    name: { offset: 0, length: 30 },
    gender: { offset: 30, length: 2 },
    issueCount: { offset: 32, length: 4 },
    birthDate: { offset: 36, length: 16 },
    englishName: { offset: 52, length: 70 },
    idNumber: { offset: 122, length: 36 },
    validFrom: { offset: 188, length: 16 },
    validUntil: { offset: 204, length: 16 },
    englishNameContinued: { offset: 220, length: 22 },
    nationality: { offset: 242, length: 6 },
  },
  'foreigner-2017': {
    englishName: { offset: 0, length: 120 },
    gender: { offset: 120, length: 2 },
    idNumber: { offset: 122, length: 30 },
    nationality: { offset: 152, length: 6 },
    name: { offset: 158, length: 30 },
    validFrom: { offset: 188, length: 16 },
    validUntil: { offset: 204, length: 16 },
    birthDate: { offset: 220, length: 16 },
    cardVersion: { offset: 236, length: 4 },
    acceptingAuthorityCode: { offset: 240, length: 8 },
  },
};

export function layoutFromFlag(flag: string): CardLayout {
  if (flag === 'J') return 'hmt-residence-permit';
  if (flag === 'I') return 'foreigner-2017';
  if (flag === 'Y') return 'foreigner-2023';
  return 'resident';
}
