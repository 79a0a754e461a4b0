import { KioskApiError } from '../../api/result';
import type { IdentityPerson } from '../../flows/identity';
import type { InsuredStatus } from '../../flows/wizard-types';
import { queryInsuredStatus, resolveQr } from '../../sync/resident-lookups';
import type { ProvincialClient } from '../../sync/provincial-client';
import type { SessionRegistry } from '../session-registry';
import type { QueryReceiptFacts } from './print-service';

/**
 * The two provincial calls a resident waits for at the screen: EC01 (a scanned 医保电子凭证) and 1101 (the
 * insured-status query). Each answer is kept for the session only, for printing.
 */
export class QueryService {
  readonly #client: ProvincialClient;
  readonly #last = new Map<string, QueryReceiptFacts>();

  constructor(client: ProvincialClient, sessions: SessionRegistry) {
    this.#client = client;
    sessions.onEnd((sessionId) => void this.#last.delete(sessionId));
  }

  async resolveQr(qrText: string): Promise<IdentityPerson> {
    const r = await resolveQr(this.#client, qrText);
    if (r.kind === 'qr-expired')
      throw new KioskApiError('refused', 'QR code expired', { code: 'qr-expired' });
    if (r.kind === 'refused') throw new KioskApiError('refused', r.errMsg, { code: 'qr-unknown' });
    if (r.kind === 'unreachable')
      throw new KioskApiError('unavailable', `province unreachable (${r.reason})`, { code: 'unavailable' });
    const p = r.person;
    return {
      source: 'qr',
      name: p.name,
      gender: p.gender === '2' ? '2' : '1',
      birthDate: p.birthday,
      idNumber: p.idNo,
      certType: p.idType === '17' ? '17' : p.idType === '07' ? '07' : '01',
      ecToken: p.ecToken,
      insuplcAdmdvs: p.insuOrg,
    };
  }

  async insuredStatus(sessionId: string, person: IdentityPerson): Promise<InsuredStatus> {
    const base = { certno: person.idNumber, psnCertType: person.certType, name: person.name };
    const r = await queryInsuredStatus(
      this.#client,
      person.ecToken ? { by: 'ec-token', ecToken: person.ecToken, ...base } : { by: 'id-card', ...base },
    );
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
