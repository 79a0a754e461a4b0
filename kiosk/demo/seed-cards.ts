import { fakeWlt, type CardFixture } from '../../devices/idcard/fixtures';
import { regionFullName } from '../../domain/regions/regions';
import { SEED_PERSONS } from '../../province-sim/persons';

/**
 * ID cards for the people the provincial simulator knows, so a demo (or an end-to-end test) can read a card
 * and get the province's real answers for that person: insured, suspended, unknown, with a 备案 in force.
 */
export function seedPersonCards(): CardFixture[] {
  return SEED_PERSONS.map((p) => ({
    id: `province:${p.key}`,
    description: p.note,
    photoWlt: fakeWlt(p.key),
    card: {
      layout: p.psnCertType === '17' ? 'hmt-residence-permit' : 'resident',
      name: p.name,
      gender: p.gender,
      ...(p.psnCertType === '01' ? { nationCode: p.naty } : {}),
      birthDate: p.birthDate,
      address: `${regionFullName(p.certno.slice(0, 6)) || '广东省广州市天河区'}人民路${Number(p.certno.slice(14, 17))}号`,
      idNumber: p.certno,
      issuer: p.psnCertType === '17' ? '广州市公安局' : '广东省公安厅',
      validFrom: '2016-01-01',
      validUntil: 'long-term',
    },
  }));
}
