import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import type { Config } from '../../config.js';
import { openDatabase } from '../../db/connect.js';
import { boltAnswers } from '../../db/embedded.js';
import { embeddedStoreState, importEmbeddedStoreOffline } from '../../db/embeddedBulkImport.js';
import { migrate } from '../../db/migrations.js';
import type { Logger } from '../../logger.js';
import type { AnyImportKind, BulkNodes } from '../kind.js';
import { KINDS } from '../registry.js';
import { ARRAY_DELIMITER_OPTION, bulkHeader } from './bulkCsv.js';
import { saveCheckpoint } from './importRepository.js';
import { Progress, type ProgressState } from './progress.js';
import { RejectsFile } from './rejects.js';
import {
  completeRun,
  cpuSeconds,
  ImportError,
  importContext,
  openRun,
  peakRssMb,
  prepareImport,
  type ImportOptions,
  type ImportSummary,
} from './runImport.js';
import { writeBulkCsv, type BulkCsvOutcome } from './writeBulkCsv.js';

/** Seconds spent in each step of a bulk import, for the summary and the benchmark. */
export interface BulkPhases {
  /** The header, the port and the store checked, before anything is written. */
  check: number;
  /** Node: reading and parsing the file, writing the importer's CSV and the rejects file. */
  csv: number;
  /** Neo4j's offline importer, JVM start included. */
  offlineImport: number;
  /** Starting the embedded Neo4j on the new store. */
  start: number;
  /** Migrations and the population of their indexes over the loaded nodes. */
  indexes: number;
  /** Source, ImportRun, the kind's finish step and the data version bump. */
  finish: number;
  /** The embedded Neo4j stopped again (a clean shutdown flushes the store). */
  stop: number;
  csvMb: number;
}

export type BulkImportSummary = ImportSummary & { bulk: BulkPhases };

type EmbeddedNeo4jConfig = Extract<Config['neo4j'], { mode: 'embedded' }>;

function refuse(message: string): never {
  throw new ImportError(`--bulk: ${message} Nothing was written.`);
}

/** The checks that need no file: the database is the embedded one, and the kind can be bulk-loaded. */
function bulkTarget(config: Config, kind: AnyImportKind): { bulk: BulkNodes<unknown>; neo4j: EmbeddedNeo4jConfig } {
  if (config.neo4j.mode !== 'embedded') {
    return refuse(
      `it writes the store files of the embedded database under DATA_DIR while no Neo4j runs, and NEO4J_URI is set (${config.neo4j.uri}): ` +
        'a server it does not own cannot be loaded that way. Unset NEO4J_URI to load DATA_DIR, or import online without --bulk.',
    );
  }
  if (!kind.bulk) {
    const kinds = KINDS.filter((k) => k.bulk).map((k) => k.name);
    return refuse(`${kind.name} imports online only; --bulk is for ${kinds.join(', ')}.`);
  }
  return { bulk: kind.bulk, neo4j: config.neo4j };
}

/**
 * Two parser threads where there are two cores: they took the CSV step of a 1 M-row file from
 * about 19 s to 13 s, with the Node process at 470 MB RSS (within the 600 MB budget; none: 320 MB).
 * Every thread adds memory, so no more are started unasked; --parse-threads N sets another number.
 */
export function defaultParseThreads(cores = availableParallelism()): number {
  return cores >= 2 ? 2 : 0;
}

/**
 * A first load into an empty embedded store: the file is parsed row by row exactly as the
 * online import parses it (same parse, same rejects), written as the CSV of Neo4j's offline
 * importer in a directory next to the store, loaded by that importer while no Neo4j runs,
 * and finished online: the embedded Neo4j starts on the new store, migrations build the
 * indexes, and the run ends with the same steps as an online import (Source, ImportRun done
 * with its counts, the kind's finish step, the data version bump). Refused when the store
 * holds data or is open, and for a database given by NEO4J_URI.
 */
