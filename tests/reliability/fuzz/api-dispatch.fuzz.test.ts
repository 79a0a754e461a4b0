import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isKioskMethod, kioskContract, type ApiContract } from '../../../api/contract';
import { dispatchWithSim } from '../../../api/dispatch';
import type { KioskHandlers } from '../../../api/kiosk-api';
import { API_ERROR_CODES, KioskApiError, type ApiResult } from '../../../api/result';
import type { SimHandlers } from '../../../api/sim-api';
import { isSimMethod, simContract } from '../../../api/sim-contract';
import { decodeClientFrame } from '../../../host/client-frame';
import { FUZZ_TEST_TIMEOUT_MS, fuzzRun, report } from './fuzz-budget';

/**
 * The Node side's single entry for both transports (api/dispatch.ts) and the browser host's WebSocket frame
 * decoding in front of it (host/client-frame.ts), on what an untrusted renderer could send: any method
 * value, any arguments (wrong types, null-prototype objects, oversized strings, deep nesting, near-valid
 * field names), and handlers that misbehave. Contract: dispatch never throws and always answers an envelope
 * with a documented code; a handler runs only with arguments its schema accepts; unknown → 'unknown-method',
 * arguments outside the schema → 'bad-request', a KioskApiError keeps its code, anything else → 'internal'.
 */
const KIOSK_METHODS = Object.keys(kioskContract);
const SIM_METHODS = Object.keys(simContract);
const BIG = 'A'.repeat(25_000_000); // beyond photo.accept's 20,000,000 and WS_MAX_FRAME_BYTES
const deep = (n: number): unknown => {
  let v: unknown = 'leaf';
  for (let i = 0; i < n; i++) v = { a: v, sessionId: 's-1' };
  return v;
};
const DEEP = deep(20_000);

const methodArb = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...KIOSK_METHODS, ...SIM_METHODS) },
  {
    weight: 1,
    arbitrary: fc.constantFrom('toString', '__proto__', 'constructor', 'hasOwnProperty', '', 'app.info '),
  },
  { weight: 1, arbitrary: fc.string({ maxLength: 120 }) },
  { weight: 1, arbitrary: fc.anything({ withNullPrototype: true, withBigInt: true, withMap: true }) },
);
const FIELDS = [
  'sessionId',
  'qrText',
  'mime',
  'kind',
  'image',
  'photoId',
  'submission',
  'idempotencyKey',
  'caseId',
  'language',
  'text',
  'reason',
  '__proto__',
  'constructor',
];
const valueArb = fc.oneof(
  fc.constantFrom('s-1', 'image/jpeg', 'camera', 'case', 'zh-CN', '0190a8a0-0000-7000-8000-000000000000'),
  fc.constantFrom(BIG, DEEP, null, undefined, NaN, -1, 2 ** 53, '', [], {}),
  fc.string({ maxLength: 40 }),
  fc.anything({ withNullPrototype: true, maxDepth: 3 }),
);
const argsArb = fc.oneof(
  // Valid for the session-only methods, so handlers (and their misbehaviour) are reached often.
  { weight: 2, arbitrary: fc.record({ sessionId: fc.string({ minLength: 1, maxLength: 64 }) }) },
  { weight: 3, arbitrary: fc.dictionary(fc.constantFrom(...FIELDS), valueArb, { maxKeys: 5 }) },
  { weight: 1, arbitrary: fc.anything({ withNullPrototype: true, withBigInt: true, withTypedArray: true }) },
  { weight: 1, arbitrary: fc.constantFrom(BIG, DEEP, undefined, null) },
);

type Behaviour = 'contract-garbage' | 'undefined' | 'api-error' | 'error' | 'non-error' | 'echo';
const behaviourArb = fc.constantFrom<Behaviour>(
  'contract-garbage',
  'undefined',
  'api-error',
  'error',
  'non-error',
  'echo',
);

/** Handlers for every method that record the arguments they got and then behave as told. */
function misbehaving(
  contract: ApiContract,
  behaviour: Behaviour,
  calls: Array<{ method: string; args: unknown }>,
): Record<string, (args: unknown) => Promise<unknown>> {
  return Object.fromEntries(
    Object.keys(contract).map((method) => [
      method,
      async (args: unknown) => {
        calls.push({ method, args });
        switch (behaviour) {
          case 'contract-garbage':
            return { surely: 'not', in: ['the', 'contract'] };
          case 'undefined':
            return undefined;
          case 'api-error':
            throw new KioskApiError('refused', 'no', { code: 'x' });
          case 'error':
            throw new Error('boom');
          case 'non-error':
            throw 'a string'; // eslint-disable-line @typescript-eslint/only-throw-error
          case 'echo':
            return args;
        }
      },
    ]),
  );
}

function expectEnvelope(r: ApiResult<unknown>): void {
  expect(typeof r.ok).toBe('boolean');
  if (!r.ok) {
    expect(API_ERROR_CODES).toContain(r.error.code);
    expect(typeof r.error.message).toBe('string');
    expect(r.error.message.length).toBeLessThan(200);
  }
}

