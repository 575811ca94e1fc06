import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDriver, cypher, Database } from '../../src/db/database.js';
import { startEmbeddedNeo4j, type EmbeddedNeo4j } from '../../src/db/embedded.js';
import { migrate } from '../../src/db/migrations.js';
import { synthNpi } from '../../src/import/kinds/nppes.js';
import { runImport } from '../../src/import/lib/runImport.js';
import { writeSynthFile } from '../../src/import/lib/synth.js';
import { findKind } from '../../src/import/registry.js';
import { seedFromFiles } from '../../src/seed/seedFromFiles.js';
import { freePort } from '../helpers/freePort.js';
import { startTestServer, testConfig, type TestServer } from '../helpers/testServer.js';

/*
 * One file, loaded into two fresh stores of their own: with --bulk through the CLI (as a user
 * runs it) and online with runImport. It holds the NPPES fixture's 14 data rows (10 good, 4
 * rejected, a subpart and its parent, a deactivated and a reactivated NPI, one abroad) and
 * 3,000 synthetic rows after them.
 */
const root = path.resolve('.test-data');
mkdirSync(root, { recursive: true });
const tmp = mkdtempSync(path.join(root, 'bulk-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const SYNTH_ROWS = 3000;
const FILE_NAME = 'npidata_pfile_20050523-20250608.csv';
const bulkDir = path.join(tmp, 'bulk-files');
const onlineDir = path.join(tmp, 'online-files');
const bulkFile = path.join(bulkDir, FILE_NAME);
const onlineFile = path.join(onlineDir, FILE_NAME);
const bulkData = path.join(tmp, 'bulk-store');
const onlineData = path.join(tmp, 'online-store');

const FIXTURE_NPIS = ['1679576722', '1500000017', '1500000025', '1500000033', '1500000041', '1500000058', '1500000066', '1500000074'];
const COMPARED = [...FIXTURE_NPIS, synthNpi(0), synthNpi(1234), synthNpi(SYNTH_ROWS - 1)];

const PROVIDER = cypher('test.bulk.provider', 'MATCH (p:Provider {npi: $npi}) RETURN properties(p) AS p');
const LABELS = cypher('test.bulk.labels', 'MATCH (n) UNWIND labels(n) AS label WITH label, count(*) AS n RETURN label, n ORDER BY label');
const RELATIONSHIPS = cypher('test.bulk.relationships', 'MATCH ()-[r]->() RETURN type(r) AS type, count(*) AS n ORDER BY type');
const SUBPARTS = cypher(
  'test.bulk.subparts',
  'MATCH (s:Provider)-[r:SUBPART_OF]->(o:Provider) RETURN s.npi AS subpart, o.npi AS parent, r.sources AS sources, r.origin AS origin ORDER BY subpart',
);
const RUN = cypher(
  'test.bulk.run',
  `MATCH (r:ImportRun) RETURN r.id AS id, r.kind AS kind, r.fileName AS fileName, r.sha AS sha, r.size AS size, r.status AS status,
     r.line AS line, r.bytes AS bytes, r.read AS read, r.written AS written, r.rejected AS rejected, r.rejectsBytes AS rejectsBytes,
     r.sourceId AS sourceId, toString(r.releaseDate) AS releaseDate`,
);
const SOURCE = cypher(
  'test.bulk.source',
  `MATCH (s:Source {id: $id}) RETURN s.title AS title, s.publisher AS publisher, s.url AS url, toString(s.date) AS date, s.dateKind AS dateKind,
     s.origin AS origin, s.fileName AS fileName, s.fileSha AS fileSha, s.fileSize AS fileSize, s.rowCount AS rowCount,
     s.writtenCount AS writtenCount, s.rejectedCount AS rejectedCount`,
);
const DATA_VERSION = cypher('test.bulk.dataVersion', "MATCH (v:DataVersion {id: 'graph'}) RETURN v.value AS value");

interface Store {
  neo4j: EmbeddedNeo4j;
  db: Database;
  close(): Promise<void>;
}

async function openStore(dataDir: string): Promise<Store> {
  const neo4j = await startEmbeddedNeo4j({ boltPort: await freePort(), dataDir, heapMb: 512, pageCacheMb: 128 });
  const driver = createDriver(neo4j.uri, { user: neo4j.user, password: neo4j.password });
  return {
    neo4j,
    db: new Database(driver, { database: 'neo4j', queryTimeoutMs: 60_000 }),
    async close() {
      await driver.close();
      await neo4j.stop();
    },
  };
}

/** The import CLI in a child process, on an embedded DATA_DIR (no NEO4J_URI) unless env says otherwise. */
function cli(args: string[], env: Record<string, string>): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/import/cli.ts', ...args], {
    env: { ...process.env, NEO4J_URI: '', NEO4J_HEAP_MB: '512', NEO4J_PAGECACHE_MB: '128', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (c: string) => (stdout += c));
  child.stderr.setEncoding('utf8').on('data', (c: string) => (stderr += c));
  return new Promise((resolve) => child.on('exit', (code) => resolve({ code, stdout, stderr })));
}

async function snapshot(db: Database) {
  const run = db.runner();
  const providers: Record<string, unknown> = {};
  for (const npi of COMPARED) providers[npi] = (await run.read<{ p: Record<string, unknown> }>(PROVIDER, { npi }))[0]?.p ?? null;
  const [importRun] = await run.read<Record<string, unknown>>(RUN);
  return {
    labels: await run.read<{ label: string; n: number }>(LABELS),
    relationships: await run.read<{ type: string; n: number }>(RELATIONSHIPS),
    subparts: await run.read(SUBPARTS),
    importRun,
    source: (await run.read<Record<string, unknown>>(SOURCE, { id: `src:nppes:${FILE_NAME}` }))[0],
    dataVersion: (await run.read<{ value: number }>(DATA_VERSION))[0]?.value ?? 0,
    providers,
  };
}

let online: Store | null = null;
let bulk: Store | null = null;
let bulkRejects = '';

beforeAll(async () => {
  mkdirSync(bulkDir);
  mkdirSync(onlineDir);
  const synth = path.join(tmp, 'synth.csv');
  await writeSynthFile(findKind('nppes')!, SYNTH_ROWS, synth, 5);
  const fixture = readFileSync('tests/fixtures/nppes/npidata_pfile_20050523-20250608.csv', 'utf8').replace(/\r?\n?$/, '\r\n');
  const synthRows = readFileSync(synth, 'utf8').split('\n').slice(1).join('\n');
  writeFileSync(bulkFile, fixture + synthRows);
  copyFileSync(bulkFile, onlineFile);
  online = await openStore(onlineData);
  await migrate(online.db);
  await runImport(online.db, {
    kind: findKind('nppes')!,
    file: onlineFile,
    resume: false,
    dryRun: false,
    json: false,
    releaseDate: null,
    progressWrite: () => {},
  });
}, 240_000);
afterAll(async () => {
  await bulk?.close();
  await online?.close();
});

describe('import --bulk', () => {
  it('refuses a database given by NEO4J_URI, and writes nothing', async () => {
    const dataDir = path.join(tmp, 'never-created');
    const r = await cli(['nppes', bulkFile, '--bulk'], { NEO4J_URI: online!.neo4j.uri, DATA_DIR: dataDir });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('NEO4J_URI is set');
    expect(r.stderr).toContain('Nothing was written.');
    expect(existsSync(dataDir)).toBe(false);
    expect(existsSync(`${bulkFile}.rejects.csv`)).toBe(false);
  });

  it(
    'refuses a store that is running, whether it answers on the Bolt port or only holds the store lock',
    { timeout: 120_000 },
    async () => {
      const onPort = await cli(['nppes', bulkFile, '--bulk'], {
        DATA_DIR: onlineData,
        NEO4J_BOLT_PORT: new URL(online!.neo4j.uri).port,
      });
      expect(onPort.code).toBe(1);
      expect(onPort.stderr).toContain(`something answers on 127.0.0.1:${new URL(online!.neo4j.uri).port}`);
      const locked = await cli(['nppes', bulkFile, '--bulk'], { DATA_DIR: onlineData, NEO4J_BOLT_PORT: String(await freePort()) });
      expect(locked.code).toBe(1);
      expect(locked.stderr).toContain('is open in another process');
      expect(existsSync(`${bulkFile}.rejects.csv`)).toBe(false);
    },
  );

  it(
    'loads a fresh DATA_DIR: the rows read, written and rejected of the online import, the CSVs deleted',
    { timeout: 240_000 },
    async () => {
      const r = await cli(['nppes', bulkFile, '--bulk', '--json'], { DATA_DIR: bulkData, NEO4J_BOLT_PORT: String(await freePort()) });
      expect(r.code, r.stderr).toBe(0);
      const summary = JSON.parse(r.stdout.trim().split('\n').at(-1)!) as { read: number; written: number; rejected: number; bulk: object };
      // Worked out from the file: 14 fixture rows (4 bad) and 3,000 synthetic ones.
      expect({ read: summary.read, written: summary.written, rejected: summary.rejected }).toEqual({
        read: 14 + SYNTH_ROWS,
        written: 10 + SYNTH_ROWS,
        rejected: 4,
      });
      bulkRejects = readFileSync(`${bulkFile}.rejects.csv`, 'utf8');
      expect(bulkRejects).toBe(readFileSync(`${onlineFile}.rejects.csv`, 'utf8'));
      expect(
        bulkRejects
          .trim()
          .split('\n')
          .slice(1)
          .map((l) => l.split(',')[0]),
      ).toEqual(['7', '13', '14', '15']);
      expect(readdirSync(bulkData).filter((f) => f.startsWith('bulk-import-'))).toEqual([]);
    },
  );

  it('refuses the loaded store, now that it holds data, and leaves the rejects file as it was', { timeout: 120_000 }, async () => {
    const before = statSync(`${bulkFile}.rejects.csv`).mtimeMs;
    const r = await cli(['nppes', bulkFile, '--bulk'], { DATA_DIR: bulkData, NEO4J_BOLT_PORT: String(await freePort()) });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/already holds \d+ nodes/);
    expect(statSync(`${bulkFile}.rejects.csv`).mtimeMs).toBe(before);
  });

  it(
    'leaves the graph the online import leaves: providers property by property, links, run, source, data version',
    { timeout: 120_000 },
    async () => {
      bulk = await openStore(bulkData);
      const [b, o] = [await snapshot(bulk.db), await snapshot(online!.db)];
      expect(b.providers[FIXTURE_NPIS[0]!]).toMatchObject({ id: 'npi:1679576722', kind: 'PROVIDER', sources: [`src:nppes:${FILE_NAME}`] });
      expect(Object.values(b.providers).every((p) => p !== null)).toBe(true);
      expect(b.providers).toEqual(o.providers);
      expect(b.labels).toEqual(o.labels);
      expect(b.labels.find((l) => l.label === 'Provider')?.n).toBe(10 + SYNTH_ROWS);
      expect(b.relationships).toEqual(o.relationships);
      // The fixture's subpart finds its parent in the same file.
      expect(b.subparts).toHaveLength(1);
      expect(b.subparts).toEqual(o.subparts);
      expect(b.importRun).toEqual(o.importRun);
      expect(b.importRun).toMatchObject({ status: 'done', read: 14 + SYNTH_ROWS, written: 10 + SYNTH_ROWS, rejected: 4 });
      expect(b.source).toEqual(o.source);
      expect(b.source).toMatchObject({ rowCount: 14 + SYNTH_ROWS, date: '2025-06-08' });
      expect(b.dataVersion).toBe(1);
      expect(b.dataVersion).toBe(o.dataVersion);
    },
  );

  it(
    'takes the seed and migrations on top, answers provider and providers, and a later online import changes no count',
    { timeout: 240_000 },
    async () => {
      const db = bulk!.db;
      await migrate(db);
      await seedFromFiles(db);
      const seeded = await snapshot(db);
      expect(seeded.labels.find((l) => l.label === 'Entity')?.n).toBeGreaterThan(100);
      expect(seeded.labels.find((l) => l.label === 'Provider')?.n).toBe(10 + SYNTH_ROWS);

      const server: TestServer = await startTestServer(
        testConfig({
          NEO4J_URI: bulk!.neo4j.uri,
          NEO4J_PASSWORD: bulk!.neo4j.password,
          NEO4J_DATABASE: 'neo4j',
          RESPONSE_CACHE_ENTRIES: '0',
        }),
      );
      try {
        const { body } = await server.gql(
          `{ provider(npi: "1500000017") { npi name taxonomies location { state zip county { id } } }
           providers(state: "VA", first: 3) { edges { node { npi } } pageInfo { hasNextPage } } }`,
        );
        expect(body.errors).toBeUndefined();
        expect(body.data.provider).toMatchObject({
          npi: '1500000017',
          name: 'ANA RIVERA, M.D.',
          taxonomies: ['207Q00000X', '207R00000X'],
          location: { state: 'VA', zip: '22202', county: { id: 'county:51013' } },
        });
        const npis = body.data.providers.edges.map((e) => e.node.npi);
        expect(npis).toHaveLength(3);
        expect([...npis].sort()).toEqual(npis);
        expect(body.data.providers.pageInfo.hasNextPage).toBe(true);
      } finally {
        await server.close();
      }

      const again = await runImport(db, {
        kind: findKind('nppes')!,
        file: bulkFile,
        resume: false,
        dryRun: false,
        json: false,
        releaseDate: null,
        progressWrite: () => {},
      });
      expect({ read: again.read, written: again.written, rejected: again.rejected }).toEqual({
        read: 14 + SYNTH_ROWS,
        written: 10 + SYNTH_ROWS,
        rejected: 4,
      });
      const after = await snapshot(db);
      expect(after.labels).toEqual(seeded.labels);
      expect(after.relationships).toEqual(seeded.relationships);
      expect(after.providers).toEqual(seeded.providers);
      expect(readFileSync(`${bulkFile}.rejects.csv`, 'utf8')).toBe(bulkRejects);
    },
  );
});
