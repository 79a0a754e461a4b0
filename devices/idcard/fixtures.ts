import { idCheckDigit } from '../../domain/id-number';
import type { CardText } from './text-block-encode';

/**
 * Cards for the simulator, tests, demos and the technician's "present card" button: every text-block layout,
 * 长期 validity, an expired card, a child's 5-year card, a 民族 other than 汉, a rare (CJK Extension A) name and
 * a name with a private-use character. All people are invented; ID numbers carry valid MOD 11-2 check digits.
 */

export type CardFixture = Readonly<{
  id: string;
  description: string;
  card: CardText;
  /** Opaque stand-in for the 1024-byte WLT photo (deterministic per fixture). */
  photoWlt: Uint8Array;
}>;

/** Appends the GB 11643 check character to a 17-digit body. */
function idNo(body17: string): string {
  if (!/^\d{17}$/.test(body17)) throw new Error(`fixture ID body must be 17 digits: ${body17}`);
  return body17 + idCheckDigit(body17);
}

/** 1024 deterministic pseudo-random bytes (xorshift32 seeded from the id), so photos differ per fixture. */
export function fakeWlt(seedText: string): Uint8Array {
  let x = 2166136261;
  for (const ch of seedText) x = Math.imul(x ^ (ch.codePointAt(0) ?? 0), 16777619) >>> 0;
  const out = new Uint8Array(1024);
  for (let i = 0; i < out.length; i++) {
    x ^= x << 13;
    x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5;
    x >>>= 0;
    out[i] = x & 0xff;
  }
  return out;
}

function fixture(id: string, description: string, card: CardText): CardFixture {
  return { id, description, card, photoWlt: fakeWlt(id) };
}

export const CARD_FIXTURES: readonly CardFixture[] = [
  fixture('resident', '居民身份证, adult, 20-year validity', {
    layout: 'resident',
    name: '陈嘉欣',
    gender: '2',
    nationCode: '01',
    birthDate: '1990-05-12',
    address: '广东省广州市天河区天河北路233号1502房',
    idNumber: idNo('44010619900512124'),
    issuer: '广州市公安局天河分局',
    validFrom: '2016-03-08',
    validUntil: '2036-03-08',
  }),
  fixture('resident-long-term', '居民身份证 with 长期 validity (issued after age 46)', {
    layout: 'resident',
    name: '黄志强',
    gender: '1',
    nationCode: '01',
    birthDate: '1958-11-03',
    address: '广东省佛山市南海区桂城街道南海大道北38号',
    idNumber: idNo('44060519581103031'),
    issuer: '佛山市公安局南海分局',
    validFrom: '2012-07-15',
    validUntil: 'long-term',
  }),
  fixture('resident-rare-name', '居民身份证, name with a CJK Extension A character (䶮 U+4DAE)', {
    layout: 'resident',
    name: '刘䶮',
    gender: '1',
    nationCode: '01',
    birthDate: '2001-09-17',
    address: '广东省韶关市武江区新华南路12号',
    idNumber: idNo('44020320010917057'),
    issuer: '韶关市公安局武江分局',
    validFrom: '2017-10-09',
    validUntil: '2027-10-09',
  }),
  fixture(
    'resident-private-use',
    '居民身份证, name with a private-use code point (U+E4A6) from the card font',
    {
      layout: 'resident',
      name: '叶\uE4A6婷',
      gender: '2',
      nationCode: '01',
      birthDate: '2003-08-11',
      address: '广东省汕头市金平区长平路15号',
      idNumber: idNo('44051120030811026'),
      issuer: '汕头市公安局金平分局',
      validFrom: '2019-09-02',
      validUntil: '2029-09-02',
    },
  ),
  fixture('resident-expired', '居民身份证, expired 2018-01-10', {
    layout: 'resident',
    name: '梁秀英',
    gender: '2',
    nationCode: '01',
    birthDate: '1975-02-14',
    address: '广东省江门市蓬江区建设路56号',
    idNumber: idNo('44070319750214062'),
    issuer: '江门市公安局蓬江分局',
    validFrom: '2008-01-10',
    validUntil: '2018-01-10',
  }),
  fixture('resident-child', '居民身份证, child, 5-year validity', {
    layout: 'resident',
    name: '邓子轩',
    gender: '1',
    nationCode: '01',
    birthDate: '2016-06-01',
    address: '广东省东莞市南城街道鸿福路88号',
    idNumber: idNo('44190020160601013'),
    issuer: '东莞市公安局南城分局',
    validFrom: '2022-08-01',
    validUntil: '2027-08-01',
  }),
  fixture('resident-minority', '居民身份证, 壮族', {
    layout: 'resident',
    name: '韦丽萍',
    gender: '2',
    nationCode: '08',
    birthDate: '1988-12-20',
    address: '广东省肇庆市端州区星湖大道9号',
    idNumber: idNo('44120219881220028'),
    issuer: '肇庆市公安局端州分局',
    validFrom: '2019-04-22',
    validUntil: '2039-04-22',
  }),
  fixture('hk-permit', '港澳台居民居住证 (Hong Kong, 810000), layout J', {
    layout: 'hmt-residence-permit',
    name: '李家豪',
    gender: '1',
    birthDate: '1995-07-30',
    address: '广东省深圳市福田区福华三路100号',
    idNumber: idNo('81000019950730001'),
    issuer: '深圳市公安局福田分局',
    validFrom: '2023-03-15',
    validUntil: '2028-03-15',
    travelPermitNumber: 'H10234567',
    issueCount: '01',
  }),
  fixture('tw-permit', '港澳台居民居住证 (Taiwan, 830000), layout J', {
    layout: 'hmt-residence-permit',
    name: '林怡君',
    gender: '2',
    birthDate: '1992-04-08',
    address: '广东省广州市海珠区新港中路397号',
    idNumber: idNo('83000019920408002'),
    issuer: '广州市公安局海珠分局',
    validFrom: '2024-06-01',
    validUntil: '2029-06-01',
    travelPermitNumber: '08123456',
    issueCount: '00',
  }),
  fixture('foreigner-2017', '外国人永久居留身份证 2017 edition, layout I', {
    layout: 'foreigner-2017',
    name: '史密斯',
    englishName: 'SMITH JOHN MICHAEL',
    gender: '1',
    nationality: 'USA',
    birthDate: '1985-06-20',
    idNumber: 'USA110085062014',
    issuer: '',
    validFrom: '2018-04-02',
    validUntil: '2028-04-01',
    cardVersion: '05',
    acceptingAuthorityCode: '1100',
  }),
  fixture(
    'foreigner-2023',
    '外国人永久居留身份证 2023 edition, layout Y, English name longer than 35 characters',
    {
      layout: 'foreigner-2023',
      name: '玛丽亚',
      englishName: 'GARCIA LOPEZ MARIA FERNANDA ISABEL CRISTINA',
      gender: '2',
      issueCount: '00',
      nationality: 'ESP',
      birthDate: '1992-03-15',
      idNumber: idNo('94472419920315012'),
      issuer: '',
      validFrom: '2024-01-10',
      validUntil: '2034-01-09',
    },
  ),
];

export type CardFixtureId = (typeof CARD_FIXTURES)[number]['id'];

export function cardFixture(id: string): CardFixture {
  const found = CARD_FIXTURES.find((f) => f.id === id);
  if (!found)
    throw new Error(`unknown card fixture "${id}" (known: ${CARD_FIXTURES.map((f) => f.id).join(', ')})`);
  return found;
}
