/**
 * The simulator's registry of persons (1101, EC01, ZZ01/ZZ02 rules). Every ID number has a valid GB 11643
 * check digit. Fixtures elsewhere (wizard tests, ID-card simulator, e2e) should pick people from this list
 * by `key` so the kiosk and the province agree about who is insured.
 */
export type SeedInsurance = Readonly<{
  insutype: '310' | '390';
  psn_type: string;
  /** 1 正常参保, 2 暂停参保, 4 终止参保 */
  psn_insu_stas: '1' | '2' | '4';
  psn_insu_date: string;
  paus_insu_date: string;
  insuplc_admdvs: string;
  emp_name: string;
}>;

export type SeedPerson = Readonly<{
  key: string;
  certno: string;
  /** 01 居民身份证, 17 港澳台居民居住证 */
  psnCertType: '01' | '17';
  name: string;
  /** 1 male, 2 female */
  gender: '1' | '2';
  birthDate: string;
  /** 民族 code (01 汉族). */
  naty: string;
  /** Null: the province does not know this person (1101 → 未查询到参保信息). */
  psnNo: string | null;
  insurances: ReadonlyArray<SeedInsurance>;
  /** A 备案 of this type already in force, filed `filedDaysAgo` days before the simulator started. */
  filing?: Readonly<{ filType: '02' | '03'; filedDaysAgo: number; mdtrtareaAdmdvs: string }>;
  note: string;
}>;

export const SEED_PERSONS: ReadonlyArray<SeedPerson> = [
  {
    key: 'resident-insured',
    certno: '440981195803150427',
    psnCertType: '01',
    name: '陈秀英',
    gender: '2',
    birthDate: '1958-03-15',
    naty: '01',
    psnNo: '44000000000000000101',
    insurances: [
      {
        insutype: '390',
        psn_type: '1501',
        psn_insu_stas: '1',
        psn_insu_date: '2016-01-01',
        paus_insu_date: '',
        insuplc_admdvs: '440981',
        emp_name: '',
      },
    ],
    note: '城乡居民医保 正常参保 (高州市); ZZ01 refused (already insured); ZZ02 allowed',
  },
  {
    key: 'employee-insured',
    certno: '440902197508201336',
    psnCertType: '01',
    name: '李建国',
    gender: '1',
    birthDate: '1975-08-20',
    naty: '01',
    psnNo: '44000000000000000102',
    insurances: [
      {
        insutype: '310',
        psn_type: '1101',
        psn_insu_stas: '1',
        psn_insu_date: '2001-07-01',
        paus_insu_date: '',
        insuplc_admdvs: '440902',
        emp_name: '茂名市茂南建材有限公司',
      },
    ],
    note: '职工医保 正常参保 (茂南区); ZZ01 refused (already in 职工医保)',
  },
  {
    key: 'suspended',
    certno: '440923199011021576',
    psnCertType: '01',
    name: '黄志明',
    gender: '1',
    birthDate: '1990-11-02',
    naty: '01',
    psnNo: '44000000000000000103',
    insurances: [
      {
        insutype: '390',
        psn_type: '1501',
        psn_insu_stas: '2',
        psn_insu_date: '2018-01-01',
        paus_insu_date: '2024-01-01',
        insuplc_admdvs: '440904',
        emp_name: '',
      },
    ],
    note: '城乡居民医保 暂停参保; ZZ01 allowed; ZZ02 refused (not insured)',
  },
  {
    key: 'terminated',
    certno: '440982198205092263',
    psnCertType: '01',
    name: '吴丽华',
    gender: '2',
    birthDate: '1982-05-09',
    naty: '01',
    psnNo: '44000000000000000104',
    insurances: [
      {
        insutype: '390',
        psn_type: '1501',
        psn_insu_stas: '4',
        psn_insu_date: '2015-01-01',
        paus_insu_date: '2022-12-31',
        insuplc_admdvs: '440982',
        emp_name: '',
      },
    ],
    note: '城乡居民医保 终止参保; ZZ01 allowed',
  },
  {
    key: 'retired-with-filing',
    certno: '440902195510101714',
    psnCertType: '01',
    name: '梁国强',
    gender: '1',
    birthDate: '1955-10-10',
    naty: '01',
    psnNo: '44000000000000000105',
    insurances: [
      {
        insutype: '310',
        psn_type: '1102',
        psn_insu_stas: '1',
        psn_insu_date: '1985-03-01',
        paus_insu_date: '',
        insuplc_admdvs: '440902',
        emp_name: '茂名石化退休人员管理中心',
      },
    ],
    filing: { filType: '02', filedDaysAgo: 60, mdtrtareaAdmdvs: '440306' },
    note: '职工医保 退休; a 异地长期居住 备案 filed 60 days ago: a new 02/03 备案 is refused',
  },
  {
    key: 'resident-insured-2',
    certno: '440981197007211048',
    psnCertType: '01',
    name: '黄丽华',
    gender: '2',
    birthDate: '1970-07-21',
    naty: '01',
    psnNo: '44000000000000000107',
    insurances: [
      {
        insutype: '390',
        psn_type: '1501',
        psn_insu_stas: '1',
        psn_insu_date: '2018-01-01',
        paus_insu_date: '',
        insuplc_admdvs: '440981',
        emp_name: '',
      },
    ],
    note: '城乡居民医保 正常参保 (高州市), a second such person: 长期居住/常驻工作 备案 may each be tried once a year',
  },
  {
    key: 'tw-resident-insured',
    certno: '830000198804120026',
    psnCertType: '17',
    name: '陈美玲',
    gender: '2',
    birthDate: '1988-04-12',
    naty: '01',
    psnNo: '44000000000000000106',
    insurances: [
      {
        insutype: '390',
        psn_type: '1501',
        psn_insu_stas: '1',
        psn_insu_date: '2020-01-01',
        paus_insu_date: '',
        insuplc_admdvs: '440902',
        emp_name: '',
      },
    ],
    note: '港澳台居民居住证 holder, 城乡居民医保 正常参保',
  },
  {
    key: 'unknown-adult',
    certno: '440981199501231510',
    psnCertType: '01',
    name: '张伟',
    gender: '1',
    birthDate: '1995-01-23',
    naty: '01',
    psnNo: null,
    insurances: [],
    note: 'unknown to the province: 1101 → 未查询到参保信息; ZZ01 allowed (then insured)',
  },
  {
    key: 'unknown-child',
    certno: '440902201906010489',
    psnCertType: '01',
    name: '林小红',
    gender: '2',
    birthDate: '2019-06-01',
    naty: '01',
    psnNo: null,
    insurances: [],
    note: 'a child never enrolled: a guardian enrolls her with ZZ01 (婴幼儿)',
  },
];

export function seedPerson(key: string): SeedPerson {
  const p = SEED_PERSONS.find((s) => s.key === key);
  if (!p) throw new Error(`no seed person ${key}`);
  return p;
}
