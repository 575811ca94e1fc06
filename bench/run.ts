import autocannon from 'autocannon';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { isDeepStrictEqual, parseArgs } from 'node:util';
import { openBenchDatabase } from './database.js';
import { processCpuMs } from './processCpu.js';
import { questions, type ApiData, type PeerData } from './questions.js';
import { renderReport, type Measurement, type RunResult } from './report.js';

/**
 * npm run bench: one Neo4j, three servers in their own processes (this API as production
 * runs it, @neo4j/graphql over the same labels, a bare Apollo `{ hello }`), the same
 * questions, alternating short rounds; medians go to BENCHMARKS.md.
 */
const { values: opts } = parseArgs({
  options: {
    seconds: { type: 'string', default: '5' },
    rounds: { type: 'string', default: '3' },
    connections: { type: 'string', default: '20' },
    label: { type: 'string', default: 'after' },
    'neo4j-uri': { type: 'string' },
    'neo4j-password': { type: 'string' },
    'bolt-port': { type: 'string', default: '7731' },
    'http-port': { type: 'string', default: '4733' },
    'data-dir': { type: 'string', default: '.data-bench' },
    only: { type: 'string' },
  },
});
const seconds = Number(opts.seconds);
const rounds = Number(opts.rounds);
const connections = Number(opts.connections);
const basePort = Number(opts['http-port']);
const ROOT = path.resolve(import.meta.dirname, '..');

