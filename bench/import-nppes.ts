/**
 * npm run bench:import [-- --rows 1000000 --small 10000 --samples 101 --keep] [--bulk]
 *
 * Synthesizes NPPES files in the exact V2 header and imports each into an embedded Neo4j of
 * its own through the real CLI (a child process, as a user runs it); reports for the large
 * file rows/s end to end, CPU per row, the import process's peak RSS and the store's size on
 * disk. Latency of provider(npi) and providers(state, first: 20) is measured through the
 * GraphQL server of each database, both sizes up side by side and sampled in turn, and given
 * as a ratio.
 *
 * With --bulk, both files are loaded with `npm run import -- nppes FILE --bulk` instead, each
 * into a fresh DATA_DIR before its Neo4j starts (the offline importer needs the store closed);
 * the rate is taken from the command's start until the database is queryable with the
 * finishing steps done (its final shutdown excluded, and reported apart).
 */
import { spawn, type ChildProcessByStdio } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { createServer as netServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { parseConfig } from '../src/config.js';
import { createDriver, Database } from '../src/db/database.js';
import { startEmbeddedNeo4j } from '../src/db/embedded.js';
import { migrate } from '../src/db/migrations.js';
import { writeSynthFile } from '../src/import/lib/synth.js';
import { findKind } from '../src/import/registry.js';
import { synthNpi } from '../src/import/kinds/nppes.js';
import { createMemoryLogger } from '../src/logger.js';
import { createServer } from '../src/server.js';
import { median, processCpuSeconds } from './measure.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(name);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = netServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
  });
}

function dirSize(dir: string): number {
  let total = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    total += entry.isDirectory() ? dirSize(p) : statSync(p).size;
  }
  return total;
}

interface Summary {
  read: number;
  written: number;
  rejected: number;
  seconds: number;
  rowsPerSecond: number;
  peakRssMb: number;
  cpuSeconds: number;
}

interface BulkSummary extends Summary {
  bulk: { check: number; csv: number; offlineImport: number; start: number; indexes: number; finish: number; stop: number; csvMb: number };
}

/**
 * Waits for an import CLI run: its stdout, the tail of its stderr (where the progress lines go,
 * echoed on one line here), and a rejection naming the exit code when it fails.
 */
function cliOutcome(child: ChildProcessByStdio<null, Readable, Readable>, what: string): Promise<{ out: string; err: string }> {
  let out = '';
  let err = '';
  child.stdout.setEncoding('utf8').on('data', (c: string) => (out += c));
  child.stderr.setEncoding('utf8').on('data', (c: string) => {
    err = (err + c).slice(-4000);
    const last = c.trim().split('\n').at(-1);
    if (last?.startsWith('{')) process.stderr.write(`\r  ${last.slice(0, 150)}`);
  });
  return new Promise((resolve, reject) => {
    child.on('exit', (code) => {
      process.stderr.write('\n');
      if (code !== 0) reject(new Error(`${what} exited ${code}: ${err}`));
      else resolve({ out, err });
    });
  });
}

/** The --json summary: the last line of the CLI's stdout. */
function lastJsonLine<T>(out: string): T {
  return JSON.parse(out.trim().split('\n').at(-1)!) as T;
}

/**
 * The bulk import through the real CLI into a fresh DATA_DIR, under GNU time for the CPU of
 * the whole tree (Node and both Java processes); wall time is taken from the spawn.
 */
async function bulkImportFile(
  dataDir: string,
  file: string,
): Promise<{ summary: BulkSummary; wallSeconds: number; cpuSeconds: number | null }> {
  const started = performance.now();
  const command = [process.execPath, '--import', 'tsx', 'src/import/cli.ts', 'nppes', file, '--bulk', '--json'];
  const timed = existsSync('/usr/bin/time');
  const port = await freePort();
  const child = spawn(timed ? '/usr/bin/time' : command[0]!, timed ? ['-f', 'CPU %U %S', ...command] : command.slice(1), {
    cwd: ROOT,
    env: {
      ...process.env,
      NEO4J_URI: '',
      DATA_DIR: dataDir,
      NEO4J_BOLT_PORT: String(port),
      NEO4J_HEAP_MB: '1024',
      NEO4J_PAGECACHE_MB: '3072',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const { out, err } = await cliOutcome(child, 'bulk import');
  const cpu = /CPU ([\d.]+) ([\d.]+)/.exec(err);
  return {
    summary: lastJsonLine<BulkSummary>(out),
    wallSeconds: (performance.now() - started) / 1000,
    cpuSeconds: cpu ? Math.round((Number(cpu[1]) + Number(cpu[2])) * 100) / 100 : null,
  };
}

async function importFile(uri: string, password: string, file: string): Promise<Summary> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/import/cli.ts', 'nppes', file, '--json'], {
    cwd: ROOT,
    env: { ...process.env, NEO4J_URI: uri, NEO4J_USER: 'neo4j', NEO4J_PASSWORD: password },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return lastJsonLine<Summary>((await cliOutcome(child, 'import')).out);
}

type Sampler = { url: string; providers: number; npi: () => string };

async function post(url: string, query: string): Promise<number> {
  const started = performance.now();
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'cache-control': 'no-cache' },
    body: JSON.stringify({ query }),
  });
  const body = (await res.json()) as { errors?: unknown[] };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return performance.now() - started;
}

