import type { CallResult, RetryReason } from './call-result';
import type { ProvincialClient } from './provincial-client';
import {
  ERR_NOT_INSURED_FOUND,
  ERR_QR_EXPIRED,
  type FieldError,
  type InsuredOutput,
  type QrOutput,
} from './province-types';

/**
 * The two calls a resident waits for at the screen (EC01 and 1101). They run with the client's short UI
 * deadline and come back as typed outcomes the UI maps to its own words; nothing here is queued.
 */
export type LookupFailure =
  | { kind: 'refused'; errMsg: string; errors: ReadonlyArray<FieldError> }
  | { kind: 'unreachable'; reason: RetryReason | 'auth' };

export type QrPerson = Readonly<{
  idNo: string;
  /** Document type code, 01 居民身份证 … */
  idType: string;
  name: string;
  gender: string;
  birthday: string;
  nationality: string;
  /** 6-digit 参保地 (use as insuplc_admdvs). */
  insuOrg: string;
  /** 40 chars, valid 120 s, single use: pass to queryInsuredStatus({ ecToken }). */
  ecToken: string;
}>;

export type QrLookup = { kind: 'found'; person: QrPerson } | { kind: 'qr-expired' } | LookupFailure;

export type InsuredLookup = { kind: 'found'; result: InsuredOutput } | { kind: 'not-found' } | LookupFailure;

export type InsuredQuery =
  | { by: 'id-card'; certno: string; psnCertType: string; name: string; insuplcAdmdvs?: string }
  | {
      by: 'ec-token';
      ecToken: string;
      certno: string;
      psnCertType: string;
      name: string;
      insuplcAdmdvs?: string;
    };

function failure(res: Exclude<CallResult<unknown>, { kind: 'ok' }>): LookupFailure {
  if (res.kind === 'refused') return { kind: 'refused', errMsg: res.errMsg, errors: res.errors };
  if (res.kind === 'auth') return { kind: 'unreachable', reason: 'auth' };
  return { kind: 'unreachable', reason: res.reason };
}

/** EC01: a scanned 医保电子凭证 QR text → the person it belongs to. */
export async function resolveQr(client: ProvincialClient, ecQrCode: string): Promise<QrLookup> {
  const s = client.settings;
  const res = await client.call<QrOutput>(
    'EC01',
    {
      data: {
        ecQrCode,
        businessType: '01101',
        deviceType: 'SelfService',
        orgId: s.fixmedinsCode,
        operatorId: s.devNo,
        operatorName: s.terminalName,
        officeId: s.fixmedinsCode,
        officeName: s.fixmedinsName,
      },
    },
    { timeoutMs: client.uiTimeoutMs },
  );
  if (res.kind === 'ok') {
    const o = res.output;
    return {
      kind: 'found',
      person: {
        idNo: o.idNo,
        idType: o.idType,
        name: o.userName,
        gender: o.gender,
        birthday: o.birthday,
        nationality: o.nationality,
        insuOrg: o.insuOrg,
        ecToken: o.ecToken,
      },
    };
  }
  if (res.kind === 'refused' && res.errMsg === ERR_QR_EXPIRED) return { kind: 'qr-expired' };
  return failure(res);
}

/** 1101: the insured-status query of item 2 (and the 参保地 lookup the 备案 wizards need). */
export async function queryInsuredStatus(client: ProvincialClient, q: InsuredQuery): Promise<InsuredLookup> {
  const res = await client.call<InsuredOutput>(
    '1101',
    {
      data: {
        mdtrt_cert_type: q.by === 'ec-token' ? '01' : '02',
        mdtrt_cert_no: q.by === 'ec-token' ? q.ecToken : q.certno,
        card_sn: '',
        begntime: '',
        psn_cert_type: q.psnCertType,
        certno: q.certno,
        psn_name: q.name,
      },
    },
    { timeoutMs: client.uiTimeoutMs, insuplcAdmdvs: q.insuplcAdmdvs ?? '' },
  );
  if (res.kind === 'ok') return { kind: 'found', result: res.output };
  if (res.kind === 'refused' && res.errMsg === ERR_NOT_INSURED_FOUND) return { kind: 'not-found' };
  return failure(res);
}