const children: ChildProcess[] = [];
function start(cmd: string, args: string[], env: Record<string, string> = {}): ChildProcess {
  const child = spawn(cmd, args, { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stderr.on('data', (b: Buffer) => process.stderr.write(`[${path.basename(args.at(-1) ?? cmd)}] ${b.toString()}`));
  children.push(child);
  return child;
}
const BENCH_KEY = 'bench-key-0123456789abcdef';

const KEPT_MARKER = '<!-- Sections below are kept when npm run bench rewrites the part above. -->';

async function stopAll() {
  for (const c of children) if (c.exitCode === null) c.kill('SIGTERM');
  await new Promise((r) => setTimeout(r, 500));
}

async function waitFor(url: string, body: unknown, timeoutMs = 120_000) {
  const until = Date.now() + timeoutMs;
  for (;;) {
    try {
      const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
      if (res.ok) return;
    } catch {
      // Not listening yet: ask again until the deadline.
    }
    if (Date.now() > until) throw new Error(`${url} did not answer within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 300));
  }
}

/** A GraphQL response as the bench reads it: data once errors are ruled out, and this API's debug counts. */
interface BenchAnswer<T = unknown> {
  data: T;
  errors?: unknown[];
  extensions?: { debug?: { roundTrips?: number; dbHits?: number; bytes?: number } };
}

async function post<T = unknown>(url: string, body: unknown, headers: Record<string, string> = {}): Promise<BenchAnswer<T>> {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
  return (await res.json()) as BenchAnswer<T>;
}

/** pids: the server's Node process and Neo4j's, whose CPU per request the round reports. */
async function load(url: string, body: unknown, headers: Record<string, string> = {}, pids: Pids = {}): Promise<Measurement> {
  // Wait out the previous contender's backlog: this answer queues behind it.
  await post(url, body, headers);
  const before = { server: processCpuMs(pids.server), neo4j: processCpuMs(pids.neo4j) };
  const perRequest = (after: number | null, start: number | null, requests: number) =>
    after === null || start === null || requests === 0 ? null : (after - start) / requests;
  return new Promise((resolve, reject) => {
    autocannon(
      {
        url,
        method: 'POST',
        // What a browser or fetch sends; the API compresses large answers for it.
        headers: { 'content-type': 'application/json', 'accept-encoding': 'gzip', ...headers },
        body: JSON.stringify(body),
        connections,
        duration: seconds,
      },
      (error: unknown, r: autocannon.Result) => {
        if (error) return reject(error instanceof Error ? error : new Error('autocannon failed', { cause: error }));
        const cpu = {
          server: perRequest(processCpuMs(pids.server), before.server, r.requests.total),
          neo4j: perRequest(processCpuMs(pids.neo4j), before.neo4j, r.requests.total),
        };
        resolve({ rps: r.requests.average, p50: r.latency.p50, p99: r.latency.p99, non2xx: r.non2xx + r.errors + r.timeouts, cpu });
      },
    );
  });
}

interface Pids {
  server?: number;
  neo4j?: number;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};
const medianOrNull = (xs: (number | null | undefined)[]) => (xs.every((x) => typeof x === 'number') ? median(xs) : null);
const medianOf = (ms: Measurement[]): Measurement => ({
  rps: median(ms.map((m) => m.rps)),
  p50: median(ms.map((m) => m.p50)),
  p99: median(ms.map((m) => m.p99)),
  non2xx: ms.reduce((s, m) => s + m.non2xx, 0),
  cpu: { server: medianOrNull(ms.map((m) => m.cpu?.server)), neo4j: medianOrNull(ms.map((m) => m.cpu?.neo4j)) },
});

async function main() {
  const db = await openBenchDatabase({
    uri: opts['neo4j-uri'] ?? null,
    password: opts['neo4j-password'],
    boltPort: Number(opts['bolt-port']),
    dataDir: opts['data-dir'],
  });
  try {
    const compiled = existsSync(path.join(ROOT, 'dist/src/main.js'));
    const [apiPort, peerPort, peerStatsPort, ceilingPort] = [basePort, basePort + 1, basePort + 2, basePort + 3];
    // The bench measures the query layer, not the public limits: one API key with a budget no
    // round can spend, a cost ceiling above the mix, and the debug key for the PROFILE pass.
    const apiEnv = {
      NEO4J_URI: db.uri,
      NEO4J_PASSWORD: db.password,
      PORT: String(apiPort),
      SEED_ON_START: 'false',
      LOG_LEVEL: 'warn',
      API_KEYS: BENCH_KEY,
      API_KEY_RATE_LIMIT_MAXIMUM: '100000000',
      API_KEY_RATE_LIMIT_RESTORE_RATE: '10000000',
      MAX_COST: '1000000',
      DEBUG_HEADER_KEY: BENCH_KEY,
      NODE_ENV: 'production',
    };
    const apiProcess = compiled ? start('node', ['dist/src/main.js'], apiEnv) : start('node', ['--import', 'tsx', 'src/main.ts'], apiEnv);
    // All three in production mode, as npm start runs this API (graphql-js is faster there).
    const peerProcess = start(
      'node',
      ['--import', 'tsx', 'bench/peerServer.ts', db.uri, String(peerPort), String(peerStatsPort), db.password],
      {
        NODE_ENV: 'production',
      },
    );
    start('node', ['--import', 'tsx', 'bench/ceilingServer.ts', String(ceilingPort)], { NODE_ENV: 'production' });
    const api = `http://127.0.0.1:${apiPort}/graphql`;
    const peer = `http://127.0.0.1:${peerPort}/`;
    const ceiling = `http://127.0.0.1:${ceilingPort}/`;
    const hello = { query: '{ hello }' };
    await waitFor(api, { query: '{ __typename }' });
    await waitFor(peer, { query: '{ entities(limit: 1) { id } }' });
    await waitFor(ceiling, hello);

    const today = new Date().toISOString().slice(0, 10);
    const mix = questions(today).filter((q) => !opts.only || q.name.includes(opts.only));
    const KEY = { authorization: `Bearer ${BENCH_KEY}` };
    const NO_CACHE = { ...KEY, 'cache-control': 'no-cache' };

    // The answers must agree before anything is timed; then count statements and PROFILE both sides.
    const shapes: RunResult['questions'] = [];
    for (const q of mix) {
      const a = await post<ApiData>(api, q.api, NO_CACHE);
      const p = await post<PeerData>(peer, q.peer);
      if (a.errors || p.errors) throw new Error(`${q.name}: ${JSON.stringify(a.errors ?? p.errors)}`);
      if (!isDeepStrictEqual(q.apiAnswer(a.data), q.peerAnswer(p.data))) throw new Error(`${q.name}: the two APIs answer differently`);
      const profiled = await post(api, q.api, { ...NO_CACHE, 'x-debug': BENCH_KEY, 'x-debug-profile': '1' });
      const d = profiled.extensions?.debug ?? {};
      await fetch(`http://127.0.0.1:${peerStatsPort}/reset?profile=1`);
      await post(peer, q.peer);
      const ps = (await (await fetch(`http://127.0.0.1:${peerStatsPort}/reset`)).json()) as {
        statements: number;
        dbHits: number;
        bytes: number;
      };
      shapes.push({
        name: q.name,
        api: { statements: d.roundTrips ?? NaN, dbHits: d.dbHits ?? NaN, bytes: d.bytes ?? NaN, responseBytes: JSON.stringify(a).length },
        peer: { statements: ps.statements, dbHits: ps.dbHits, bytes: ps.bytes, responseBytes: JSON.stringify(p).length },
        runs: { api: [], peer: [], cached: [] },
      });
    }

    const ceilingRuns: Measurement[] = [];
    for (let round = 1; round <= rounds; round++) {
      process.stdout.write(`round ${round}/${rounds}\n`);
      ceilingRuns.push(await load(ceiling, hello));
      for (const [i, q] of mix.entries()) {
        const s = shapes[i]!;
        s.runs.api.push(await load(api, q.api, NO_CACHE, { server: apiProcess.pid, neo4j: db.pid }));
        s.runs.peer.push(await load(peer, q.peer, {}, { server: peerProcess.pid, neo4j: db.pid }));
        s.runs.cached.push(await load(api, q.api, KEY, { server: apiProcess.pid, neo4j: db.pid }));
      }
    }
    const result: RunResult = {
      label: opts.label,
      date: new Date().toISOString(),
      machine: `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'CPU'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, ${os.platform()} ${os.release()}`,
      versions: versions(),
      apiRuntime: compiled ? 'node dist/src/main.js (compiled)' : 'tsx src/main.ts',
      command: `npm run bench -- ${process.argv.slice(2).join(' ')}`.trim(),
      settings: { seconds, rounds, connections },
      ceiling: medianOf(ceilingRuns),
      questions: shapes.map((s) => ({
        ...s,
        median: { api: medianOf(s.runs.api), peer: medianOf(s.runs.peer), cached: medianOf(s.runs.cached) },
      })),
    };
    mkdirSync(path.join(ROOT, 'bench/results'), { recursive: true });
    writeFileSync(path.join(ROOT, `bench/results/${result.label}.json`), JSON.stringify(result, null, 2) + '\n');
    const read = (label: string): RunResult | null => {
      const f = path.join(ROOT, `bench/results/${label}.json`);
      return existsSync(f) ? (JSON.parse(readFileSync(f, 'utf8')) as RunResult) : null;
    };
    // Other benchmarks keep their sections below the marker; only the part above is this script's.
    const reportFile = path.join(ROOT, 'BENCHMARKS.md');
    const previous = existsSync(reportFile) ? readFileSync(reportFile, 'utf8') : '';
    const kept = previous.includes(KEPT_MARKER) ? previous.slice(previous.indexOf(KEPT_MARKER)) : `${KEPT_MARKER}\n`;
    writeFileSync(reportFile, `${renderReport(read('before'), read('after') ?? result).trimEnd()}\n\n${kept}`);
    process.stdout.write(`wrote BENCHMARKS.md and bench/results/${result.label}.json\n`);
  } finally {
    await stopAll();
    await db.stop();
  }
}

function versions(): Record<string, string> {
  const v = (pkg: string) =>
    (JSON.parse(readFileSync(path.join(ROOT, 'node_modules', pkg, 'package.json'), 'utf8')) as { version: string }).version;
  return {
    node: process.version,
    neo4j: '5.26 (embedded, neo4j/pom.xml)',
    '@apollo/server': v('@apollo/server'),
    graphql: v('graphql'),
    'neo4j-driver': v('neo4j-driver'),
    '@neo4j/graphql': v('@neo4j/graphql'),
    autocannon: v('autocannon'),
  };
}

main().catch(async (error) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  await stopAll();
  process.exit(1);
});
