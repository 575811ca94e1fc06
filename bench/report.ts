import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** Hand-written notes on what moved and why, kept next to the bench and appended to the report. */
const WHY = path.join(import.meta.dirname, 'why.md');

export interface Measurement {
  rps: number;
  p50: number;
  p99: number;
  non2xx: number;
  /** CPU ms per request of the server's Node process and of Neo4j, over the round (null: not measurable here). */
  cpu?: { server: number | null; neo4j: number | null };
}

export interface Shape {
  statements: number;
  dbHits: number;
  bytes: number;
  responseBytes: number;
}

export interface RunResult {
  label: string;
  date: string;
  machine: string;
  versions: Record<string, string>;
  apiRuntime: string;
  command: string;
  settings: { seconds: number; rounds: number; connections: number };
  ceiling: Measurement;
  questions: {
    name: string;
    api: Shape;
    peer: Shape;
    runs: { api: Measurement[]; peer: Measurement[]; cached: Measurement[] };
    median?: { api: Measurement; peer: Measurement; cached: Measurement };
  }[];
}

const f0 = (n: number) => (Number.isFinite(n) ? Math.round(n).toLocaleString('en-US') : '–');
const f2 = (n: number) => (Number.isFinite(n) ? n.toFixed(2) : '–');

function table(r: RunResult): string {
  const lines = [
    `${r.date.slice(0, 16).replace('T', ' ')} UTC · API run as \`${r.apiRuntime}\` · ${r.settings.rounds} alternating rounds × ${r.settings.seconds} s per contender, ${r.settings.connections} connections · ceiling (bare Apollo \`{ hello }\`): **${f0(r.ceiling.rps)} req/s**, p99 ${r.ceiling.p99} ms`,
    '',
    '| question | API req/s uncached | @neo4j/graphql req/s | ratio | p99 API / peer (ms) | API cached req/s (× ceiling) | uncached × ceiling | statements API / peer | db hits API / peer | bytes from Neo4j API / peer |',
    '|---|---|---|---|---|---|---|---|---|---|',
  ];
  for (const q of r.questions) {
    const m = q.median!;
    lines.push(
      `| ${q.name} | ${f0(m.api.rps)} | ${f0(m.peer.rps)} | ${f2(m.api.rps / m.peer.rps)} | ${m.api.p99} / ${m.peer.p99} | ${f0(m.cached.rps)} (${f2(m.cached.rps / r.ceiling.rps)}) | ${f2(m.api.rps / r.ceiling.rps)} | ${q.api.statements} / ${q.peer.statements} | ${f0(q.api.dbHits)} / ${f0(q.peer.dbHits)} | ${f0(q.api.bytes)} / ${f0(q.peer.bytes)} |`,
    );
  }
  lines.push(
    '',
    'Targets: uncached ≥ 2× @neo4j/graphql req/s with p99 no higher; cached ≥ 0.7× the ceiling; the dashboard uncached ≥ 0.2× the ceiling.',
    '',
  );
  lines.push('| question | ≥ 2× peer | p99 ≤ peer | cached ≥ 0.7× ceiling | dashboard ≥ 0.2× ceiling |', '|---|---|---|---|---|');
  const mark = (ok: boolean) => (ok ? 'met' : '**not met**');
  for (const q of r.questions) {
    const m = q.median!;
    const dash = q.name.startsWith('state dashboard') ? mark(m.api.rps >= 0.2 * r.ceiling.rps) : '';
    lines.push(
      `| ${q.name} | ${mark(m.api.rps >= 2 * m.peer.rps)} | ${mark(m.api.p99 <= m.peer.p99)} | ${mark(m.cached.rps >= 0.7 * r.ceiling.rps)} | ${dash} |`,
    );
  }
  lines.push(...cpuTable(r));
  const errors = r.questions.reduce((s, q) => s + q.median!.api.non2xx + q.median!.peer.non2xx + q.median!.cached.non2xx, 0);
  lines.push('', `Non-2xx responses, errors and timeouts across all rounds: ${errors}.`);
  return lines.join('\n');
}

/**
 * CPU per request, from /proc around each timed round (medians). Both APIs send their statements
 * to the same Neo4j, so for a question whose cost is mostly the database's, the ratio of req/s
 * cannot exceed (the peer's Node + the peer's Neo4j) / this API's Neo4j, even if this API's own
 * Node time fell to nothing: the last column.
 */
function cpuTable(r: RunResult): string[] {
  const rows = r.questions.filter((q) => q.median?.api.cpu?.neo4j != null && q.median.peer.cpu?.neo4j != null);
  if (rows.length === 0) return [];
  const f3 = (n: number | null | undefined) => (n == null ? '–' : n.toFixed(2));
  const lines = [
    '',
    'CPU per request in ms (user + system, from `/proc` around each timed round, medians), and the ratio to the peer this API could reach with no Node time at all:',
    '',
    '| question | API Node | API Neo4j | peer Node | peer Neo4j | ratio at zero API Node |',
    '|---|---|---|---|---|---|',
  ];
  for (const q of rows) {
    const { api, peer } = q.median!;
    const bound = (peer.cpu!.server! + peer.cpu!.neo4j!) / api.cpu!.neo4j!;
    lines.push(
      `| ${q.name} | ${f3(api.cpu!.server)} | ${f3(api.cpu!.neo4j)} | ${f3(peer.cpu!.server)} | ${f3(peer.cpu!.neo4j)} | ${f2(bound)} |`,
    );
  }
  return lines;
}

/** BENCHMARKS.md: how it was measured, then the current run, then the run before the query layer was rewritten. */
export function renderReport(before: RunResult | null, after: RunResult): string {
  return [
    '# Benchmarks',
    '',
    `Command: \`${after.command}\` (generated file; the raw numbers are in \`bench/results/*.json\`).`,
    '',
    `Machine: ${after.machine}. Versions: ${Object.entries(after.versions)
      .map(([k, v]) => `${k} ${v}`)
      .join(', ')}.`,
    '',
    'One Neo4j (the seed), three servers in their own Node processes: this API as `npm start` runs it, an',
    '`@neo4j/graphql` schema over the same labels (`bench/peer/typeDefs.ts`, filters passed as variables), and a',
    'bare Apollo Server answering `{ hello }` (the ceiling). Before timing, every question is asked of both APIs',
    'and the bench stops if the answers differ (`bench/questions.ts` reduces each to one comparable shape).',
    'Statements, database hits (PROFILE) and bytes read from Neo4j are counted for one request of each question',
    'outside the timed rounds. "Uncached" requests send `Cache-Control: no-cache`, which makes the API skip its',
    'response cache; "cached" repeats the same request without it. Every timed request sends',
    '`Accept-Encoding: gzip`, as browsers and `fetch` do (the API compresses answers over 8 KB; the others never',
    'compress). Medians of the rounds; autocannon runs in',
    'the orchestrating process on the same 2 cores, so every figure is a ratio within one run, not an absolute.',
    '',
    '## Current',
    '',
    table(after),
    ...(before ? ['', '## Before the query layer was rewritten', '', table(before)] : []),
    ...(existsSync(WHY) ? ['', readFileSync(WHY, 'utf8').trim()] : []),
    '',
  ].join('\n');
}
