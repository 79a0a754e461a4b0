import { describe, expect, it } from 'vitest';
import { idCheckDigit } from '../../domain/id-number';
import { CARD_FIXTURES, cardFixture } from './fixtures';
import { decodeIdentityCard } from './text-block-decode';
import { encodeTextBlock } from './text-block-encode';

/** Builds a block by hand from literal offsets (devices.md §1.6), independent of text-block-layout.ts. */
function handBlock(fields: Array<[offset: number, text: string]>, flag = ' '): Uint8Array {
  const block = new Uint8Array(256);
  for (let i = 0; i < 256; i += 2) block[i] = 0x20;
  const write = (offset: number, text: string) => {
    for (let i = 0; i < text.length; i++) {
      const u = text.charCodeAt(i);
      block[offset + i * 2] = u & 0xff;
      block[offset + i * 2 + 1] = u >> 8;
    }
  };
  for (const [offset, text] of fields) write(offset, text);
  write(248, flag);
  return block;
}

const photo = new Uint8Array(1024).fill(7);
const valid = (body17: string) => body17 + idCheckDigit(body17);
const MAN = valid('44010419800101001');
const WOMAN = valid('44010419800101002');
const TODAY = new Date('2026-11-22T00:00:00Z');

describe('text block decoding (hand-assembled bytes)', () => {
  it('reads a resident card at the documented offsets', () => {
    const block = handBlock([
      [0, '张三丰'],
      [30, '1'],
      [32, '03'],
      [36, '19800101'],
      [52, '广东省广州市越秀区中山五路1号'],
      [122, MAN],
      [158, '广州市公安局越秀分局'],
      [188, '20100101'],
      [204, '长期'],
    ]);
    const result = decodeIdentityCard(block, photo, { today: TODAY });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.card).toMatchObject({
      layout: 'resident',
      name: '张三丰',
      gender: '1',
      nationCode: '03',
      nationName: '回',
      birthDate: '1980-01-01',
      address: '广东省广州市越秀区中山五路1号',
      idNumber: MAN,
      issuer: '广州市公安局越秀分局',
      validFrom: '2010-01-01',
      validUntil: 'long-term',
    });
    expect(result.card.photoWlt).toBe(photo);
    expect(result.card.flags).toEqual({
      nameHasPrivateUse: false,
      nameHasRareCharacter: false,
      idNumberProblem: null,
      genderFromIdNumber: false,
    });
  });

  it('flags a number with a wrong check digit but still delivers the card', () => {
    const wrong = MAN.slice(0, 17) + (MAN[17] === '0' ? '1' : '0');
    const block = handBlock([
      [0, '张三'],
      [30, '1'],
      [36, '19800101'],
      [122, wrong],
      [188, '20100101'],
      [204, '20300101'],
    ]);
    const result = decodeIdentityCard(block, photo, { today: TODAY });
    expect(result.ok && result.card.flags.idNumberProblem).toBe('checksum');
  });

  it('reads the J layout: pass number at 220, issue count at 238, no 民族', () => {
    const block = handBlock(
      [
        [0, '何美玲'],
        [30, '2'],
        [36, '19930909'],
        [52, '广东省珠海市香洲区'],
        [122, '820000199309090025'],
        [158, '珠海市公安局'],
        [188, '20220101'],
        [204, '20270101'],
        [220, 'M12345678'],
        [238, '02'],
      ],
      'J',
    );
    const result = decodeIdentityCard(block, photo, { today: TODAY });
    expect(result.ok && result.card).toMatchObject({
      layout: 'hmt-residence-permit',
      travelPermitNumber: 'M12345678',
      issueCount: '02',
      validUntil: '2027-01-01',
    });
    expect(result.ok && result.card.nationCode).toBeUndefined();
  });

  it('reads the 2017 foreigner layout I', () => {
    const block = handBlock(
      [
        [0, 'MUELLER ANNA'],
        [120, '2'],
        [122, 'DEU310079010128'],
        [152, 'DEU'],
        [158, '安娜'],
        [188, '20150301'],
        [204, '20250228'],
        [220, '19790101'],
        [236, '03'],
        [240, '3100'],
      ],
      'I',
    );
    const result = decodeIdentityCard(block, photo, { today: TODAY });
    expect(result.ok && result.card).toMatchObject({
      layout: 'foreigner-2017',
      englishName: 'MUELLER ANNA',
      name: '安娜',
      gender: '2',
      idNumber: 'DEU310079010128',
      nationality: 'DEU',
      birthDate: '1979-01-01',
      validFrom: '2015-03-01',
      validUntil: '2025-02-28',
      cardVersion: '03',
      acceptingAuthorityCode: '3100',
      issuer: '',
    });
  });

  it('reads the 2023 foreigner layout Y, joining the English name across offsets 52 and 220', () => {
    const english = 'ABCDEFGHIJ KLMNOPQRST UVWXYZ ABCDEFGH'; // 36 chars: the last one continues at 220
    const block = handBlock(
      [
        [0, '安东'],
        [30, '1'],
        [32, '01'],
        [36, '19800202'],
        [52, english.slice(0, 35)],
        [122, '931276198002020017'],
        [188, '20240101'],
        [204, '20340101'],
        [220, english.slice(35)],
        [242, 'ITA'],
      ],
      'Y',
    );
    const result = decodeIdentityCard(block, photo, { today: TODAY });
    expect(result.ok && result.card).toMatchObject({
      layout: 'foreigner-2023',
      name: '安东',
      englishName: english,
      issueCount: '01',
      nationality: 'ITA',
      birthDate: '1980-02-02',
    });
  });

  it('refuses impossible dates and an empty number', () => {
    const bad = handBlock([
      [0, '某'],
      [30, '1'],
      [36, '19801341'],
      [122, '440104198001010011'],
      [188, '20100101'],
      [204, '20200101'],
    ]);
    expect(decodeIdentityCard(bad, photo)).toEqual({ ok: false, problem: 'birthDate' });
    const noNumber = handBlock([
      [0, '某'],
      [30, '1'],
      [36, '19800101'],
      [188, '20100101'],
      [204, '20200101'],
    ]);
    expect(decodeIdentityCard(noNumber, photo)).toEqual({ ok: false, problem: 'idNumber' });
    expect(decodeIdentityCard(new Uint8Array(255), photo)).toEqual({ ok: false, problem: 'length' });
  });

  it('takes gender from the number when the card says 0 or 9, and flags it', () => {
    const block = handBlock([
      [0, '某人'],
      [30, '9'],
      [36, '19800101'],
      [122, WOMAN],
      [188, '20100101'],
      [204, '20300101'],
    ]);
    const result = decodeIdentityCard(block, photo, { today: TODAY });
    expect(result.ok && result.card.gender).toBe('2');
    expect(result.ok && result.card.flags.genderFromIdNumber).toBe(true);
  });

  it('keeps a supplementary-plane character stored as a surrogate pair, and replaces a lone surrogate', () => {
    const pair = handBlock([
      [0, '王𬌗'],
      [30, '1'],
      [36, '19800101'],
      [122, '440104198001010011'],
      [188, '20100101'],
      [204, '20300101'],
    ]);
    const ok = decodeIdentityCard(pair, photo, { today: TODAY });
    expect(ok.ok && ok.card.name).toBe('王𬌗');
    expect(ok.ok && ok.card.flags.nameHasRareCharacter).toBe(true);
    const lone = handBlock([
      [0, '王\uD870'],
      [30, '1'],
      [36, '19800101'],
      [122, '440104198001010011'],
      [188, '20100101'],
      [204, '20300101'],
    ]);
    const replaced = decodeIdentityCard(lone, photo, { today: TODAY });
    expect(replaced.ok && replaced.card.name).toBe('王\uFFFD');
  });
});

