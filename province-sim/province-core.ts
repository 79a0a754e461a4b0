import type { IncomingHttpHeaders } from 'node:http';
import { canonicalJson } from './canonical-json';
import type { CodeTables } from './contract-codes';
import {
  ERR_MSGID_CONFLICT,
  ERR_SIGN_IN_EXPIRED,
  type FieldError,
  type RequestEnvelope,
  type ResponseEnvelope,
} from './contract-types';
import { checkEnvelope } from './envelope-check';
import { checkGateway, NonceMemory } from './gateway-check';
import { compactDateTime, compactDateTimeMillis } from './local-time';
import { serialText } from './serials';
import type { Db } from './sim-database';
import type { Review, SimClient } from './sim-settings';
import { verifyCainfo } from './sm2-verify';
import { caseStatus } from './tx-case-status';
import { refuse } from './tx-context';
import type { TxContext, TxHandler } from './tx-context';
import { enrollResident } from './tx-enrollment';
import { insuredQuery } from './tx-insured-query';
import { fileOffsite } from './tx-offsite-filing';
import { decodeQr } from './tx-qr-decode';
import { reconcile } from './tx-reconcile';
import { signIn, signInValid } from './tx-sign-in';
import { uploadFile } from './tx-upload';

const HANDLERS: Readonly<Record<string, TxHandler>> = {
  '9001': signIn,
  '1101': insuredQuery,
  '9101': uploadFile,
  EC01: decodeQr,
  ZZ01: enrollResident,
  ZZ02: fileOffsite,
  ZZ03: caseStatus,
  ZZ04: reconcile,
};

/** How the province dealt with a request (for the received log and tests). */
export type Outcome =
  | 'answered'
  | 'replayed'
  | 'msgid-conflict'
  | 'gateway-refused'
  | 'not-json'
  | 'envelope-refused'
  | 'sign-in-expired'
  | 'bad-signature';

export type CoreReply = Readonly<{
  status: number;
  body: string;
  outcome: Outcome;
  msgid: string;
  infno: string;
  infcode: number | null;
}>;

export type CoreOptions = Readonly<{
  db: Db;
  clients: () => ReadonlyArray<SimClient>;
  admdvs: string;
  tz: number;
  qrSecret: string;
  now: () => number;
  review: () => Review;
  codes: CodeTables;
  /**
   * A business refusal to give the next ZZ01/ZZ02 instead of its rules' answer (a reviewer's 退回), or
   * null: the control API's `refuseNextSubmissions`, so staff tools can be shown a refused case.
   */
  takeSubmissionRefusal?: () => string | null;
}>;

/**
 * The province behind the HTTP layer: gateway, envelope, sign_no and cainfo checks, idempotency by msgid,
 * and the transactions. Only messages that pass all four checks are remembered; a remembered msgid with
 * the same infno and canonical input gets the first answer again, with a different one gets
 * 报文ID重复且内容不一致. Everything a message changes is committed together with its remembered answer.
 */
export class ProvinceCore {
  readonly #o: CoreOptions;
  readonly #nonces = new NonceMemory();

  constructor(options: CoreOptions) {
    this.#o = options;
  }