function sampler(url: string, providers: number): Sampler {
  let seed = 17;
  return {
    url,
    providers,
    npi: () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return synthNpi(seed % providers);
    },
  };
}

const providerQ = (s: Sampler) => `{ provider(npi: "${s.npi()}") { npi name taxonomies location { city state zip } } }`;
const STATE_Q = '{ providers(state: "VA", first: 20) { edges { node { npi name } } pageInfo { hasNextPage endCursor } } }';

/**
 * The same two questions against both databases, interleaved request by request, so a
 * burst of load from elsewhere on the machine hits both sizes alike.
 */
/** Median milliseconds of each question at one database size. */
interface Latency {
  provider: number;
  providersByState: number;
}

async function latencies(sizes: Sampler[], samples: number): Promise<Latency[]> {
  // Warm-up: plans cached, JIT settled, the pages the queries touch in the page cache.
  for (let i = 0; i < 200; i += 1) {
    for (const s of sizes) {
      await post(s.url, providerQ(s));
      await post(s.url, STATE_Q);
    }
  }
  const times = sizes.map(() => ({ provider: [] as number[], state: [] as number[] }));
  for (let i = 0; i < samples; i += 1) {
    for (const [k, s] of sizes.entries()) {
      times[k]!.provider.push(await post(s.url, providerQ(s)));
      times[k]!.state.push(await post(s.url, STATE_Q));
    }
  }
  const round = (x: number) => Math.round(x * 100) / 100;
  return times.map((t) => ({ provider: round(median(t.provider)), providersByState: round(median(t.state)) }));
}

interface Side {
  neo4j: Awaited<ReturnType<typeof startEmbeddedNeo4j>>;
  driver: ReturnType<typeof createDriver>;
  server: Awaited<ReturnType<typeof createServer>>;
}

/** One database of its own for one size, with the API in front of it; the page cache holds the whole store, as Neo4j advises. */
async function openSide(dir: string): Promise<Side> {
  const neo4j = await startEmbeddedNeo4j({ boltPort: await freePort(), dataDir: dir, heapMb: 1024, pageCacheMb: 3072 });
  const driver = createDriver(neo4j.uri, { user: neo4j.user, password: neo4j.password });
  const config = parseConfig({
    PORT: '0',
    NEO4J_URI: neo4j.uri,
    NEO4J_PASSWORD: neo4j.password,
    QUERY_TIMEOUT_MS: '60000',
    // The bench measures lookups, not the public rate limit.
    RATE_LIMIT_MAXIMUM: '100000000',
    RATE_LIMIT_RESTORE_RATE: '10000000',
  });
  const server = await createServer({ config, driver, logger: createMemoryLogger() });
  await migrate(new Database(driver, { database: 'neo4j', queryTimeoutMs: 300_000 }));
  return { neo4j, driver, server };
}

async function closeSide(side: Side): Promise<void> {
  await side.server.stop();
  await side.driver.close();
  await side.neo4j.stop();
}

const load = () => os.loadavg().map((x) => Math.round(x * 10) / 10);
const round = (x: number, d = 1) => Math.round(x * 10 ** d) / 10 ** d;

/** The arguments both modes take, their run directory and the two synthetic files in it. */
async function prepareRun(prefix: string) {
  const rows = arg('--rows', 1_000_000);
  const small = arg('--small', 10_000);
  const samples = arg('--samples', 101);
  const keep = process.argv.includes('--keep');
  const dir = path.join(ROOT, '.bench-data', `${prefix}-${Date.now()}`);
  mkdirSync(dir, { recursive: true });
  const smallFile = path.join(dir, 'npidata_pfile_20050523-20250608.csv');
  const bigFile = path.join(dir, 'npidata_pfile_20050523-20250708.csv');
  const kind = findKind('nppes')!;
  console.error(`bench: synthesizing ${small} and ${rows} rows in ${dir}`);
  await writeSynthFile(kind, small, smallFile, 1);
  await writeSynthFile(kind, rows, bigFile, 2);
  const fileMb = Math.round(statSync(bigFile).size / 1e6);
  return { rows, small, samples, keep, dir, smallFile, bigFile, fileMb };
}

/** Medians at both sizes and how much slower the large one answers. */
function latencyResult(small: number, rows: number, atSmall: Latency, atBig: Latency) {
  return {
    medianMs: { [`at${small}`]: atSmall, [`at${rows}`]: atBig },
    ratio: {
      provider: round(atBig.provider / atSmall.provider, 2),
      providersByState: round(atBig.providersByState / atSmall.providersByState, 2),
    },
  };
}