describe('fixtures', () => {
  it('cover all four layouts, 长期, an expired card, a rare name and a private-use name', () => {
    const layouts = new Set(CARD_FIXTURES.map((f) => f.card.layout));
    expect(layouts).toEqual(
      new Set(['resident', 'hmt-residence-permit', 'foreigner-2017', 'foreigner-2023']),
    );
    expect(CARD_FIXTURES.some((f) => f.card.validUntil === 'long-term')).toBe(true);
    expect(
      CARD_FIXTURES.some((f) => f.card.validUntil !== 'long-term' && f.card.validUntil < '2020-01-01'),
    ).toBe(true);
  });

  it.each(CARD_FIXTURES.map((f) => [f.id, f] as const))(
    '%s encodes and decodes back to the same card',
    (_id, fixture) => {
      const result = decodeIdentityCard(encodeTextBlock(fixture.card), fixture.photoWlt, { today: TODAY });
      expect(result.ok).toBe(true);
      if (!result.ok) return;
      const { flags, photoWlt, nationName, ...text } = result.card;
      expect(text).toEqual(fixture.card);
      expect(photoWlt).toEqual(fixture.photoWlt);
      expect(flags.idNumberProblem).toBeNull();
      expect(flags.genderFromIdNumber).toBe(false);
      if (fixture.card.nationCode) expect(nationName).toBeTypeOf('string');
    },
  );

  it('flags the rare and private-use names', () => {
    const decode = (id: string) => {
      const f = cardFixture(id);
      const r = decodeIdentityCard(encodeTextBlock(f.card), f.photoWlt, { today: TODAY });
      if (!r.ok) throw new Error(r.problem);
      return r.card;
    };
    expect(decode('resident-rare-name').flags).toMatchObject({
      nameHasRareCharacter: true,
      nameHasPrivateUse: false,
    });
    expect(decode('resident-rare-name').name).toBe('刘\u4DAE');
    expect(decode('resident-private-use').flags).toMatchObject({
      nameHasRareCharacter: false,
      nameHasPrivateUse: true,
    });
    expect(decode('resident-private-use').name).toBe('叶\uE4A6婷');
    expect(decode('resident').flags).toMatchObject({ nameHasRareCharacter: false, nameHasPrivateUse: false });
    expect(decode('resident-minority').nationName).toBe('壮');
  });
});
