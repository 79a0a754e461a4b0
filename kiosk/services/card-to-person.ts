import type { IdentityCard } from '../../devices/idcard/identity-card';
import type { DocKind, IdentityPerson } from '../../flows/identity';

/** Which document each card layout is (domain.md §4); the code tables give the province's code for it. */
const DOC_KIND: Record<IdentityCard['layout'], DocKind> = {
  resident: 'resident',
  'hmt-residence-permit': 'residence-permit',
  'foreigner-2017': 'foreigner-permanent',
  'foreigner-2023': 'foreigner-permanent',
};

/** What the wizard needs from a card; the photo and fingerprint never leave the Node side. */
export function cardToPerson(card: IdentityCard): IdentityPerson {
  return {
    source: 'idcard',
    name: card.name || card.englishName || '',
    // GB/T 2261.1 on the card: 1 男, 2 女.
    gender: card.gender === '2' ? 'female' : 'male',
    ...(card.nationCode ? { nation: card.nationCode } : {}),
    birthDate: card.birthDate,
    idNumber: card.idNumber,
    docKind: DOC_KIND[card.layout],
    ...(card.address ? { address: card.address } : {}),
    validUntil: card.validUntil,
  };
}
