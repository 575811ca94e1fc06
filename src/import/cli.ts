import { ConfigError, loadConfig } from '../config.js';
import { openDatabase } from '../db/connect.js';
import { EmbeddedDatabaseError } from '../db/errors.js';
import { migrate } from '../db/migrations.js';
import { createLogger } from '../logger.js';
import { HeaderError } from './lib/header.js';
import { runBulkImport, type BulkImportSummary } from './lib/runBulkImport.js';
import { checkImport, ImportError, runImport, type ImportSummary } from './lib/runImport.js';
import { writeSynthFile } from './lib/synth.js';
import { findKind, KINDS } from './registry.js';

const USAGE = `usage:
  npm run import -- <kind> [<file>] [--resume] [--dry-run] [--json] [--release-date YYYY-MM-DD]
  npm run import -- nppes <file> --bulk [--json] [--release-date YYYY-MM-DD] [--parse-threads N]
      (a first load into an empty embedded database, with Neo4j's offline importer)
  npm run import -- synth <kind> --rows N --out FILE [--seed N]

kinds:
${KINDS.map((k) => `  ${k.name.padEnd(22)} ${k.description}`).join('\n')}`;

export interface ParsedArgs {
  positional: string[];
  flags: Set<string>;
  values: Map<string, string>;
}

const VALUE_FLAGS = new Set(['--rows', '--out', '--release-date', '--seed', '--batch-size', '--batches-in-flight', '--parse-threads']);
const BOOL_FLAGS = new Set(['--resume', '--dry-run', '--json', '--help', '--bulk']);

export function parseArgs(argv: string[]): ParsedArgs {
  const out: ParsedArgs = { positional: [], flags: new Set(), values: new Map() };
  for (let i = 0; i < argv.length; i += 1) {
    const a = argv[i]!;
    if (VALUE_FLAGS.has(a)) {
      const v = argv[i + 1];
      if (v === undefined) throw new ImportError(`${a} needs a value`);
      out.values.set(a, v);
      i += 1;
    } else if (BOOL_FLAGS.has(a)) out.flags.add(a);
    else if (a.startsWith('--')) throw new ImportError(`unknown option ${a}\n${USAGE}`);
    else out.positional.push(a);
  }
  return out;
}

function positiveInt(name: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value) || Number(value) < 1) throw new ImportError(`${name} must be a positive integer, not ${JSON.stringify(value)}`);
  return Number(value);
}

function nonNegativeInt(name: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value)) throw new ImportError(`${name} must be 0 or a positive integer, not ${JSON.stringify(value)}`);
  return Number(value);
}

function printSummary(s: ImportSummary | BulkImportSummary, json: boolean): void {
  if (json) {
    process.stdout.write(`${JSON.stringify({ event: 'summary', ...s })}\n`);
    return;
  }
  const what = s.dryRun ? 'dry run (nothing written): parsed' : 'wrote';
  const lines = [
    s.alreadyComplete ? `${s.kind}: ${s.file} was already imported completely.` : null,
    `${s.kind}: read ${s.read}, ${what} ${s.written}, rejected ${s.rejected} in ${s.seconds} s (${s.rowsPerSecond} rows/s, peak RSS ${s.peakRssMb} MB)` +
      (s.resumedAfterLine !== null && !s.alreadyComplete ? `, resumed after line ${s.resumedAfterLine}` : ''),
    s.rejected > 0 && s.rejectsFile ? `${s.kind}: rejected rows are listed in ${s.rejectsFile}` : null,
    Object.keys(s.finish).length > 0
      ? `${s.kind}: ${Object.entries(s.finish)
          .map(([k, v]) => `${k} ${v}`)
          .join(', ')}`
      : null,
  ];
  if ('bulk' in s) {
    const b = s.bulk;
    lines.push(
      `${s.kind}: --bulk steps: checks ${b.check} s, CSV ${b.csv} s (${b.csvMb} MB), offline importer ${b.offlineImport} s, start ${b.start} s, indexes ${b.indexes} s, finish ${b.finish} s, stop ${b.stop} s`,
    );
  }
  for (const l of lines) if (l) process.stdout.write(`${l}\n`);
}

