import { createHash, randomBytes } from 'node:crypto';
import { sm2 } from 'sm-crypto';
import { canonicalJson } from './canonical-json';
import { CALL_SERVICE_PATH, type ResponseEnvelope } from './contract-types';
import { generateDevCredentials, simClientFor, type DevCredentials } from './dev-credentials';
import { compactDateTime, dateTimeText } from './local-time';
import { startProvinceSimulator, type RunningSimulator } from './server';
import type { SimulatorOptions } from './sim-settings';

/**
 * A minimal kiosk for the simulator's own tests, written from the contract and not from the kiosk's client:
 * envelopes built field by field, cainfo signed by sm-crypto with its own SM3 hashing (`hash: true`), the
 * gateway headers computed here. What it sends is exactly what a test says, so a test can break one rule.
 */
export const SERVICE_POINT = {
  fixmedins_code: 'H44090200001',
  fixmedins_name: '茂南区新坡镇党群服务中心',
  mdtrtarea_admvs: '440902',
  dev_no: 'ZZ440902001',
  opter_name: '粤智助-新坡镇01',
} as const;

/** The smallest payload the province takes as a JPEG: SOI, an APP0 marker, filler, EOI. */
export const TINY_JPEG = Buffer.concat([
  Buffer.from([0xff, 0xd8, 0xff, 0xe0]),
  Buffer.alloc(200, 7),
  Buffer.from([0xff, 0xd9]),
]);

/** `body` is the parsed answer: a response envelope when status is 200 (else the gateway's own JSON). */
export type Reply = Readonly<{ status: number; body: ResponseEnvelope; headers: Headers }>;

export type Envelope = Record<string, unknown>;

// Shared by every test kiosk of the process: two kiosks started in the same second (a simulator restart
// on the same database) must not make the same msgid, or the province rightly answers with a replay.
let msgidSeq = 0;

export class TestKiosk {
  readonly #url: string;
  readonly #creds: DevCredentials;
  readonly #now: () => number;
  #signNo = '';

  constructor(url: string, creds: DevCredentials, now: () => number = Date.now) {
    this.#url = url;
    this.#creds = creds;
    this.#now = now;
  }

  /** service point (12) + yyyyMMddHHmmss + 4-digit sequence. */
  nextMsgid(): string {
    msgidSeq = (msgidSeq % 9_999) + 1;
    return `${SERVICE_POINT.fixmedins_code}${compactDateTime(this.#now())}${String(msgidSeq).padStart(4, '0')}`;
  }

  sign(input: unknown): string {
    return sm2.doSignature(canonicalJson(input), this.#creds.keys.privateKeyHex, {
      hash: true,
      publicKey: this.#creds.keys.publicKeyHex,
    });
  }

  /** A complete, valid envelope for `infno`; `overrides` replace fields after signing (to break one rule). */
  envelope(infno: string, input: Record<string, unknown>, overrides: Envelope = {}): Envelope {
    return {
      infno,
      msgid: this.nextMsgid(),
      mdtrtarea_admvs: SERVICE_POINT.mdtrtarea_admvs,
      insuplc_admdvs: '',
      recer_sys_code: 'YBXT',
      dev_no: SERVICE_POINT.dev_no,
      dev_safe_info: '',
      cainfo: this.sign(input),
      signtype: 'SM2',
      infver: 'V1.0',
      opter_type: '2',
      opter: SERVICE_POINT.dev_no,
      opter_name: SERVICE_POINT.opter_name,
      inf_time: dateTimeText(this.#now()),
      fixmedins_code: SERVICE_POINT.fixmedins_code,
      fixmedins_name: SERVICE_POINT.fixmedins_name,
      sign_no: this.#signNo,
      input,
      ...overrides,
    };
  }

  gatewayHeaders(): Record<string, string> {
    const timestamp = String(Math.floor(this.#now() / 1000));
    const nonce = randomBytes(16).toString('hex');
    const signature = createHash('sha256')
      .update(`${timestamp}${this.#creds.paasToken}${nonce}${timestamp}`)
      .digest('hex');
    return {
      'x-tif-paasid': this.#creds.paasId,
      'x-tif-timestamp': timestamp,
      'x-tif-nonce': nonce,
      'x-tif-signature': signature,
    };
  }

  async post(envelope: Envelope | string): Promise<Reply> {
    const res = await fetch(`${this.#url}${CALL_SERVICE_PATH}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json; charset=utf-8', ...this.gatewayHeaders() },
      body: typeof envelope === 'string' ? envelope : JSON.stringify(envelope),
    });
    const text = await res.text();
    return { status: res.status, body: JSON.parse(text) as ResponseEnvelope, headers: res.headers };
  }

  /** Signs in (9001) and keeps the sign_no for the messages that follow. */
  async signIn(): Promise<Reply> {
    const reply = await this.post(
      this.envelope('9001', {
        signIn: { opter_no: SERVICE_POINT.dev_no, mac: '00-00-00-00-00-00', ip: '127.0.0.1' },
      }),
    );
    // A 503 or 429 answer has no envelope; keep the old sign_no then.
    const out = reply.body.output as { signinoutb?: { sign_no: string } } | undefined;
    if (out?.signinoutb) this.#signNo = out.signinoutb.sign_no;
    return reply;
  }

  async send(infno: string, input: Record<string, unknown>, overrides: Envelope = {}): Promise<Reply> {
    return this.post(this.envelope(infno, input, overrides));
  }

  /** 9101 of one page; returns the file id (throws when the province refuses). */
  async upload(bytes: Buffer = TINY_JPEG, filename = 'page.jpg'): Promise<string> {
    const reply = await this.send('9101', {
      fsUploadIn: { in: bytes.toString('base64'), filename, fixmedins_code: SERVICE_POINT.fixmedins_code },
    });
    if (reply.body.infcode !== 0) throw new Error(`9101 refused: ${reply.body.err_msg}`);
    return (reply.body.output as { file_qury_no: string }).file_qury_no;
  }
}

export type TestProvince = Readonly<{
  sim: RunningSimulator;
  kiosk: TestKiosk;
  creds: DevCredentials;
  close(): Promise<void>;
}>;

/** An in-memory simulator (no maintenance window) and a signed-in test kiosk it trusts. */
export async function startTestProvince(
  options: Partial<SimulatorOptions> = {},
  creds: DevCredentials = generateDevCredentials(),
): Promise<TestProvince> {
  const sim = await startProvinceSimulator({
    dbPath: ':memory:',
    maintenanceWindow: null,
    ...options,
    clients: [simClientFor(creds), ...(options.clients ?? [])],
  });
  const kiosk = new TestKiosk(sim.url, creds, options.now);
  await kiosk.signIn();
  return { sim, kiosk, creds, close: () => sim.close() };
}
