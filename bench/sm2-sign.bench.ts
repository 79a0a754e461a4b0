import { canonicalJson } from '../sync/canonical-json';
import { generateSm2KeyPair } from '../sync/sm2-signature';
import type { BenchModule, BenchResult } from './types';
import { timeSigners } from './support/sign-cost';
import { median, percentile } from './support/stats';

/**
 * Cost of signing one provincial message (SM3withSM2 over canonical JSON): the kiosk's signer (sm-crypto-v2,
 * digest over bytes, Z cached per key) against the previous way, sm-crypto `doSignature(msg, key, { hash: true })`.
 * The move to sm-crypto-v2 was made because Electron's BoringSSL has no SM3; it must not make signing slower.
 * Two messages: a case envelope (~1 KB) and a photo upload (9101, ~200 KB of base64). Samples alternate
 * new/old so machine noise falls on both alike. Target: new ≤ old (ratio ≤ 1.0) at the median and at p99.
 * SM2_SIGN_SAMPLES sets the samples per signer for the envelope (default 120; the upload takes a third).
 * drain.bench.ts times the same two signers on the very messages its drain sent (the per-message row there).
 */
const WARMUP = 5;

function envelope(): string {
  return canonicalJson({
    infno: 'ZZ02',
    msgid: 'H440106000012025010200300500001',
    mdtrtarea_admvs: '440106',
    recer_sys_code: 'ZZ',
    inf_time: '2025-01-02 00:30:05',
    input: {
      data: {
        psn_name: '陈秀英',
        certno: '440106199001011234',
        tel: '13800138000',
        addr: '广东省广州市天河区某街道某路 1 号',
        insutype: '390',
        materials: Array.from({ length: 4 }, (_, i) => ({ file_qury_no: `F${i}`.padEnd(32, '0'), kind: i })),
        remark: '城乡居民参保登记'.repeat(8),
      },
    },
  });
}

function photoUpload(): string {
  return canonicalJson({
    infno: '9101',
    input: {
      fsUploadIn: { filename: 'idcard-front.jpg', in: Buffer.alloc(150_000, 0xa5).toString('base64') },
    },
  });
}

function measure(message: string, samples: number): { fresh: number[]; old: number[] } {
  return timeSigners(
    Array.from({ length: samples }, () => message),
    generateSm2KeyPair(),
    WARMUP,
  );
}

function figures(label: string, bytes: number, s: { fresh: number[]; old: number[] }): BenchResult[] {
  return (
    [
      ['median', median],
      ['p99', (xs: ReadonlyArray<number>) => percentile(xs, 99)],
    ] as const
  ).map(([stat, f]) => {
    const measured = f(s.fresh);
    const baseline = f(s.old);
    const ratio = measured / baseline;
    return {
      name: `sm2-sign: ${label} new (sm-crypto-v2) / old (sm-crypto hash:true), ${stat}`,
      unit: `ms ${stat}`,
      measured,
      baseline,
      ratio,
      target: '≤ 1.0 (new ≤ old)',
      pass: ratio <= 1.0,
      notes: `${s.fresh.length} alternating samples per signer of a ${Math.round(bytes / 1024)} KB message; new ${median(s.fresh).toFixed(2)} ms / old ${median(s.old).toFixed(2)} ms median, new ${percentile(s.fresh, 99).toFixed(2)} ms / old ${percentile(s.old, 99).toFixed(2)} ms p99`,
    };
  });
}

const bench: BenchModule = async () => {
  const samples = Number(process.env.SM2_SIGN_SAMPLES ?? 120);
  const small = envelope();
  const large = photoUpload();
  return [
    ...figures('case envelope', Buffer.byteLength(small), measure(small, samples)),
    ...figures(
      'photo upload',
      Buffer.byteLength(large),
      measure(large, Math.max(10, Math.round(samples / 3))),
    ),
  ];
};

export default bench;