  /**
   * `redelivery` marks a second copy of a request the gateway already let through (duplicate-delivery
   * fault): it skips the gateway, whose nonce check would otherwise refuse it, and meets the province as is.
   */
  handle(headers: IncomingHttpHeaders, body: Buffer, redelivery = false): CoreReply {
    const now = this.#o.now();
    const known = this.#o.clients().find((c) => c.paasId === headers['x-tif-paasid']);
    const gate =
      redelivery && known
        ? { ok: true as const, client: known }
        : checkGateway(headers, this.#o.clients(), this.#nonces, now);
    if (!gate.ok) {
      return {
        status: 401,
        body: JSON.stringify({ code: 401, message: gate.reason }),
        outcome: 'gateway-refused',
        msgid: '',
        infno: '',
        infcode: null,
      };
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(body));
    } catch {
      return this.#refusal(now, '', '', '报文不是有效的UTF-8 JSON', [], 'not-json');
    }
    const checked = checkEnvelope(parsed);
    if (!checked.ok) {
      const e = parsed as Partial<RequestEnvelope> | null;
      return this.#refusal(
        now,
        str(e?.msgid),
        str(e?.infno),
        checked.checks.message,
        checked.checks.errors,
        'envelope-refused',
      );
    }
    const env = checked.env;
    const db = this.#o.db;
    if (env.infno !== '9001' && !signInValid({ db, now }, env.sign_no, env.fixmedins_code)) {
      return this.#refusal(now, env.msgid, env.infno, ERR_SIGN_IN_EXPIRED, [], 'sign-in-expired');
    }
    const canonical = canonicalJson(env.input);
    if (!verifyCainfo(canonical, env.cainfo, gate.client.publicKeyHex)) {
      return this.#refusal(
        now,
        env.msgid,
        env.infno,
        '数字签名验证失败',
        [{ field: 'cainfo', reason: '数字签名验证失败' }],
        'bad-signature',
      );
    }
    const seen = db
      .prepare('SELECT infno, input_canonical, response FROM messages WHERE msgid = ?')
      .get(env.msgid) as { infno: string; input_canonical: string; response: string } | undefined;
    if (seen) {
      if (seen.infno === env.infno && seen.input_canonical === canonical) {
        const response = JSON.parse(seen.response) as ResponseEnvelope;
        return {
          status: 200,
          body: seen.response,
          outcome: 'replayed',
          msgid: env.msgid,
          infno: env.infno,
          infcode: response.infcode,
        };
      }
      return this.#refusal(now, env.msgid, env.infno, ERR_MSGID_CONFLICT, [], 'msgid-conflict');
    }
    const handler = HANDLERS[env.infno] as TxHandler;
    const response = db.transaction((): ResponseEnvelope => {
      const ctx: TxContext = {
        db,
        env,
        now,
        tz: this.#o.tz,
        admdvs: this.#o.admdvs,
        review: this.#o.review(),
        qrSecret: this.#o.qrSecret,
        codes: this.#o.codes,
        serial: (name, digits) => serialText(db, name, digits),
      };
      const forced =
        env.infno === 'ZZ01' || env.infno === 'ZZ02' ? (this.#o.takeSubmissionRefusal?.() ?? null) : null;
      const result = forced === null ? handler(ctx) : refuse(forced);
      const res = result.ok
        ? this.#response(now, 0, '', result.output)
        : this.#response(now, -1, result.errMsg, result.errors ? { errors: result.errors } : {});
      db.prepare(
        'INSERT INTO messages (msgid, infno, input_canonical, response, fixmedins_code, dev_no, recv_time) VALUES (?, ?, ?, ?, ?, ?, ?)',
      ).run(env.msgid, env.infno, canonical, JSON.stringify(res), env.fixmedins_code, env.dev_no, now);
      return res;
    })();
    return {
      status: 200,
      body: JSON.stringify(response),
      outcome: 'answered',
      msgid: env.msgid,
      infno: env.infno,
      infcode: response.infcode,
    };
  }

  #refusal(
    now: number,
    msgid: string,
    infno: string,
    errMsg: string,
    errors: ReadonlyArray<FieldError>,
    outcome: Outcome,
  ): CoreReply {
    const res = this.#response(now, -1, errMsg, errors.length ? { errors } : {});
    return { status: 200, body: JSON.stringify(res), outcome, msgid, infno, infcode: -1 };
  }

  #response(
    receivedAt: number,
    infcode: 0 | -1,
    errMsg: string,
    output: Record<string, unknown>,
  ): ResponseEnvelope {
    const serial = serialText(this.#o.db, 'inf_refmsgid', 10);
    return {
      infcode,
      inf_refmsgid: `${this.#o.admdvs}${compactDateTime(receivedAt, this.#o.tz)}${serial}`,
      refmsg_time: compactDateTimeMillis(receivedAt, this.#o.tz),
      respond_time: compactDateTimeMillis(this.#o.now(), this.#o.tz),
      err_msg: errMsg,
      output,
    };
  }
}

function str(v: unknown): string {
  return typeof v === 'string' ? v : '';
}
