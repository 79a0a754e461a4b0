import { KioskApiError } from '../../api/result';
import type { IdentityPerson, InsuranceCheck } from '../../flows/identity';
import type { InsuredQuery, InsuredLookup } from '../../sync/resident-lookups';
import type { SessionRegistry } from '../session-registry';

/** How the province identifies the person in 1101: the card's number, or the 电子凭证's single-use token. */
export type IdentitySource = Readonly<{ ecToken?: string; insuOrg?: string }>;

type Bound = {
  person: IdentityPerson;
  /** The province's psn_cert_type code of the document. */
  certTypeCode: string;
  source: IdentitySource;
  /** 1101, started the moment the person was identified; replaced when it could not reach the province. */
  lookup: Promise<InsuredLookup> | null;
};

/**
 * Who was identified in each session, as the Node side read it (card or EC01). The renderer's copy is never
 * used for anything that reaches the province or the receipt: 1101, case.submit and printing ask here.
 * The 1101 lookup starts at identification, so the 备案 wizards can tell an uninsured resident before any
 * typing, and its answer serves the query item too.
 */
export class SessionIdentities {
  readonly #bound = new Map<string, Bound>();
  readonly #lookup: (q: InsuredQuery) => Promise<InsuredLookup>;

  constructor(sessions: SessionRegistry, lookup: (q: InsuredQuery) => Promise<InsuredLookup>) {
    this.#lookup = lookup;
    sessions.onEnd((sessionId) => void this.#bound.delete(sessionId));
  }

  identify(
    sessionId: string,
    person: IdentityPerson,
    certTypeCode: string,
    source: IdentitySource = {},
  ): void {
    const bound: Bound = { person, certTypeCode, source, lookup: null };
    this.#bound.set(sessionId, bound);
    this.#start(bound).catch(() => undefined); // awaited by whoever asks; a failure is an answer too
  }

  /** The person identified in this session; 'forbidden' when nobody was. */
  holder(sessionId: string): IdentityPerson {
    return this.#get(sessionId).person;
  }

  /** The 1101 answer for the identified person (asked again when the first try could not reach the province). */
  async insured(sessionId: string): Promise<InsuredLookup> {
    const bound = this.#get(sessionId);
    const first = await (bound.lookup ?? this.#start(bound));
    if (first.kind !== 'unreachable') return first;
    return this.#start(bound);
  }

  async insurance(sessionId: string): Promise<InsuranceCheck> {
    return insuranceCheckOf(await this.insured(sessionId));
  }

  #start(bound: Bound): Promise<InsuredLookup> {
    const { person, source, certTypeCode } = bound;
    const base = { certno: person.idNumber, psnCertType: certTypeCode, name: person.name };
    const token = source.ecToken;
    // A 电子凭证 token is single use: after its first 1101 the card number stands in for it.
    const q: InsuredQuery =
      token && bound.lookup === null
        ? {
            by: 'ec-token',
            ecToken: token,
            ...base,
            ...(source.insuOrg ? { insuplcAdmdvs: source.insuOrg } : {}),
          }
        : { by: 'id-card', ...base };
    bound.lookup = this.#lookup(q);
    return bound.lookup;
  }

  #get(sessionId: string): Bound {
    const bound = this.#bound.get(sessionId);
    if (!bound) throw new KioskApiError('forbidden', 'nobody has been identified in this session');
    return bound;
  }
}

/** 1101's answer as the wizard needs it: insured (正常参保) and where, not insured, or not known now. */
export function insuranceCheckOf(r: InsuredLookup): InsuranceCheck {
  if (r.kind === 'not-found') return { state: 'not-insured' };
  if (r.kind !== 'found') return { state: 'unknown' };
  const active = r.result.insuinfo.filter((i) => i.psn_insu_stas === '1');
  if (active.length === 0) return { state: 'not-insured' };
  return {
    state: 'insured',
    insurances: active.map((i) => ({ insutype: i.insutype, admdvs: i.insuplc_admdvs })),
  };
}
