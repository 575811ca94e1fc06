/**
 * npm run bench:import-writes [-- --variants typed,iso --rows 30000 --batch 1000 --rounds 3 [--drop-indexes]]
 *
 * Where the NPPES import's CPU goes, one write shape at a time: synthetic provider rows written
 * straight through the driver into a fresh embedded Neo4j (no file, no parsing), each variant in
 * turn for several rounds in one run, with the CPU time of this process (building and encoding
 * the rows) and of the Neo4j process (the write) per row, from /proc. The first round of each
 * variant includes the JVM's warm-up; read the later ones.
 *
 * - `typed`: every property in the row's map, dates as driver temporal values (the importer before).
 * - `iso`: dates as ISO strings turned into dates by `date()`, the file's constants as parameters (the importer now).
 * `--drop-indexes` removes the provider indexes other than the NPI constraint first, to price them.
 */
import neo4j from 'neo4j-driver';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { cypher, createDriver, Database } from '../src/db/database.js';
import { startEmbeddedNeo4j } from '../src/db/embedded.js';
import { migrate } from '../src/db/migrations.js';
import { addSource } from '../src/import/lib/addSource.js';
import { MERGE_PROVIDERS } from '../src/import/kinds/nppes.js';
import { processCpuSeconds } from './measure.js';

const { values: opts } = parseArgs({
  options: {
    variants: { type: 'string', default: 'typed,iso' },
    rows: { type: 'string', default: '30000' },
    batch: { type: 'string', default: '1000' },
    rounds: { type: 'string', default: '3' },
    'bolt-port': { type: 'string', default: '7797' },
    'drop-indexes': { type: 'boolean', default: false },
  },
});

const date = (y: number, m: number, d: number) => new neo4j.types.Date(y, m, d);

const common = (i: number) => ({
  entityType: i % 5 ? 'INDIVIDUAL' : 'ORGANIZATION',
  name: `JOHN SMITH ${i}, M.D.`,
  matchName: i % 5 ? null : `SMITH HEALTH ${i}`,
  taxonomies: ['207Q00000X', '207R00000X'],
  primaryTaxonomy: '207Q00000X',
  city: 'ARLINGTON',
  stateId: 'state:VA',
  zip: '22201',
  countyId: 'county:51013',
  country: 'US',
  replacementNpi: null,
  subpart: false,
  parentOrganizationName: null,
});

const VARIANTS = {
  typed: {
    rows: (i: number) => {
      const npi = String(1000000000 + i);
      return {
        npi,
        props: {
          ...common(i),
          id: `npi:${npi}`,
          kind: 'PROVIDER',
          origin: 'import:nppes',
          enumerationDate: date(2010, 3, 4),
          validFrom: date(2010, 3, 4),
          lastUpdateDate: date(2024, 7, 8),
          deactivationDate: null,
          reactivationDate: null,
          validTo: null,
          releaseDate: date(2025, 7, 8),
          sourceId: 'src:bench',
        },
      };
    },
    query: cypher(
      'bench.writes.typed',
      `UNWIND $rows AS row
       MERGE (p:Provider {npi: row.npi})
       WITH p, row WHERE p.releaseDate IS NULL OR p.releaseDate <= $releaseDate
       SET p += row.props,
           ${addSource('p')}`,
    ),
  },
  iso: {
    rows: (i: number) => ({
      npi: String(1000000000 + i),
      enumerationDate: '2010-03-04',
      lastUpdateDate: '2024-07-08',
      deactivationDate: null,
      reactivationDate: null,
      validTo: null,
      props: common(i),
    }),
    // The importer's own statement, so the bench prices exactly what an import runs.
    query: MERGE_PROVIDERS,
  },
} as const;

const SECONDARY_INDEXES = [
  'provider_state_npi',
  'provider_county_npi',
  'provider_zip_npi',
  'provider_release',
  'provider_parent_name',
  'provider_match_name',
];
const DROP = Object.fromEntries(
  SECONDARY_INDEXES.map((name) => [name, cypher(`bench.writes.drop.${name}`, `DROP INDEX ${name} IF EXISTS`)]),
);

async function main() {
  const names = opts.variants.split(',') as (keyof typeof VARIANTS)[];
  for (const n of names) if (!(n in VARIANTS)) throw new Error(`unknown variant ${n}; known: ${Object.keys(VARIANTS).join(', ')}`);
  const rows = Number(opts.rows);
  const batch = Number(opts.batch);
  const dir = path.resolve('.bench-data/import-writes');
  rmSync(dir, { recursive: true, force: true });
  const db4 = await startEmbeddedNeo4j({ boltPort: Number(opts['bolt-port']), dataDir: dir, heapMb: 1024, pageCacheMb: 512 });
  const driver = createDriver(db4.uri, { user: db4.user, password: db4.password });
  const db = new Database(driver, { database: 'neo4j', queryTimeoutMs: 300_000 });
  try {
    await migrate(db);
    if (opts['drop-indexes']) for (const q of Object.values(DROP)) await db.runner().write(q);
    let next = 0;
    for (let round = 1; round <= Number(opts.rounds); round += 1) {
      for (const name of names) {
        const v = VARIANTS[name];
        const node0 = process.cpuUsage();
        const neo0 = processCpuSeconds(db4.pid);
        const started = performance.now();
        for (let done = 0; done < rows; done += batch) {
          const data = Array.from({ length: batch }, (_, k) => v.rows(next + done + k));
          await db.writeTransaction(async (tx) => {
            await tx.write(v.query, { rows: data, releaseDate: date(2025, 7, 8), sourceId: 'src:bench' });
          });
        }
        next += rows;
        const node = process.cpuUsage(node0);
        const seconds = (performance.now() - started) / 1000;
        console.log(
          JSON.stringify({
            round,
            variant: name,
            rowsPerSecond: Math.round(rows / seconds),
            nodeMicrosecondsPerRow: Math.round((node.user + node.system) / rows),
            neo4jMicrosecondsPerRow: Math.round(((processCpuSeconds(db4.pid) - neo0) * 1e6) / rows),
          }),
        );
      }
    }
  } finally {
    await driver.close();
    await db4.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
