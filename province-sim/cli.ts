import { parseArgs } from 'node:util';
import { loadOrCreateDevCredentials, simClientFor } from './dev-credentials';
import { startProvinceSimulator } from './server';

/**
 * The provincial simulator as its own process:
 *   npx tsx province-sim/cli.ts --db data/province.sqlite --credentials data/dev-credentials.json [--port 8930]
 *     [--no-maintenance] [--review-delay-ms 60000] [--code-tables second-province.json]
 * The credentials file is created when missing; point the kiosk's settings at the same file (or copy its
 * paasId, paasToken and keys). Faults are switched at run time with POST /__control, e.g.
 *   curl -XPOST localhost:8930/__control -d '{"faults":{"outage":true}}'
 */
const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '8930' },
    host: { type: 'string', default: '127.0.0.1' },
    db: { type: 'string', default: 'data/province.sqlite' },
    credentials: { type: 'string', default: 'data/dev-credentials.json' },
    'no-maintenance': { type: 'boolean', default: false },
    'review-delay-ms': { type: 'string' },
    // A code-table file (see contract-codes.ts) for a province whose codes differ from the defaults.
    'code-tables': { type: 'string' },
  },
});

const creds = loadOrCreateDevCredentials(values.credentials);
const sim = await startProvinceSimulator({
  port: Number(values.port),
  host: values.host,
  dbPath: values.db,
  clients: [simClientFor(creds)],
  ...(values['no-maintenance'] ? { maintenanceWindow: null } : {}),
  ...(values['review-delay-ms'] ? { review: { delayMs: Number(values['review-delay-ms']) } } : {}),
  ...(values['code-tables'] ? { codeTablesFile: values['code-tables'] } : {}),
});
// First line of output: the URL (scripts and benchmarks started with --port 0 read it).
console.log(`province simulator listening on ${sim.url} (control: ${sim.url}/__control)`);
const shutdown = (): void => {
  void sim.close().then(() => process.exit(0));
};
process.on('SIGINT', shutdown);
process.on('SIGTERM', shutdown);
