import { seedPerson } from './persons';

/**
 * Valid ZZ01 and ZZ02 inputs, written from the contract's tables, for the simulator's tests. Each test
 * starts from one of these and breaks exactly the rule it is about.
 */

/** 转往就医地 for the filings: 深圳市南山区, outside every seeded 参保地's city (茂名 4409). */
export const SHENZHEN = '440305';

/** ZZ01 of a resident the province does not know (张伟), with one photographed 居民身份证. */
export function enrollmentData(fileId: string): Record<string, unknown> {
  const p = seedPerson('unknown-adult');
  return {
    psn_cert_type: '01',
    certno: p.certno,
    psn_name: p.name,
    gend: p.gender,
    naty: '01',
    brdy: p.birthDate,
    tel: '13800138000',
    hsreg_admdvs: '440981',
    hsreg_addr: '广东省高州市石仔岭街道城东路18号',
    insu_admdvs: '440981',
    psn_idet_type: '14',
    subs_type: '0',
    addr: '广东省高州市石仔岭街道城东路18号',
    bank_acct_name: '',
    bank_name: '',
    bank_acct: '',
    agnter_name: '',
    agnter_cert_type: '',
    agnter_certno: '',
    agnter_tel: '',
    agnter_rlts: '',
    att: [{ file_qury_no: fileId, matl_type: 'ZZ0101' }],
  };
}

/** 材料类型 of the proof each 备案类型 needs (domain.md: 安置 two pages, the others one). */
export const PROOF_BY_FIL_TYPE: Readonly<Record<string, ReadonlyArray<string>>> = {
  '01': ['ZZ0201', 'ZZ0202'],
  '02': ['ZZ0203'],
  '03': ['ZZ0204'],
  '04': ['ZZ0205'],
  '05': ['ZZ0206'],
};

/** The 参保地 the province holds for resident-insured (陈秀英, 城乡居民 390, 高州市). */
export const RESIDENT_INSUPLC = '440981';

/** ZZ02 of resident-insured, of `filType`, with one file id per proof page. */
export function filingData(
  filType: string,
  fileIds: ReadonlyArray<string>,
  begndate: string,
): Record<string, unknown> {
  const p = seedPerson('resident-insured');
  const proof = PROOF_BY_FIL_TYPE[filType] ?? [];
  return {
    psn_cert_type: '01',
    certno: p.certno,
    psn_name: p.name,
    tel: '13922334455',
    insutype: '390',
    fil_type: filType,
    insu_addr: '广东省高州市潘州街道人民路1号',
    mdtrtarea_admdvs: SHENZHEN,
    mdtrt_addr: '广东省深圳市南山区科技园南路88号',
    begndate,
    enddate: filType === '05' || filType === '04' ? begndate : '',
    reflin_medins_name: filType === '04' ? '北京大学深圳医院' : '',
    refl_rea: filType === '04' ? '病情需要转上级医院继续治疗' : '',
    promise_flag: '0',
    memo: '',
    agnter_name: '',
    agnter_cert_type: '',
    agnter_certno: '',
    agnter_tel: '',
    agnter_rlts: '',
    att: proof.map((matl_type, i) => ({ file_qury_no: fileIds[i] ?? '', matl_type })),
  };
}
