import { createHash } from 'node:crypto';
import type { NewCase } from '../../db/case-types';

/** Test fixtures: a 32-byte key and valid NewCase values (ZZ02 for a seeded insured person). */
export const TEST_KEY = Buffer.alloc(32, 9);

export function jpegFor(tag: string): Buffer {
  return Buffer.concat([
    Buffer.from([0xff, 0xd8, 0xff, 0xe0]),
    Buffer.from(`photo ${tag}`),
    Buffer.from([0xff, 0xd9]),
  ]);
}

export const sha256 = (b: Buffer): string => createHash('sha256').update(b).digest('hex');

/** A 临时异地就医 备案 for 陈秀英 (resident-insured), told apart by `tag` in memo; one photo per page. */
export function filingCase(
  tag: string,
  pages = 1,
  begndate = new Date().toISOString().slice(0, 10),
): NewCase {
  return {
    itemId: 'offsite-temporary',
    infno: 'ZZ02',
    data: {
      psn_cert_type: '01',
      certno: '440981195803150427',
      psn_name: '陈秀英',
      tel: '13800138000',
      insutype: '390',
      fil_type: '05',
      insu_addr: '广东省茂名市高州市某村1号',
      mdtrtarea_admdvs: '440106',
      mdtrt_addr: '广州市天河区某街道1号',
      begndate,
      enddate: '2099-12-31',
      reflin_medins_name: '',
      refl_rea: '',
      // Without a photographed proof, the 个人承诺书 stands in for it.
      promise_flag: pages === 0 ? '1' : '0',
      memo: tag,
      agnter_name: '',
      agnter_cert_type: '',
      agnter_certno: '',
      agnter_tel: '',
      agnter_rlts: '',
    },
    materials: Array.from({ length: pages }, (_, i) => ({
      photoId: `${tag}-p${i}`,
      sha256: sha256(jpegFor(`${tag}-p${i}`)),
      matlType: 'ZZ0206', // 急诊诊断证明
    })),
    person: { certno: '440981195803150427', name: '陈秀英', certType: '01' },
    insuplcAdmdvs: '440981',
  };
}
