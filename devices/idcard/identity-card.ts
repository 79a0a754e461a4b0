import type { IdNumberProblem } from '../../domain/id-number';

/**
 * What the kiosk learns from an identity card on the reader: the decoded 256-byte text block (devices.md §1.6)
 * plus the opaque photo. Validity is delivered, not judged: refusing an expired card is the app's business.
 */

/** Which of the four text-block layouts the card uses (type flag at text offset 248). */
export type CardLayout =
  /** 居民身份证 (flag: spaces). */
  | 'resident'
  /** 港澳台居民居住证 (flag 'J'). */
  | 'hmt-residence-permit'
  /** 外国人永久居留身份证, 2017 edition (flag 'I'). */
  | 'foreigner-2017'
  /** 外国人永久居留身份证, 2023 edition (flag 'Y'). */
  | 'foreigner-2023';

/** GB/T 2261.1 gender as printed on the card: '1' male, '2' female. */
export type Gender = '1' | '2';

export type IdentityCardFlags = Readonly<{
  /**
   * The Chinese name holds private-use code points (U+E000–U+F8FF or planes 15/16): characters outside Unicode
   * that only the card system's own font draws. They are passed through unchanged; the UI should warn that the
   * name may not display and staff may need to check it against the physical card.
   */
  nameHasPrivateUse: boolean;
  /** The Chinese name holds CJK Extension A or supplementary-plane characters (need a font that covers them). */
  nameHasRareCharacter: boolean;
  /** Result of the GB 11643 / shape check on `idNumber`; null when the number is well-formed. */
  idNumberProblem: IdNumberProblem | null;
  /** The card's gender code was not 1 or 2, and `gender` was taken from the ID number instead. */
  genderFromIdNumber: boolean;
}>;

export type IdentityCard = Readonly<{
  layout: CardLayout;
  /** Chinese name (may be '' on a 2017 foreigner card without one; then use `englishName`). */
  name: string;
  /** Foreigner cards only: the name in Latin letters, as printed (upper case). */
  englishName?: string;
  gender: Gender;
  /** 民族 code '01'…'98' (resident cards only). */
  nationCode?: string;
  /** 民族 name in Chinese for `nationCode`, e.g. '汉' (resident cards only; absent for unknown codes). */
  nationName?: string;
  /** Foreigner cards only: nationality / country code as stored on the card (2017: GB/T 2659 alpha-3). */
  nationality?: string;
  /** yyyy-MM-dd */
  birthDate: string;
  /** 住址 (resident and 港澳台 cards). */
  address?: string;
  /** 公民身份号码 / 居住证号码 / 永久居留证号码, as read (upper-case X). */
  idNumber: string;
  /** 签发机关; '' on foreigner cards, whose text block does not carry it. */
  issuer: string;
  /** yyyy-MM-dd */
  validFrom: string;
  /** yyyy-MM-dd, or 'long-term' for 长期. */
  validUntil: string;
  /** 港澳台 permit: 港澳居民来往内地通行证 / 台湾居民来往大陆通行证 number. */
  travelPermitNumber?: string;
  /** 港澳台 permit: 签发次数 (2 digits). 2023 foreigner card: 换证次数. */
  issueCount?: string;
  /** 2017 foreigner card: 证件版本号. */
  cardVersion?: string;
  /** 2017 foreigner card: 当次申请受理机关代码. */
  acceptingAuthorityCode?: string;
  /** 1024 bytes of WLT-compressed, encrypted photo; decode with a licensed `WltDecoder`. */
  photoWlt: Uint8Array;
  /** 1024-byte fingerprint data when read with command 30 10 and present on the card. */
  fingerprint?: Uint8Array;
  flags: IdentityCardFlags;
}>;

/**
 * Turns the 1024-byte WLT photo into a 102 × 126 24-bit BMP (38 862 bytes). Decoders are closed vendor
 * libraries (devices.md §1.8); none ships with Zizhu, so the UI must cope with "no photo".
 */
export type WltDecoder = Readonly<{
  decode(wlt: Uint8Array): Promise<Uint8Array>;
}>;
