import type { ServiceItemDefinition } from '../definition';

/** 参保人员参保信息查询: 身份认证 → 查看结果 (seeds/002 附件3). No form, no materials, no case. */
export const insuredQuery: ServiceItemDefinition = {
  id: 'insured-query',
  kind: 'query',
  infno: null,
  acceptedIdKinds: ['resident', 'hkmo-permit', 'tw-permit', 'foreigner-2023', 'foreigner-2017'],
  allowProxy: false,
  requiresNoticeConsent: false,
  fields: [],
  materials: [],
  promiseAllowed: false,
  rules: [],
  nextSteps: [],
};