async function main() {
  if (process.argv.includes('--bulk')) return mainBulk();
  const { rows, small, samples, keep, dir, smallFile, bigFile, fileMb } = await prepareRun('run');

  const smallSide = await openSide(path.join(dir, 'neo4j-small'));
  const bigSide = await openSide(path.join(dir, 'neo4j-big'));
  try {
    console.error(`bench: importing ${small} rows into the small database`);
    const smallImport = await importFile(smallSide.neo4j.uri, smallSide.neo4j.password, smallFile);

    console.error(`bench: importing ${rows} rows (${fileMb} MB) into the large database`);
    const loadBefore = load();
    const neo4jCpuBefore = processCpuSeconds(bigSide.neo4j.pid);
    const bigImport = await importFile(bigSide.neo4j.uri, bigSide.neo4j.password, bigFile);
    const neo4jCpu = processCpuSeconds(bigSide.neo4j.pid) - neo4jCpuBefore;
    const loadAfter = load();
    const storeMb = Math.round(dirSize(path.join(dir, 'neo4j-big')) / 1e6);

    console.error(`bench: ${samples} samples of each question on each database, interleaved`);
    const [atSmall, atBig] = await latencies([sampler(smallSide.server.url, small), sampler(bigSide.server.url, rows)], samples);

    const result = {
      rows,
      small,
      fileMb,
      import: { ...bigImport, loadAverageBefore: loadBefore, loadAverageAfter: loadAfter },
      // On a shared machine the wall clock measures the neighbours too; CPU per row does not.
      cpuMicrosecondsPerRow: {
        importer: Math.round((bigImport.cpuSeconds * 1e6) / rows),
        neo4j: Math.round((neo4jCpu * 1e6) / rows),
      },
      smallImportRowsPerSecond: smallImport.rowsPerSecond,
      storeMb,
      ...latencyResult(small, rows, atSmall!, atBig!),
      cores: os.cpus().length,
    };
    console.log(JSON.stringify(result, null, 2));
  } finally {
    await closeSide(bigSide);
    await closeSide(smallSide);
    if (!keep) rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});

async function mainBulk() {
  const { rows, small, samples, keep, dir, smallFile, bigFile, fileMb } = await prepareRun('bulk');
  const smallDir = path.join(dir, 'neo4j-small');
  const bigDir = path.join(dir, 'neo4j-big');
  let sides: Side[] = [];
  try {
    console.error(`bench: bulk-loading ${small} rows into a fresh DATA_DIR`);
    const smallImport = await bulkImportFile(smallDir, smallFile);
    console.error(`bench: bulk-loading ${rows} rows (${fileMb} MB) into a fresh DATA_DIR`);
    const loadBefore = load();
    const big = await bulkImportFile(bigDir, bigFile);
    const loadAfter = load();
    const storeMb = Math.round(dirSize(bigDir) / 1e6);
    const queryableSeconds = big.wallSeconds - big.summary.bulk.stop;

    console.error(`bench: ${samples} samples of each question on each database, interleaved`);
    sides = [await openSide(smallDir), await openSide(bigDir)];
    const [atSmall, atBig] = await latencies([sampler(sides[0]!.server.url, small), sampler(sides[1]!.server.url, rows)], samples);
    const result = {
      mode: 'bulk',
      rows,
      small,
      fileMb,
      import: {
        read: big.summary.read,
        written: big.summary.written,
        rejected: big.summary.rejected,
        // From the spawn of the command until the finishing steps are done (Neo4j's shutdown after them excluded).
        rowsPerSecondUntilQueryable: Math.round(rows / queryableSeconds),
        secondsUntilQueryable: round(queryableSeconds),
        // The whole command, its final shutdown of Neo4j included.
        commandSeconds: round(big.wallSeconds),
        rowsPerSecondWholeCommand: Math.round(rows / big.wallSeconds),
        steps: big.summary.bulk,
        peakRssMbOfNode: big.summary.peakRssMb,
        cpuSecondsOfNode: big.summary.cpuSeconds,
        cpuSecondsOfNodeAndJava: big.cpuSeconds,
        loadAverageBefore: loadBefore,
        loadAverageAfter: loadAfter,
      },
      smallImport: {
        secondsUntilQueryable: round(smallImport.wallSeconds - smallImport.summary.bulk.stop),
        steps: smallImport.summary.bulk,
      },
      storeMb,
      ...latencyResult(small, rows, atSmall!, atBig!),
      cores: os.cpus().length,
    };
    console.log(JSON.stringify(result, null, 2));
  } finally {
    for (const side of sides.reverse()) await closeSide(side);
    if (!keep) rmSync(dir, { recursive: true, force: true });
  }
}