async function main(argv: string[]): Promise<number> {
  const args = parseArgs(argv);
  const json = args.flags.has('--json');
  if (args.flags.has('--help') || args.positional.length === 0) {
    process.stdout.write(`${USAGE}\n`);
    return args.positional.length === 0 && !args.flags.has('--help') ? 2 : 0;
  }
  if (args.positional[0] === 'synth') {
    const kind = findKind(args.positional[1] ?? '');
    if (!kind) throw new ImportError(`synth: unknown kind ${JSON.stringify(args.positional[1] ?? '')}\n${USAGE}`);
    const rows = positiveInt('--rows', args.values.get('--rows'));
    const out = args.values.get('--out');
    if (!rows || !out) throw new ImportError('synth needs --rows N and --out FILE');
    const started = Date.now();
    const n = await writeSynthFile(kind, rows, out, positiveInt('--seed', args.values.get('--seed')) ?? 7);
    const seconds = (Date.now() - started) / 1000;
    if (json) process.stdout.write(`${JSON.stringify({ event: 'synth', kind: kind.name, rows: n, out, seconds })}\n`);
    else process.stdout.write(`synth: wrote ${n} ${kind.name} rows to ${out} in ${seconds} s\n`);
    return 0;
  }

  const [kindName, file] = args.positional;
  const kind = findKind(kindName!);
  if (!kind) throw new ImportError(`unknown kind ${JSON.stringify(kindName)}\n${USAGE}`);
  if (!file && !kind.builtin) throw new ImportError(`${kind.name}: a file to import is required\n${USAGE}`);
  const releaseDate = args.values.get('--release-date') ?? null;
  if (releaseDate !== null && !/^\d{4}-\d{2}-\d{2}$/.test(releaseDate))
    throw new ImportError(`--release-date must be YYYY-MM-DD, not ${JSON.stringify(releaseDate)}`);
  const dryRun = args.flags.has('--dry-run');
  const bulk = args.flags.has('--bulk');
  if (bulk && (dryRun || args.flags.has('--resume'))) {
    throw new ImportError(
      `--bulk cannot be combined with ${dryRun ? '--dry-run' : '--resume'}: it loads a whole file into an empty store (an interrupted one is run again into a new, empty DATA_DIR).`,
    );
  }
  const options = {
    kind,
    file: file ?? null,
    resume: args.flags.has('--resume'),
    dryRun,
    json,
    releaseDate,
    batchSize: positiveInt('--batch-size', args.values.get('--batch-size')),
    batchesInFlight: positiveInt('--batches-in-flight', args.values.get('--batches-in-flight')),
    parseThreads: nonNegativeInt('--parse-threads', args.values.get('--parse-threads')),
  };

  if (dryRun) {
    printSummary(await runImport(null, options), json);
    return 0;
  }
  const config = loadConfig();
  const logger = createLogger(config.logLevel === 'debug' ? 'debug' : 'warn', (l) => process.stderr.write(`${l}\n`));
  if (bulk) {
    printSummary(await runBulkImport(config, logger, options), json);
    return 0;
  }
  // The header is checked before the database is opened, so a wrong file fails in a second.
  await checkImport(options);
  const database = await openDatabase(config, logger, { reuseRunning: true });
  try {
    await migrate(database.db);
    printSummary(await runImport(database.db, options), json);
    return 0;
  } finally {
    await database.close();
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    const known =
      error instanceof ImportError ||
      error instanceof HeaderError ||
      error instanceof ConfigError ||
      error instanceof EmbeddedDatabaseError;
    const message = known ? error.message : `import failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`;
    if (process.argv.includes('--json'))
      process.stdout.write(`${JSON.stringify({ event: 'error', message: (error as Error)?.message ?? String(error) })}\n`);
    process.stderr.write(`${message}\n`);
    process.exit(1);
  },
);