export async function runBulkImport(config: Config, logger: Logger, options: ImportOptions): Promise<BulkImportSummary> {
  const started = Date.now();
  const { kind } = options;
  const { bulk, neo4j: neo4jConfig } = bulkTarget(config, kind);
  const dataDir = path.resolve(neo4jConfig.dataDir);
  if (options.file === null) refuse(`${kind.name} needs a file to load.`);
  const { input, releaseDate, retrieved } = await prepareImport(options);

  if (await boltAnswers(neo4jConfig.boltPort)) {
    refuse(
      `something answers on 127.0.0.1:${neo4jConfig.boltPort} (NEO4J_BOLT_PORT), most likely a running \`npm start\` with the embedded database: ` +
        'the offline importer needs the store closed. Stop it first, or import online without --bulk.',
    );
  }
  const say = (event: Record<string, unknown>, text: string) => {
    const write = options.progressWrite ?? ((t: string) => process.stderr.write(t));
    write(options.json ? `${JSON.stringify({ event: 'bulk', ...event })}\n` : `${kind.name} --bulk: ${text}\n`);
  };
  const store = await embeddedStoreState(dataDir, neo4jConfig.heapMb);
  if (store.state === 'running') {
    refuse(
      `the embedded database under ${dataDir} is open in another process (its store is locked). Stop it first, or import online without --bulk.`,
    );
  }
  if (store.state === 'holds') {
    refuse(
      `the embedded database under ${dataDir} already holds ${store.nodes} nodes, and the offline importer only loads an empty store. ` +
        'Import online without --bulk to add to it, or point DATA_DIR at a new directory for a first load.',
    );
  }

  const ctx = importContext(kind, input, releaseDate);
  mkdirSync(dataDir, { recursive: true });
  const workDir = mkdtempSync(path.join(dataDir, 'bulk-import-'));
  const rejectsPath = `${options.file}.rejects.csv`;
  const since = (t: number) => Math.round((Date.now() - t) / 100) / 10;
  const phases: BulkPhases = { check: since(started), csv: 0, offlineImport: 0, start: 0, indexes: 0, finish: 0, stop: 0, csvMb: 0 };

  const state: ProgressState = {
    rows: 0,
    written: 0,
    rejected: 0,
    bytes: input.dataStart.bytes,
    totalBytes: input.total,
    startedAt: started,
    baseRows: 0,
    baseBytes: 0,
  };
  let last: { line: number; bytes: number };
  const rejects = new RejectsFile(rejectsPath);
  try {
    // 1. The file, parsed as online, into the importer's CSV. Rows holding a line break go to
    // a file of their own, the only one the importer is told to read as multi-line (slower).
    let t = Date.now();
    const headerFile = path.join(workDir, 'header.csv');
    writeFileSync(headerFile, `${bulkHeader(bulk.label, bulk.columns)}\n`);
    const dataFile = path.join(workDir, 'nodes.csv');
    const multilineFile = path.join(workDir, 'nodes-multiline.csv');
    rejects.open(null);
    const progress = new Progress(state, { json: options.json, write: options.progressWrite, intervalMs: options.progressIntervalMs });
    progress.start();
    let written: BulkCsvOutcome;
    try {
      written = await writeBulkCsv({
        kind,
        file: options.file,
        encoding: kind.encoding ?? 'utf8',
        header: input.header,
        dataStart: input.dataStart,
        ctx,
        threads: options.parseThreads ?? defaultParseThreads(),
        dataFile,
        multilineFile,
        rejects,
        state,
      });
    } finally {
      progress.stop();
      rejects.close();
    }
    last = { line: written.line, bytes: written.bytes };
    phases.csv = since(t);
    phases.csvMb = Math.round((statSync(dataFile).size + statSync(multilineFile).size) / 1e5) / 10;

    // 2. Neo4j's offline importer.
    t = Date.now();
    say({ phase: 'offline-import', nodes: state.written }, `loading ${state.written} nodes with Neo4j's offline importer`);
    const importerArgs = [
      `--nodes=${bulk.label}=${headerFile},${dataFile}`,
      ...(written.multilineNodes > 0
        ? [`--nodes=${bulk.label}=${headerFile},${multilineFile}`, '--multiline-fields-format=v2', `--multiline-fields=${multilineFile}`]
        : []),
      `--array-delimiter=${ARRAY_DELIMITER_OPTION}`,
      // Every value was checked above: an entry the importer finds bad means a bug, not a row to skip.
      '--bad-tolerance=0',
      `--report-file=${path.join(workDir, 'import.report')}`,
      `--max-off-heap-memory=${neo4jConfig.pageCacheMb}m`,
    ];
    const loaded = await importEmbeddedStoreOffline({
      dataDir,
      workDir,
      heapMb: neo4jConfig.heapMb,
      importerArgs,
      onLine: (l) => logger.debug('offline importer', { line: l }),
    });
    if (loaded.nodes !== state.written) {
      throw new ImportError(`Neo4j's offline importer loaded ${loaded.nodes} nodes where ${state.written} were written for it.`);
    }
    phases.offlineImport = since(t);
  } finally {
    rmSync(workDir, { recursive: true, force: true });
  }

  // 3. Online: the embedded Neo4j on the new store, its indexes, and the steps every import ends with.
  let t = Date.now();
  say({ phase: 'start' }, 'starting the embedded Neo4j on the loaded store');
  const database = await openDatabase(config, logger);
  let finish: Record<string, number>;
  try {
    phases.start = since(t);
    t = Date.now();
    let lastSaid = 0;
    await migrate(database.db, {
      onPopulating: (pending) => {
        if (Date.now() - lastSaid < 5000) return;
        lastSaid = Date.now();
        say({ phase: 'indexes', pending }, `building indexes: ${pending.map((p) => `${p.name} ${Math.round(p.percent)}%`).join(', ')}`);
      },
    });
    phases.indexes = since(t);
    t = Date.now();
    const runner = database.db.runner();
    await openRun(runner, kind, input, ctx, retrieved);
    await saveCheckpoint(runner, ctx.runId, {
      ...last,
      read: state.rows,
      written: state.written,
      rejected: rejects.count,
      rejectsBytes: rejects.size,
    });
    finish = await completeRun(runner, kind, ctx);
    phases.finish = since(t);
  } finally {
    t = Date.now();
    await database.close();
    phases.stop = since(t);
  }

  const seconds = (Date.now() - started) / 1000;
  return {
    kind: kind.name,
    file: input.path,
    releaseDate,
    sourceId: ctx.sourceId,
    dryRun: false,
    rejectsFile: rejectsPath,
    read: state.rows,
    written: state.written,
    rejected: rejects.count,
    seconds: Math.round(seconds * 100) / 100,
    rowsPerSecond: Math.round(state.rows / Math.max(seconds, 1e-3)),
    resumedAfterLine: null,
    alreadyComplete: false,
    finish,
    peakRssMb: peakRssMb(),
    cpuSeconds: cpuSeconds(),
    bulk: phases,
  };
}
