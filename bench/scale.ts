/**
 * npm run bench:scale [-- --providers 1000000 --seconds 3 --rounds 3 --bolt-port 7741 --http-port 4741 --data-dir .bench-data/scale]
 *
 * Does the query mix stay flat as the graph grows? Runs the whole `npm run bench` mix on the
 * seed alone, imports N synthetic NPPES providers into the same database through the real
 * importer, runs the mix again, and compares the two runs question by question. Each run
 * measures its own bare Apollo ceiling; the comparison is of req/s as a share of that
 * ceiling, so a machine busier during one run than the other does not pass for a slowdown.
 * The result goes to BENCHMARKS.md between this script's markers.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { writeSynthFile } from '../src/import/lib/synth.js';
import { findKind } from '../src/import/registry.js';
import type { RunResult } from './report.js';

const { values: opts } = parseArgs({
  options: {
    providers: { type: 'string', default: '1000000' },
    seconds: { type: 'string', default: '3' },
    rounds: { type: 'string', default: '3' },
    'bolt-port': { type: 'string', default: '7741' },
    'http-port': { type: 'string', default: '4741' },
    'data-dir': { type: 'string', default: '.bench-data/scale' },
  },
});
const ROOT = path.resolve(import.meta.dirname, '..');
const START = '<!-- bench:scale start -->';
const END = '<!-- bench:scale end -->';
const providers = Number(opts.providers);
const dataDir = path.resolve(ROOT, opts['data-dir']);

function run(args: string[], env: Record<string, string> = {}): Promise<void> {
  return new Promise((resolve, reject) => {
    const childEnv: NodeJS.ProcessEnv = { ...process.env, ...env };
    for (const [k, v] of Object.entries(env)) if (v === '') delete childEnv[k];
    const child = spawn(process.execPath, ['--import', 'tsx', ...args], {
      cwd: ROOT,
      env: childEnv,
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${args.join(' ')} exited ${code}`))));
  });
}

const benchArgs = (label: string) => [
  'bench/run.ts',
  '--label',
  label,
  '--seconds',
  opts.seconds,
  '--rounds',
  opts.rounds,
  '--bolt-port',
  opts['bolt-port'],
  '--http-port',
  opts['http-port'],
  '--data-dir',
  dataDir,
];

const readResult = (label: string) => JSON.parse(readFileSync(path.join(ROOT, `bench/results/${label}.json`), 'utf8')) as RunResult;

function render(seed: RunResult, big: RunResult, importSeconds: number, fileMb: number): string {
  const share = (r: RunResult, rps: number) => rps / r.ceiling.rps;
  const lines = [
    START,
    '## Does the mix stay flat as the graph grows?',
    '',
    `Command: \`npm run bench:scale -- --providers ${providers} --seconds ${opts.seconds} --rounds ${opts.rounds}\`. The mix of \`npm run bench\` on the seed alone (${seed.date.slice(0, 16).replace('T', ' ')} UTC, ceiling ${Math.round(seed.ceiling.rps)} req/s), then on the same database after importing ${providers.toLocaleString('en-US')} synthetic NPPES providers (${fileMb} MB, ${Math.round(importSeconds)} s through \`npm run import\`; ${big.date.slice(0, 16).replace('T', ' ')} UTC, ceiling ${Math.round(big.ceiling.rps)} req/s). "Slowdown" is the seed run's uncached req/s as a share of its ceiling divided by the large run's: 1.00 means no change, the target is at most 1.3.`,
    '',
    '| question | uncached req/s seed / large | × ceiling seed / large | p50 ms seed / large | slowdown | db hits seed / large |',
    '|---|---|---|---|---|---|',
  ];
  for (const q of seed.questions) {
    const b = big.questions.find((x) => x.name === q.name);
    if (!b) continue;
    const s = q.median!.api;
    const l = b.median!.api;
    const slowdown = share(seed, s.rps) / share(big, l.rps);
    lines.push(
      `| ${q.name} | ${Math.round(s.rps)} / ${Math.round(l.rps)} | ${share(seed, s.rps).toFixed(3)} / ${share(big, l.rps).toFixed(3)} | ${s.p50} / ${l.p50} | ${slowdown.toFixed(2)}${slowdown > 1.3 ? ' (over 1.3)' : ''} | ${q.api.dbHits} / ${b.api.dbHits} |`,
    );
  }
  lines.push(END);
  return lines.join('\n');
}

async function main() {
  if (!Number.isInteger(providers) || providers < 1) throw new Error(`--providers must be a positive whole number, got ${opts.providers}`);
  rmSync(dataDir, { recursive: true, force: true });
  mkdirSync(dataDir, { recursive: true });
  console.error(`bench:scale: the mix on the seed alone (${dataDir})`);
  await run(benchArgs('scale-seed'));

  const file = path.join(dataDir, 'npidata_pfile_20050523-20250708.csv');
  console.error(`bench:scale: synthesizing ${providers} providers`);
  await writeSynthFile(findKind('nppes')!, providers, file, 3);
  const fileMb = Math.round(statSync(file).size / 1e6);
  const started = Date.now();
  // NEO4J_URI unset: the importer opens the embedded database in the bench's data directory, as a user's import does.
  await run(['src/import/cli.ts', 'nppes', file, '--json'], { DATA_DIR: dataDir, NEO4J_BOLT_PORT: opts['bolt-port'], NEO4J_URI: '' });
  const importSeconds = (Date.now() - started) / 1000;
  rmSync(file);

  console.error('bench:scale: the mix again with the providers loaded');
  await run(benchArgs('scale-providers'));

  const section = render(readResult('scale-seed'), readResult('scale-providers'), importSeconds, fileMb);
  const reportFile = path.join(ROOT, 'BENCHMARKS.md');
  const report = existsSync(reportFile) ? readFileSync(reportFile, 'utf8') : '';
  const next = report.includes(START)
    ? report.slice(0, report.indexOf(START)) + section + report.slice(report.indexOf(END) + END.length)
    : `${report.trimEnd()}\n\n${section}\n`;
  writeFileSync(reportFile, next);
  console.log(section);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
