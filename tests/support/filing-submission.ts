import { loadCodeTables } from '../../config/load-code-tables';
import type { IdentityPerson } from '../../flows/identity';
import { SERVICE_ITEMS } from '../../flows/items';
import { prefill } from '../../flows/prefill';
import { buildSubmission } from '../../flows/submission';
import type { PageRef, WizardContext } from '../../flows/wizard-types';

const CODES = loadCodeTables('contract-default');

/**
 * A 异地长期居住 filing for the card's holder with a 承诺书 page, built the way the wizard builds it.
 * `item` 'filing-emergency' (临时异地就医, with an 结束日期 30 days on) can be filed again and again for one
 * person, where the province refuses a second long-stay filing within a year.
 */
export function filingSubmission(
  person: IdentityPerson,
  page: PageRef,
  item: 'filing-long-term' | 'filing-emergency' = 'filing-long-term',
) {
  const definition = SERVICE_ITEMS[item];
  const begin = Date.now() + 8 * 3600_000;
  const ctx: WizardContext = {
    definition,
    codes: CODES,
    insurance: null,
    startedAt: new Date().toISOString(),
    person,
    identityProblem: null,
    actingFor: 'self',
    kioskCounty: null,
    pageIndex: 0,
    noticeAgreed: true,
    answers: {
      ...prefill(definition, person, 'self', CODES).answers,
      tel: '13800138000',
      insutype: '390',
      insu_addr: '广东省茂名市高州市人民路1号',
      mdtrtarea_admdvs: '110105',
      mdtrt_addr: '广州市天河区体育西路1号',
      begndate: new Date(begin).toISOString().slice(0, 10),
      ...(item === 'filing-emergency'
        ? { enddate: new Date(begin + 30 * 86_400_000).toISOString().slice(0, 10) }
        : {}),
    },
    locked: [],
    errors: {},
    proofMode: 'promise',
    pages: {},
    promisePage: page,
    materialIndex: 0,
    confirmTicked: true,
    returnToConfirm: false,
    focusField: null,
    submitError: null,
    submitKey: null,
    submitted: null,
    insured: null,
    queryError: null,
  };
  const submission = buildSubmission(ctx);
  return { ...submission, answers: { ...submission.answers }, pages: [...submission.pages] };
}
