/**
 * npm run bench:load — 50 connections for 60 s on a mixed set of real questions, against
 * a server started here over the configured database (embedded by default, seeded if
 * empty). Reports requests/s, latency p50/p99, connection errors, non-2xx and 5xx counts,
 * GraphQL errors in 200 answers, and the ratio to a baseline run of `{ __typename }` (no
 * database work) made by this same script just before.
 *
 * The load comes from one address, so it uses an API key with a budget large enough not to
 * be throttled: the bench measures the service, not the rate limit.
 *
 * BENCH_CONNECTIONS, BENCH_SECONDS and BENCH_BASELINE_SECONDS override 50, 60 and 15.
 */
import autocannon from 'autocannon';
import { randomBytes } from 'node:crypto';
import { parseConfig } from '../src/config.js';
import { openDatabase } from '../src/db/connect.js';
import { migrate } from '../src/db/migrations.js';
import { countEntities } from '../src/db/repositories/seedRepository.js';
import { createLogger } from '../src/logger.js';
import { createServer } from '../src/server.js';

const QUERIES = [
  '{ whoAdministers(program: "program:medicare-part-b", state: "NY", function: CLAIMS_PROCESSING) { role administrator { name } jurisdiction { id name } validFrom } }',
  '{ jurisdiction(code: "TX") { name medicaidAgency { name } medicaidPrograms { name } medicaidExpansion { adopted effective } fmap(fiscalYear: 2025) } }',
  '{ oversightChain(id: "org:noridian") { relation entity { id name } } }',
  '{ search(text: "Noridan", first: 5) { edges { node { id name kind } } } }',
  '{ paths(from: "org:cgs", to: "org:hhs", first: 1) { hops steps { from { name } relation to { name } } } }',
  '{ whoAdministers(program: "program:medicare-part-b", zip: "22201", function: CLAIMS_PROCESSING) { role administrator { name } coverage } }',
  '{ jurisdiction(code: "NM") { managedCare(first: 10) { totalCount edges { node { administrator { name } program { name } validFrom } } } } }',
  '{ entity(id: "org:cms") { name relationships(first: 20) { totalCount edges { node { type direction other { id name } } } } } }',
];

const env = (name: string, fallback: number) => Number(process.env[name] ?? fallback);
const key = randomBytes(24).toString('base64url');
const config = parseConfig({
  ...process.env,
  API_KEYS: key,
  API_KEY_RATE_LIMIT_MAXIMUM: '100000000',
  API_KEY_RATE_LIMIT_RESTORE_RATE: '10000000',
});
const logger = createLogger('warn');
const database = await openDatabase(config, logger);
await migrate(database.db);
if ((await countEntities(database.db.runner())) === 0) {
  const { seedFromFiles } = await import('../src/seed/seedFromFiles.js');
  await seedFromFiles(database.db);
}
const server = await createServer({ config, driver: database.driver, logger });
const headers = { 'content-type': 'application/json', authorization: `Bearer ${key}` };

interface Run {
  rps: number;
  p50: number;
  p99: number;
  total: number;
  errors: number;
  timeouts: number;
  non2xx: number;
  status5xx: number;
  graphqlErrors: number;
}

async function run(queries: string[], seconds: number, connections: number): Promise<Run> {
  let graphqlErrors = 0;
  const result = await autocannon({
    url: `${server.url}/graphql`,
    connections,
    duration: seconds,
    timeout: 30,
    requests: queries.map((query) => ({
      method: 'POST' as const,
      headers,
      body: JSON.stringify({ query }),
      onResponse: (status: number, body: string) => {
        if (status === 200 && body.includes('"errors"')) graphqlErrors += 1;
      },
    })),
  });
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    total: result.requests.total,
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
    status5xx: result['5xx'],
    graphqlErrors,
  };
}

const connections = env('BENCH_CONNECTIONS', 50);
// Warm the query plans, so the first seconds do not measure Cypher compilation.
for (const query of QUERIES) await fetch(`${server.url}/graphql`, { method: 'POST', headers, body: JSON.stringify({ query }) });
const baseline = await run(['{ __typename }'], env('BENCH_BASELINE_SECONDS', 15), connections);
const mixed = await run(QUERIES, env('BENCH_SECONDS', 60), connections);

const row = (name: string, r: Run) =>
  `| ${name} | ${r.rps.toFixed(1)} | ${r.p50} | ${r.p99} | ${r.total} | ${r.errors} (${r.timeouts} timeouts) | ${r.non2xx} | ${r.status5xx} | ${r.graphqlErrors} |`;
process.stdout.write(
  [
    `connections: ${connections}; ${new Date().toISOString()}; node ${process.version}`,
    '',
    '| run | requests/s | p50 ms | p99 ms | requests | connection errors | non-2xx | 5xx | GraphQL errors |',
    '|---|---|---|---|---|---|---|---|---|',
    row('baseline `{ __typename }`', baseline),
    row(`mixed (${QUERIES.length} questions)`, mixed),
    '',
    `mixed / baseline throughput: ${(mixed.rps / baseline.rps).toFixed(3)}`,
    '',
  ].join('\n'),
);

await server.stop();
await database.close();
process.exit(mixed.errors + mixed.status5xx + mixed.graphqlErrors === 0 ? 0 : 1);
