import { chmodSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { encodeCsv, toCsv } from '../kiosk/admin/csv-file';
import { readCsvBytes } from '../kiosk/admin/office/county-reconcile';
import { LedgerView } from '../kiosk/admin/office/ledger-view';
import { ledgerRows, LEDGER_COLUMNS } from '../kiosk/admin/office/office-csv';
import { zz04Listing } from '../kiosk/admin/office/reconcile';
import { isoDate, isoDateTime } from '../sync/local-time';
import { startHarness, type Harness } from '../tests/support/contract-harness';
import { filingCase, TEST_KEY } from '../tests/support/test-cases';
import { openKiosk, type KioskUnderTest } from '../tests/support/worker-harness';
import { main } from './reconcile';

const TZ = 480;
let h: Harness;
let k: KioskUnderTest;
beforeEach(async () => {
  h = await startHarness();
  k = openKiosk(h, ':memory:');
});
afterEach(async () => {
  k.close();
  await h.close();
});

describe('npm run reconcile (the county office)', () => {
  it('reconciles ledgers of two kiosks against a ZZ04 export: a summary per kiosk and one report', async () => {
    const day = isoDate(Date.now(), TZ);
    const sent = k.store.submitCase(filingCase('sent'));
    await k.worker.drainOnce();
    const waiting = k.store.submitCase(filingCase('waiting'));
    const view = new LedgerView(k.db, k.store, TEST_KEY);
    const entries = view.entries({ from: 0, to: Date.now() + 1000, limit: 100 });
    const dir = mkdtempSync(join(tmpdir(), 'zz-county-'));
    const ledgerA = join(dir, 'A.csv');
    writeFileSync(
      ledgerA,
      encodeCsv(toCsv(ledgerRows(h.settings.devNo, entries, (t) => isoDateTime(t, TZ))), 'utf8-bom'),
    );
    // Kiosk B's ledger came in GB18030; its one case never reached the province.
    const ledgerB = join(dir, 'B.csv');
    const bRow: Record<(typeof LEDGER_COLUMNS)[number], string | number> = {
      kiosk_id: 'ZZ-B',
      case_no: '440106-261201-0009',
      case_id: 'b-1',
      item_id: 'filing-work',
      infno: 'ZZ02',
      status: 'needs-attention',
      certno_mask: '4409**********0427',
      name_mask: '陈*英',
      created_at: isoDateTime(Date.now(), TZ),
      created_at_ms: Date.now(),
      trt_dcla_detl_sn: '',
      acp_stas: '',
      submit_msgids: 'H4409020000120261201000000010001',
      attempts: 0,
      province_reason: '材料不清晰',
      resolution_note: '',
    };
    writeFileSync(
      ledgerB,
      encodeCsv(toCsv([[...LEDGER_COLUMNS], LEDGER_COLUMNS.map((c) => bRow[c])]), 'gb18030'),
    );
    // The province's listing for kiosk A, exported, plus a case it holds that A's ledger lacks.
    const rowsA = await zz04Listing((q) => k.client.reconcile(q))(day, day);
    const zz04 = join(dir, 'zz04.json');
    writeFileSync(
      zz04,
      JSON.stringify({
        [h.settings.devNo]: [
          ...rowsA,
          { ...rowsA[0], ref_msgid: 'X'.repeat(30), trt_dcla_detl_sn: '440000202612019999999999' },
        ],
      }),
    );
    const out = join(dir, 'report.csv');
    const logged: string[] = [];
    const spy = vi.spyOn(console, 'log').mockImplementation((m: string) => void logged.push(m));
    let code: number;
    try {
      code = await main([
        '--ledger',
        ledgerA,
        '--ledger',
        ledgerB,
        '--from',
        day,
        '--to',
        day,
        '--zz04',
        zz04,
        '--out',
        out,
      ]);
    } finally {
      spy.mockRestore();
    }
    expect(code).toBe(1);
    expect(logged[0]).toBe(
      [
        `${h.settings.devNo}: matched 1, missing at province 1, unknown locally 1, status differs 0`,
        'ZZ-B: matched 0, missing at province 1, unknown locally 0, status differs 0',
      ]
        .sort()
        .join('\n'),
    );
    const report = readCsvBytes(readFileSync(out));
    const kinds = report.slice(1).map((r) => `${r[0]} ${r[1]} ${r[2]}`);
    const caseNo = (id: string) => k.store.getCase(id)?.caseNo ?? '';
    expect(kinds.sort()).toEqual(
      [
        `${h.settings.devNo} matched ${caseNo(sent.caseId)}`,
        `${h.settings.devNo} missing-at-province ${caseNo(waiting.caseId)}`,
        `${h.settings.devNo} unknown-locally `,
        'ZZ-B missing-at-province 440106-261201-0009',
      ].sort(),
    );
  });

  it('--province asks ZZ04 with this machine’s settings and secrets', async () => {
    const day = isoDate(Date.now(), TZ);
    const sent = k.store.submitCase(filingCase('sent'));
    await k.worker.drainOnce();
    const view = new LedgerView(k.db, k.store, TEST_KEY);
    const dir = mkdtempSync(join(tmpdir(), 'zz-county-p-'));
    const ledger = join(dir, 'A.csv');
    const entries = view.entries({ from: 0, to: Date.now() + 1000, limit: 100 });
    writeFileSync(
      ledger,
      encodeCsv(toCsv(ledgerRows(h.settings.devNo, entries, (t) => isoDateTime(t, TZ))), 'utf8-bom'),
    );
    const keys = join(dir, 'keys');
    mkdirSync(keys, { mode: 0o700 });
    chmodSync(keys, 0o700);
    const secrets = join(keys, 'secrets.json');
    writeFileSync(
      secrets,
      JSON.stringify({ paasToken: h.settings.paasToken, privateKeyHex: h.settings.keys.privateKeyHex }),
      { mode: 0o600 },
    );
    const config = join(dir, 'settings.json');
    writeFileSync(
      config,
      JSON.stringify({
        mode: 'demo',
        keys: { dataKeyPath: join(keys, 'data.key'), secretsPath: secrets },
        province: { url: h.settings.baseUrl, paasId: h.settings.paasId },
        terminal: {
          serviceCode: h.settings.fixmedinsCode,
          serviceName: h.settings.fixmedinsName,
          countyCode: h.settings.mdtrtareaAdmvs,
        },
      }),
    );
    const saved = { ...process.env };
    process.env.KIOSK_CONFIG = config;
    process.env.KIOSK_DATA_DIR = dir;
    const logged: string[] = [];
    const spy = vi.spyOn(console, 'log').mockImplementation((m: string) => void logged.push(m));
    let code: number;
    try {
      code = await main([
        '--ledger',
        ledger,
        '--from',
        day,
        '--to',
        day,
        '--province',
        '--out',
        join(dir, 'r.csv'),
      ]);
    } finally {
      spy.mockRestore();
      process.env = saved;
    }
    expect(logged[0]).toBe(
      `${h.settings.devNo}: matched 1, missing at province 0, unknown locally 0, status differs 0`,
    );
    expect(code).toBe(0);
    expect(k.store.getCase(sent.caseId)?.status).toBe('pending-review'); // and the province says 待审核 too
  });

  it('refuses a call without ledgers, dates or a source', async () => {
    const spy = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      expect(await main(['--from', '2026-12-01', '--to', '2026-12-01', '--zz04', 'x.json'])).toBe(2);
      expect(await main(['--ledger', 'a.csv', '--from', '2026-12-01', '--to', '2026-12-01'])).toBe(2);
    } finally {
      spy.mockRestore();
    }
  });
});
