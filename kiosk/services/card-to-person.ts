import type { IdentityCard } from '../../devices/idcard/identity-card';
import type { IdentityPerson } from '../../flows/identity';

/** 医保 psn_cert_type for each card layout (domain.md §4): 01 身份证, 17 港澳台居住证, 07 外国人永久居留证. */
const CERT_TYPE: Record<IdentityCard['layout'], IdentityPerson['certType']> = {
  resident: '01',
  'hmt-residence-permit': '17',
  'foreigner-2017': '07',
  'foreigner-2023': '07',
};

/** What the wizard needs from a card; the photo and fingerprint never leave the Node side. */
export function cardToPerson(card: IdentityCard): IdentityPerson {
  return {
    source: 'idcard',
    name: card.name || card.englishName || '',
    gender: card.gender,
    ...(card.nationCode ? { nation: card.nationCode } : {}),
    birthDate: card.birthDate,
    idNumber: card.idNumber,
    certType: CERT_TYPE[card.layout],
    ...(card.address ? { address: card.address } : {}),
    validUntil: card.validUntil,
  };
}
