import { KioskApiError } from '../../api/result';
import { keyOf, type CodeTables } from '../../domain/codes/code-tables';
import type { IdentityPerson } from '../../flows/identity';
import type { InsuredStatus } from '../../flows/wizard-types';
import { resolveQr } from '../../sync/resident-lookups';
import type { ProvincialClient } from '../../sync/provincial-client';
import type { SessionRegistry } from '../session-registry';
import type { QueryReceiptFacts } from './print-service';
import type { SessionIdentities } from './session-identities';

/**
 * The two provincial calls a resident waits for at the screen: EC01 (a scanned 医保电子凭证) and 1101 (the
 * insured-status query). The person a QR code resolves to is bound to the session like a card; each answer is
 * kept for the session only, for printing.
 */
export class QueryService {
  readonly #client: ProvincialClient;
  readonly #identities: SessionIdentities;
  readonly #codes: CodeTables;
  readonly #last = new Map<string, QueryReceiptFacts>();

  constructor(
    client: ProvincialClient,
    sessions: SessionRegistry,
    identities: SessionIdentities,
    codes: CodeTables,
  ) {
    this.#client = client;
    this.#identities = identities;
    this.#codes = codes;
    sessions.onEnd((sessionId) => void this.#last.delete(sessionId));
  }

  async resolveQr(sessionId: string, qrText: string): Promise<IdentityPerson> {
    const r = await resolveQr(this.#client, qrText);
    if (r.kind === 'qr-expired')
      throw new KioskApiError('refused', 'QR code expired', { code: 'qr-expired' });
    if (r.kind === 'refused') throw new KioskApiError('refused', r.errMsg, { code: 'qr-unknown' });
    if (r.kind === 'unreachable')
      throw new KioskApiError('unavailable', `province unreachable (${r.reason})`, { code: 'unavailable' });
    const p = r.person;
    const docKind = keyOf(this.#codes, 'cert_type', p.idType);
    const gender = keyOf(this.#codes, 'gend', p.gender);
    if (!docKind || (gender !== 'male' && gender !== 'female'))
      throw new KioskApiError('refused', `EC01 answered codes outside the code tables`, {
        code: 'qr-unknown',
      });
    const person: IdentityPerson = {
      source: 'qr',
      name: p.name,
      gender,
      birthDate: p.birthday,
      idNumber: p.idNo,
      docKind,
    };
    this.#identities.identify(sessionId, person, p.idType, { ecToken: p.ecToken, insuOrg: p.insuOrg });
    return person;
  }

  async insuredStatus(sessionId: string): Promise<InsuredStatus> {
    const person = this.#identities.holder(sessionId);
    const r = await this.#identities.insured(sessionId);
    if (r.kind === 'not-found') throw new KioskApiError('not-found', 'no insurance record');
    if (r.kind === 'refused') throw new KioskApiError('refused', r.errMsg);
    if (r.kind === 'unreachable')
      throw new KioskApiError('unavailable', `province unreachable (${r.reason})`);
    const status: InsuredStatus = {
      found: true,
      name: r.result.baseinfo.psn_name,
      insurances: r.result.insuinfo.map((i) => ({
        insutype: i.insutype,
        status: i.psn_insu_stas,
        admdvs: i.insuplc_admdvs,
        since: i.psn_insu_date,
        ...(i.paus_insu_date ? { paused: i.paus_insu_date } : {}),
        ...(i.emp_name ? { employer: i.emp_name } : {}),
      })),
    };
    this.#last.set(sessionId, { name: person.name, idNumber: person.idNumber, status, at: new Date() });
    return status;
  }

  receiptFacts(sessionId: string): QueryReceiptFacts {
    const facts = this.#last.get(sessionId);
    if (!facts) throw new KioskApiError('not-found', 'nothing queried in this session');
    return facts;
  }
}
