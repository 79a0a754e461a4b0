import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { loadSettings } from '../config/load-settings';
import { parseUtcOffset } from '../domain/business-date';
import { createMsgidAllocator } from '../db/msgid-allocator';
import { KIOSK_MIGRATIONS } from '../db/migrations';
import { openSqlite } from '../db/sqlite';
import {
  provinceRowsFromFile,
  reconcileCounty,
  reportBytes,
  summaryText,
} from '../kiosk/admin/office/county-reconcile';
import { zz04Listing } from '../kiosk/admin/office/reconcile';
import { connectProvince } from '../kiosk/services/province-connection';
import { isoDateTime } from '../sync/local-time';

const USAGE = `usage: npm run reconcile -- --ledger A.csv [--ledger B.csv …] --from yyyy-MM-dd --to yyyy-MM-dd
         (--zz04 export.json|export.csv | --province) [--out report.csv] [--encoding utf8-bom|gb18030]
  --zz04      the province's listing as a file ({ "<kiosk id>": [ZZ04 rows] }, rows with dev_no, or CSV)
  --province  ask the province (ZZ04) with this machine's settings and secrets, once per kiosk id`;

/**
 * The county office's reconciliation (issue 12): ledger exports from many kiosks against the province,
 * a summary per kiosk on stdout, one report CSV. Exit 0 when every kiosk matches, 1 when some differ, 2 on
 * a usage or input error.
 */
export async function main(argv: ReadonlyArray<string>): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      options: {
        ledger: { type: 'string', multiple: true },
        from: { type: 'string' },
        to: { type: 'string' },
        zz04: { type: 'string' },
        province: { type: 'boolean' },
        out: { type: 'string' },
        encoding: { type: 'string' },
      },
    }));
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  const { ledger, from, to, zz04, province, out } = values;
  const encoding = values.encoding === 'gb18030' ? 'gb18030' : 'utf8-bom';
  if (!ledger?.length || !from || !to || (!zz04 && !province) || (zz04 && province)) {
    console.error(USAGE);
    return 2;
  }
  const settings = province ? loadSettings().settings : null;
  const tz = settings ? parseUtcOffset(settings.utcOffset) : 480;
  let provinceFor;
  if (zz04) {
    const rows = provinceRowsFromFile(readFileSync(zz04, 'utf8'));
    provinceFor = (kioskId: string) => async () => rows.get(kioskId) ?? [];
  } else {
    if (!settings) return 2;
    // Reads take fresh msgids: an in-memory counter in the last slot, apart from any kiosk's own.
    const allocate = createMsgidAllocator(
      openSqlite(':memory:', KIOSK_MIGRATIONS),
      settings.terminal.serviceCode,
      Date.now,
      tz,
      99,
    );
    provinceFor = (kioskId: string) => {
      const client = connectProvince(
        { ...settings, terminal: { ...settings.terminal, id: kioskId } },
        allocate,
      );
      return zz04Listing((q) => client.reconcile(q));
    };
  }
  try {
    const reports = await reconcileCounty({
      ledgers: ledger.map((p) => readFileSync(p)),
      from,
      to,
      tz,
      provinceFor,
      now: Date.now,
    });
    console.log(summaryText(reports));
    const path = resolve(out ?? `reconcile-${from}_${to}.csv`);
    writeFileSync(
      path,
      reportBytes(reports, encoding, (at) => isoDateTime(at, tz)),
    );
    console.log(`report: ${path}`);
    return reports.every((r) => r.lines.every((l) => l.kind === 'matched')) ? 0 : 1;
  } catch (error) {
    console.error((error as Error).message);
    return 2;
  }
}

if (process.argv[1] && resolve(process.argv[1]).endsWith('scripts/reconcile.ts')) {
  process.exitCode = await main(process.argv.slice(2));
}
