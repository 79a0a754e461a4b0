import { canonicalJson } from './canonical-json';
import type { CallResult, NotOk } from './call-result';
import { makeGatewayHeaders } from './gateway-signature';
import { hostAddress } from './host-address';
import { postJson, TransportError, type HttpReply } from './http-post';
import { CHINA_UTC_OFFSET_MINUTES, isoDateTime, nextLocalMidnight } from './local-time';
import {
  CALL_SERVICE_PATH,
  ERR_SIGN_IN_EXPIRED,
  type Attachment,
  type FieldError,
  type Infno,
  type ReconcileOutput,
  type RequestEnvelope,
  type ResponseEnvelope,
  type SignInOutput,
  type StatusOutput,
  type SubmitOutput,
  type UploadOutput,
} from './province-types';
import { parseRetryAfter } from './retry-after';
import { sm2Sign, type Sm2KeyPair } from './sm2-signature';

/** Everything the kiosk needs to talk to the province; all of it comes from settings. */
export type ProvincialClientSettings = Readonly<{
  /** e.g. https://hsa.gd.example/ (the client appends /fsi/api/callService). */
  baseUrl: string;
  paasId: string;
  paasToken: string;
  /** Service point code, 12 chars: envelope fixmedins_code and the first 12 chars of every msgid. */
  fixmedinsCode: string;
  fixmedinsName: string;
  /** The kiosk's own county code (mdtrtarea_admvs). */
  mdtrtareaAdmvs: string;
  /** Terminal id: dev_no and opter. */
  devNo: string;
  /** Terminal name: opter_name. */
  terminalName: string;
  /** The kiosk's SM2 key pair (cainfo). */
  keys: Sm2KeyPair;
  mac?: string;
  ip?: string;
  /** Deadline for background (sync worker) calls. Default 20 s. */
  timeoutMs?: number;
  /** Deadline for calls a resident is waiting on (1101, EC01), sign-in included. Default 4 s. */
  uiTimeoutMs?: number;
  tzOffsetMinutes?: number;
}>;

export type ProvincialClientDeps = Readonly<{
  /** Allocates a fresh msgid for sign-ins and reads (persisted counter in production: db/msgid-allocator). */
  allocateMsgid: () => string;
  now?: () => number;
  post?: (
    url: string,
    body: string,
    headers: Readonly<Record<string, string>>,
    timeoutMs: number,
  ) => Promise<HttpReply>;
}>;

export type CallOptions = Readonly<{
  /** For writes: the msgid persisted at enqueue time. Reads get a fresh one when omitted. */
  msgid?: string;
  insuplcAdmdvs?: string;
  /** Overall deadline for this call, sign-in included. */
  timeoutMs?: number;
}>;

type SignIn = { signNo: string; validUntil: number };

/**
 * The provincial client, exactly to reference/provincial-api.md: envelope, gateway headers, SM2 cainfo,
 * sign-in (9001) kept until local midnight and renewed when the province says it has lapsed — the refused
 * message is then resent with the same msgid, which the province allows because it never remembered it.
 */
export class ProvincialClient {
  readonly #s: ProvincialClientSettings;
  readonly #deps: ProvincialClientDeps;
  readonly #now: () => number;
  readonly #post: NonNullable<ProvincialClientDeps['post']>;
  #signIn: SignIn | null = null;
  #signingIn: Promise<CallResult<SignInOutput>> | null = null;

  constructor(settings: ProvincialClientSettings, deps: ProvincialClientDeps) {
    if (settings.fixmedinsCode.length !== 12) throw new Error('fixmedinsCode must be 12 characters');
    this.#s = settings;
    this.#deps = deps;
    this.#now = deps.now ?? Date.now;
    this.#post = deps.post ?? postJson;
  }

  get settings(): ProvincialClientSettings {
    return this.#s;
  }

  get backgroundTimeoutMs(): number {
    return this.#s.timeoutMs ?? 20_000;
  }

  get uiTimeoutMs(): number {
    return this.#s.uiTimeoutMs ?? 4_000;
  }

  /** Forget the sign-in (tests; or after settings change). */
  forgetSignIn(): void {
    this.#signIn = null;
  }

