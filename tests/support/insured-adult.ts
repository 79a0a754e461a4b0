import type { InsuredLookup } from '../../sync/resident-lookups';
import { adultCard } from './sample-people';

/** 1101's answer for `adultCard`: insured in 天河区 (城乡居民医保), as the case-service tests and bench need it. */
export const ADULT_INSURED_IN_TIANHE: InsuredLookup = {
  kind: 'found',
  result: {
    baseinfo: {
      psn_no: '1',
      psn_cert_type: '01',
      certno: adultCard.idNumber,
      psn_name: adultCard.name,
      gend: '1',
      naty: '01',
      brdy: adultCard.birthDate,
      age: 66,
    },
    insuinfo: [
      {
        insutype: '390',
        psn_type: '1501',
        psn_insu_stas: '1',
        psn_insu_date: '2016-01-01',
        paus_insu_date: '',
        insuplc_admdvs: '440106',
        emp_name: '',
      },
    ],
    idetinfo: [],
  },
};
