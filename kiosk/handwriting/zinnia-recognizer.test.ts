import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { RecognizerUnavailable, ZinniaRecognizer } from './zinnia-recognizer';

/** Stand-in helpers (shell scripts) for the ways the real one can fail; the real one is in helper-protocol.test. */
const dir = mkdtempSync(join(tmpdir(), 'zizhu-hw-'));
const model = join(dir, 'model');
writeFileSync(model, '');
function helper(name: string, body: string): string {
  const path = join(dir, name);
  writeFileSync(path, `#!/bin/sh\n${body}\n`);
  chmodSync(path, 0o755);
  return path;
}
const stroke = [
  [
    [100, 500],
    [900, 500],
  ],
] as const;

describe('ZinniaRecognizer with a failing helper', () => {
  const open: ZinniaRecognizer[] = [];
  const make = (helperPath: string, timeoutMs = 2000) => {
    const r = new ZinniaRecognizer({ helperPath, modelPath: model }, timeoutMs);
    open.push(r);
    return r;
  };
  afterAll(async () => {
    await Promise.all(open.map((r) => r.close()));
  });

  it('becomes unavailable, saying why, when the model does not load', async () => {
    const r = make(helper('fatal.sh', `echo '{"fatal":"bad model file"}'; exit 2`));
    await expect(r.recognize(stroke, 5)).rejects.toBeInstanceOf(RecognizerUnavailable);
    expect(r.available).toBe(false);
    expect(r.problem).toContain('bad model file');
  });

  it('fails the request in flight when the helper dies, and starts a new helper for the next one', async () => {
    const marker = join(dir, 'died-once');
    // First run: ready, then dies on the first request. Later runs: answer every request with 一.
    const r = make(
      helper(
        'dies-once.sh',
        `echo '{"ready":true}'
if [ ! -f ${marker} ]; then touch ${marker}; read line; exit 1; fi
while read line; do id=$(echo "$line" | sed 's/{"id":\\([0-9]*\\).*/\\1/'); echo "{\\"id\\":$id,\\"candidates\\":[[\\"一\\",0.9]]}"; done`,
      ),
    );
    await expect(r.recognize(stroke, 5)).rejects.toBeInstanceOf(RecognizerUnavailable);
    expect(r.available).toBe(true);
    await expect(r.recognize(stroke, 5)).resolves.toEqual([{ text: '一', score: 0.9 }]);
  });

  it('fails a request the helper does not answer in time', async () => {
    const r = make(helper('silent.sh', `echo '{"ready":true}'; while read line; do :; done`), 300);
    await expect(r.recognize(stroke, 5)).rejects.toThrow('did not answer in time');
  });
});
