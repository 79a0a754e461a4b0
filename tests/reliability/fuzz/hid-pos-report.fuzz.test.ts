import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  HID_POS_MAX_DATA,
  HidPosReassembler,
  parseHidPosReport,
} from '../../../devices/scanner/hid-pos-report';
import { hidPosReports } from '../../../devices/scanner/hid-pos-simulator';
import { FUZZ_TEST_TIMEOUT_MS, fuzzRun, report } from './fuzz-budget';

/**
 * The HID POS scanner's report parser and reassembler (devices/scanner/hid-pos-report.ts) on reports a
 * broken or hostile USB device could send: any length (runts, oversized), any report ID, any length byte,
 * stuck "more" flags, with or without the report ID byte. Contract: parse returns null or a fragment of at
 * most 56 data bytes, never throws; the reassembler never holds more than its cap. Mixed in: real scans
 * (hid-pos-simulator's reports of a random text), which must come out as that text.
 */
const rawReport = fc.oneof(
  fc.uint8Array({ maxLength: 80 }),
  fc
    .tuple(fc.integer({ min: 0, max: 255 }), fc.uint8Array({ minLength: 63, maxLength: 63 }), fc.boolean())
    .map(([len, body, more]) => {
      const r = Uint8Array.from([0x02, ...body]);
      r[1] = len;
      r[63] = more ? 1 : 0;
      return r;
    }),
);
const step = fc.oneof(
  { weight: 3, arbitrary: rawReport.map((r) => ({ kind: 'raw' as const, r })) },
  {
    weight: 1,
    arbitrary: fc
      .string({ unit: 'grapheme', minLength: 1, maxLength: 150 })
      .filter((t) => t.trim() === t && !/[\r\n]/.test(t))
      .map((text) => ({ kind: 'scan' as const, text })),
  },
);

describe('fuzz: HID POS report parser', () => {
  it(
    'never throws, returns bounded fragments, and still reads a real scan after any garbage',
    () => {
      const run = fuzzRun('hid-pos-report');
      let inputs = 0;
      let scans = 0;
      fc.assert(
        fc.property(fc.array(step, { maxLength: 8 }), fc.boolean(), (steps, withId) => {
          inputs++;
          const r = new HidPosReassembler({ reportIdIncluded: withId, maxBytes: 1024 });
          let now = 0;
          for (const s of steps) {
            if (s.kind === 'raw') {
              const f = parseHidPosReport(s.r, withId);
              if (f) expect(f.data.length).toBeLessThanOrEqual(HID_POS_MAX_DATA);
              r.push(s.r, (now += 10));
              continue;
            }
            // A real scan, after a pause long enough for any stale partial code to be dropped.
            now += 1000;
            const reports = hidPosReports(s.text, { reportIdIncluded: withId });
            const out = reports.map((rep) => r.push(rep, (now += 1)));
            const last = out.pop();
            expect(out.every((x) => x === null)).toBe(true);
            if (new TextEncoder().encode(s.text).length <= 1024) {
              expect(last?.text).toBe(s.text);
              scans++;
            }
          }
        }),
        run.params,
      );
      report(run, inputs, `${scans} real scans read back`);
    },
    FUZZ_TEST_TIMEOUT_MS,
  );
});
