import { sm2 as oldSm2 } from 'sm-crypto';
import { sm2Sign, sm2Verify, type Sm2KeyPair } from '../../sync/sm2-signature';

/**
 * The two SM3withSM2 signers the benches compare: the kiosk's (sm-crypto-v2, sync/sm2-signature.ts) and the
 * one it replaced (sm-crypto `doSignature(msg, key, { hash: true })`, still a dependency of the simulator).
 * Timings alternate new/old per message so machine noise falls on both alike.
 */
export type SignTimings = { fresh: Array<number>; old: Array<number> };

export function signersFor(keys: Sm2KeyPair): Readonly<Record<keyof SignTimings, (m: string) => string>> {
  return {
    fresh: (m) => sm2Sign(m, keys),
    old: (m) => oldSm2.doSignature(m, keys.privateKeyHex, { hash: true }),
  };
}

/** Signs every message once with each signer (after `warmup` untimed rounds on the first), in ms per signature. */
export function timeSigners(messages: ReadonlyArray<string>, keys: Sm2KeyPair, warmup = 0): SignTimings {
  const signers = signersFor(keys);
  const first = messages[0];
  if (first === undefined) throw new Error('bench: no messages to sign');
  if (!sm2Verify(first, signers.old(first), keys.publicKeyHex)) throw new Error('bench: signers disagree');
  for (let i = 0; i < warmup; i++) for (const s of Object.values(signers)) s(first);
  const out: SignTimings = { fresh: [], old: [] };
  messages.forEach((message, i) => {
    const order = i % 2 === 0 ? (['fresh', 'old'] as const) : (['old', 'fresh'] as const);
    for (const which of order) {
      const t = process.hrtime.bigint();
      signers[which](message);
      out[which].push(Number(process.hrtime.bigint() - t) / 1e6);
    }
  });
  return out;
}