  /** Signs in now (9001), replacing any sign_no held. */
  async signIn(timeoutMs = this.backgroundTimeoutMs): Promise<CallResult<SignInOutput>> {
    if (this.#signingIn) return this.#signingIn;
    const run = async (): Promise<CallResult<SignInOutput>> => {
      const input = {
        signIn: {
          opter_no: this.#s.devNo,
          mac: this.#s.mac ?? hostAddress().mac,
          ip: this.#s.ip ?? hostAddress().ip,
        },
      };
      const started = this.#now();
      const res = await this.#send<SignInOutput>(
        '9001',
        input,
        this.#deps.allocateMsgid(),
        '',
        '',
        timeoutMs,
      );
      if (res.kind === 'ok') {
        const signNo = res.output?.signinoutb?.sign_no;
        if (typeof signNo !== 'string' || signNo === '') {
          return { kind: 'retryable', reason: 'bad-response', detail: '9001 answered without sign_no' };
        }
        this.#signIn = { signNo, validUntil: nextLocalMidnight(started, this.#tz) };
      }
      return res;
    };
    this.#signingIn = run().finally(() => {
      this.#signingIn = null;
    });
    return this.#signingIn;
  }

  /** One transaction, signing in first when needed and once more if the province says the sign-in lapsed. */
  async call<T>(
    infno: Exclude<Infno, '9001'>,
    input: Record<string, unknown>,
    options: CallOptions = {},
  ): Promise<CallResult<T>> {
    const deadline = this.#now() + (options.timeoutMs ?? this.backgroundTimeoutMs);
    const msgid = options.msgid ?? this.#deps.allocateMsgid();
    for (let attempt = 0; ; attempt++) {
      const signNo = await this.#ensureSignedIn(deadline);
      if (typeof signNo !== 'string') return signNo;
      const remaining = deadline - this.#now();
      if (remaining <= 0)
        return { kind: 'retryable', reason: 'timeout', detail: 'deadline passed before sending' };
      const res = await this.#send<T>(infno, input, msgid, signNo, options.insuplcAdmdvs ?? '', remaining);
      if (res.kind === 'refused' && res.errMsg === ERR_SIGN_IN_EXPIRED && attempt === 0) {
        if (this.#signIn?.signNo === signNo) this.#signIn = null;
        continue;
      }
      return res;
    }
  }

  upload(
    msgid: string,
    jpeg: Buffer,
    filename: string,
    insuplcAdmdvs = '',
  ): Promise<CallResult<UploadOutput>> {
    return this.call<UploadOutput>(
      '9101',
      { fsUploadIn: { in: jpeg.toString('base64'), filename, fixmedins_code: this.#s.fixmedinsCode } },
      { msgid, insuplcAdmdvs },
    );
  }

  submit(
    infno: 'ZZ01' | 'ZZ02',
    msgid: string,
    data: Readonly<Record<string, string>>,
    att: ReadonlyArray<Attachment>,
    insuplcAdmdvs = '',
  ): Promise<CallResult<SubmitOutput>> {
    return this.call<SubmitOutput>(
      infno,
      { data: { ...data, att: att.map((a) => ({ ...a })) } },
      { msgid, insuplcAdmdvs },
    );
  }

  caseStatus(
    ref: { ref_msgid: string } | { trt_dcla_detl_sn: string },
    insuplcAdmdvs = '',
  ): Promise<CallResult<StatusOutput>> {
    return this.call<StatusOutput>('ZZ03', { data: { ...ref } }, { insuplcAdmdvs });
  }

  reconcile(query: {
    begndate: string;
    enddate: string;
    page_num: number;
    page_size: number;
  }): Promise<CallResult<ReconcileOutput>> {
    return this.call<ReconcileOutput>('ZZ04', { data: { dev_no: this.#s.devNo, ...query } });
  }

  get #tz(): number {
    return this.#s.tzOffsetMinutes ?? CHINA_UTC_OFFSET_MINUTES;
  }

  async #ensureSignedIn(deadline: number): Promise<string | NotOk> {
    const held = this.#signIn;
    if (held && this.#now() < held.validUntil) return held.signNo;
    const res = await this.signIn(Math.max(1, deadline - this.#now()));
    if (res.kind !== 'ok') return res;
    return this.#signIn?.signNo ?? { kind: 'retryable', reason: 'bad-response', detail: 'sign-in lost' };
  }

  #envelope(
    infno: string,
    input: Record<string, unknown>,
    msgid: string,
    signNo: string,
    insuplcAdmdvs: string,
  ): RequestEnvelope {
    const s = this.#s;
    return {
      infno,
      msgid,
      mdtrtarea_admvs: s.mdtrtareaAdmvs,
      insuplc_admdvs: insuplcAdmdvs,
      recer_sys_code: 'YBXT',
      dev_no: s.devNo,
      dev_safe_info: '',
      cainfo: sm2Sign(canonicalJson(input), s.keys),
      signtype: 'SM2',
      infver: 'V1.0',
      opter_type: '2',
      opter: s.devNo,
      opter_name: s.terminalName,
      inf_time: isoDateTime(this.#now(), this.#tz),
      fixmedins_code: s.fixmedinsCode,
      fixmedins_name: s.fixmedinsName,
      sign_no: signNo,
      input,
    };
  }

  async #send<T>(
    infno: string,
    input: Record<string, unknown>,
    msgid: string,
    signNo: string,
    insuplcAdmdvs: string,
    timeoutMs: number,
  ): Promise<CallResult<T>> {
    const body = JSON.stringify(this.#envelope(infno, input, msgid, signNo, insuplcAdmdvs));
    const headers = makeGatewayHeaders(this.#s.paasId, this.#s.paasToken, this.#now());
    const url = new URL(
      CALL_SERVICE_PATH.slice(1),
      this.#s.baseUrl.endsWith('/') ? this.#s.baseUrl : `${this.#s.baseUrl}/`,
    );
    let reply: HttpReply;
    try {
      reply = await this.#post(url.toString(), body, headers, timeoutMs);
    } catch (e) {
      if (e instanceof TransportError) return { kind: 'retryable', reason: e.code, detail: e.message };
      return { kind: 'retryable', reason: 'network', detail: String(e) };
    }
    return classifyReply<T>(reply, this.#now());
  }
}

/** Maps an HTTP reply to a CallResult (contract § Transport, HTTP status). */
export function classifyReply<T>(reply: HttpReply, nowMs: number): CallResult<T> {
  const retryAfterMs = parseRetryAfter(reply.headers['retry-after'], nowMs);
  const withRetry = retryAfterMs === undefined ? {} : { retryAfterMs };
  if (reply.status === 401)
    return { kind: 'auth', httpStatus: 401, detail: 'gateway refused the request (401)' };
  if (reply.status === 429)
    return { kind: 'retryable', reason: 'throttled', httpStatus: 429, ...withRetry, detail: 'HTTP 429' };
  if (reply.status === 503)
    return { kind: 'retryable', reason: 'unavailable', httpStatus: 503, ...withRetry, detail: 'HTTP 503' };
  if (reply.status === 413) {
    return { kind: 'refused', errMsg: '报文超过10MiB', errors: [], response: emptyResponse('HTTP 413') };
  }
  if (reply.status >= 500) {
    return {
      kind: 'retryable',
      reason: 'server-error',
      httpStatus: reply.status,
      ...withRetry,
      detail: `HTTP ${reply.status}`,
    };
  }
  if (reply.status !== 200) {
    return {
      kind: 'retryable',
      reason: 'bad-response',
      httpStatus: reply.status,
      detail: `unexpected HTTP ${reply.status}`,
    };
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(reply.body);
  } catch {
    return { kind: 'retryable', reason: 'bad-response', httpStatus: 200, detail: 'response is not JSON' };
  }
  if (!isResponseEnvelope(parsed)) {
    return {
      kind: 'retryable',
      reason: 'bad-response',
      httpStatus: 200,
      detail: 'response is not an envelope',
    };
  }
  const response: ResponseEnvelope = { ...parsed, infcode: Number(parsed.infcode) };
  const output = response.output ?? {};
  if (response.infcode === 0) {
    return { kind: 'ok', output: output as T, infRefmsgid: response.inf_refmsgid, response };
  }
  return { kind: 'refused', errMsg: response.err_msg ?? '', errors: fieldErrors(output.errors), response };
}

function isResponseEnvelope(v: unknown): v is ResponseEnvelope {
  if (typeof v !== 'object' || v === null) return false;
  const infcode = (v as { infcode?: unknown }).infcode;
  // Implementations send infcode as a number or a string (domain.md §6.7); accept both.
  return infcode === 0 || infcode === -1 || infcode === '0' || infcode === '-1';
}

function fieldErrors(v: unknown): Array<FieldError> {
  if (!Array.isArray(v)) return [];
  return v
    .filter((e): e is { field: unknown; reason: unknown } => typeof e === 'object' && e !== null)
    .map((e) => ({
      field: typeof e.field === 'string' ? e.field : '',
      reason: typeof e.reason === 'string' ? e.reason : '',
    }));
}

function emptyResponse(errMsg: string): ResponseEnvelope {
  return { infcode: -1, inf_refmsgid: '', refmsg_time: '', respond_time: '', err_msg: errMsg, output: {} };
}