async function checkCall(
  method: unknown,
  args: unknown,
  behaviour: Behaviour,
  withSim: boolean,
): Promise<ApiResult<unknown>> {
  const calls: Array<{ method: string; args: unknown }> = [];
  const handlers = misbehaving(kioskContract, behaviour, calls) as unknown as KioskHandlers;
  const sim = withSim ? (misbehaving(simContract, behaviour, calls) as unknown as SimHandlers) : null;
  const logged: Array<string> = [];
  const r = await dispatchWithSim(handlers, sim, method, args, (m) => logged.push(m));
  expectEnvelope(r);
  const known = isKioskMethod(method) || (withSim && isSimMethod(method));
  if (!known) {
    expect(r.ok ? 'ok' : r.error.code).toBe('unknown-method');
    expect(calls).toEqual([]);
    return r;
  }
  const contract: ApiContract = isKioskMethod(method) ? kioskContract : simContract;
  const spec = contract[method as string];
  if (calls.length === 0) {
    expect(r.ok ? 'ok' : r.error.code).toBe('bad-request');
    expect(spec?.args.safeParse(args ?? {}).success).toBe(false);
    return r;
  }
  expect(calls).toHaveLength(1);
  expect(spec?.args.safeParse(calls[0]?.args).success).toBe(true);
  if (behaviour === 'api-error') expect(r.ok ? 'ok' : r.error.code).toBe('refused');
  if (behaviour === 'error' || behaviour === 'non-error') {
    expect(r.ok ? 'ok' : r.error.code).toBe('internal');
    expect(logged).toHaveLength(1);
  }
  if (r.ok) expect(spec?.result.safeParse(r.value).success).toBe(true);
  return r;
}

describe('fuzz: API dispatch', () => {
  it(
    'answers every call with a documented envelope, and runs handlers only with valid arguments',
    async () => {
      const run = fuzzRun('api-dispatch');
      let inputs = 0;
      const codes = new Map<string, number>();
      await fc.assert(
        fc.asyncProperty(methodArb, argsArb, behaviourArb, fc.boolean(), async (method, args, b, withSim) => {
          inputs++;
          const r = await checkCall(method, args, b, withSim);
          const code = r.ok ? 'ok' : r.error.code;
          codes.set(code, (codes.get(code) ?? 0) + 1);
        }),
        run.params,
      );
      report(run, inputs, [...codes].map(([c, n]) => `${c} ${n}`).join(', '));
    },
    FUZZ_TEST_TIMEOUT_MS,
  );

  it(
    'WebSocket frames: any bytes decode to a call or to nothing, and decoded calls dispatch cleanly',
    async () => {
      const run = fuzzRun('ws-frame-decode');
      let inputs = 0;
      let calls = 0;
      const fields = {
        kind: fc.oneof({ weight: 4, arbitrary: fc.constant('call') }, fc.anything()),
        id: fc.oneof({ weight: 4, arbitrary: fc.nat() }, fc.integer(), fc.double(), fc.string()),
        method: fc.oneof(methodArb, fc.string({ minLength: 101, maxLength: 140 })),
        args: fc.oneof(
          fc.record({ sessionId: fc.string({ minLength: 1, maxLength: 64 }) }),
          fc.dictionary(fc.constantFrom(...FIELDS), fc.oneof(fc.string({ maxLength: 40 }), fc.jsonValue()), {
            maxKeys: 5,
          }),
          fc.jsonValue(),
        ),
      };
      // Mostly complete frames (so calls get through to dispatch), some with fields missing.
      const frameJson = fc
        .oneof(
          { weight: 3, arbitrary: fc.record(fields) },
          { weight: 1, arbitrary: fc.record(fields, { requiredKeys: [] }) },
        )
        .map(
          (f) =>
            JSON.stringify(f, (_k, v: unknown) => (typeof v === 'bigint' ? v.toString() : v)) ?? 'undefined',
        );
      const bytes = fc.oneof(
        { weight: 3, arbitrary: frameJson.map((s) => Buffer.from(s, 'utf8')) },
        { weight: 1, arbitrary: fc.uint8Array({ maxLength: 200 }).map((b) => Buffer.from(b)) },
        {
          weight: 1,
          arbitrary: fc.tuple(frameJson, fc.nat(), fc.integer({ min: 0, max: 255 })).map(([s, at, x]) => {
            const b = Buffer.from(s, 'utf8');
            if (b.length > 0) b[at % b.length] = x; // one corrupted byte: broken UTF-8 or JSON
            return b;
          }),
        },
      );
      await fc.assert(
        fc.asyncProperty(bytes, behaviourArb, async (data, b) => {
          inputs++;
          const frame = decodeClientFrame(data);
          if (frame === null) return;
          calls++;
          expect(frame.kind).toBe('call');
          expect(Number.isSafeInteger(frame.id) && frame.id >= 0).toBe(true);
          expect(typeof frame.method === 'string' && frame.method.length <= 100).toBe(true);
          await checkCall(frame.method, frame.args, b, true);
        }),
        run.params,
      );
      report(run, inputs, `${calls} decoded as calls and dispatched`);
    },
    FUZZ_TEST_TIMEOUT_MS,
  );

  it('answers unknown-method for a method value String() cannot convert (found by this fuzzing)', async () => {
    const r = await checkCall(Object.create(null), {}, 'echo', true);
    expect(r.ok ? 'ok' : r.error.code).toBe('unknown-method');
  });

  it('decodes oversized and deeply nested frames the socket could still let through, and refuses their calls', async () => {
    const big = Buffer.from(
      JSON.stringify({ kind: 'call', id: 1, method: 'photo.accept', args: { sessionId: 's-1', image: BIG } }),
    );
    // Deeper than JSON.stringify could write (it overflows first): built as text.
    const deepFrame = Buffer.from(
      `{"kind":"call","id":7,"method":"identity.start","args":${'{"a":'.repeat(50_000)}1${'}'.repeat(50_000)}}`,
    );
    for (const data of [big, deepFrame]) {
      const frame = decodeClientFrame(data);
      expect(frame).not.toBeNull();
      const r = await checkCall(frame?.method, frame?.args, 'echo', false);
      expect(r.ok ? 'ok' : r.error.code).toBe('bad-request');
    }
  });
});
