import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Database, QueryRunner } from '../../db/database.js';
import { rebuildCoverageOfOrigin } from '../../db/repositories/derivedRepository.js';
import { newDataVersion } from '../../services/storedAnswers.js';
import type { AnyImportKind, ImportContext } from '../kind.js';
import { fingerprintFile, fingerprintText, type FileFingerprint } from './fingerprint.js';
import { ArrayRow, indexHeader } from './header.js';
import { findNewerRun, findRun, findUnfinishedRun, finishRun, saveCheckpoint, startRun, type Checkpoint } from './importRepository.js';
import { Progress, type ProgressState } from './progress.js';
import { readCsv, readHeader, type CsvRecord } from './readCsv.js';
import { RejectsFile } from './rejects.js';

export class ImportError extends Error {
  override name = 'ImportError';
}

export interface ImportOptions {
  kind: AnyImportKind;
  /** The file to import; omitted for kinds with built-in data. */
  file: string | null;
  resume: boolean;
  dryRun: boolean;
  json: boolean;
  releaseDate: string | null;
  /** Overrides the kind's batch size (tests use small batches to have many checkpoints). */
  batchSize?: number;
  /** Overrides how many batches the kind writes at once. */
  batchesInFlight?: number;
  /** --bulk only: threads that parse the file besides the main one (0: parse on the main one); defaultParseThreads() when unset. */
  parseThreads?: number;
  /** Where progress goes; stderr by default. */
  progressWrite?: (text: string) => void;
  progressIntervalMs?: number;
}

export interface ImportSummary {
  kind: string;
  file: string;
  releaseDate: string;
  sourceId: string;
  read: number;
  written: number;
  rejected: number;
  seconds: number;
  rowsPerSecond: number;
  rejectsFile: string | null;
  /** The line after which a resumed import continued; null for a fresh one. */
  resumedAfterLine: number | null;
  alreadyComplete: boolean;
  dryRun: boolean;
  finish: Record<string, number>;
  /** Peak resident set size of this process so far, in MB. */
  peakRssMb: number;
  /** CPU time this process used (user + system), in seconds: on a shared machine, wall time alone misleads. */
  cpuSeconds: number;
}

export function cpuSeconds(): number {
  const u = process.cpuUsage();
  return Math.round((u.user + u.system) / 1e4) / 100;
}

export function peakRssMb(): number {
  // maxRSS is in kilobytes.
  return Math.round(process.resourceUsage().maxRSS / 1024);
}

export interface Input {
  fileName: string;
  path: string;
  fingerprint: FileFingerprint;
  header: string[];
  dataStart: { bytes: number; line: number };
  /** What progress is measured against: file bytes, or rows for shipped data (its "bytes" count rows). */
  total: number;
  records(start: { bytes: number; line: number }): AsyncIterable<CsvRecord>;
}

async function openInput(kind: AnyImportKind, file: string | null): Promise<Input> {
  if (file === null) {
    if (!kind.builtin) throw new ImportError(`${kind.name}: a file to import is required`);
    const data = kind.builtin();
    const rows = data.rows;
    return {
      fileName: data.fileName,
      path: data.path,
      fingerprint: fingerprintText(JSON.stringify([data.header, rows])),
      header: [...data.header],
      dataStart: { bytes: 0, line: 1 },
      total: rows.length,
      async *records(start) {
        for (let i = start.bytes; i < rows.length; i += 1) yield { values: [...rows[i]!], line: i + 2, bytes: i + 1 };
      },
    };
  }
  if (!existsSync(file) || !statSync(file).isFile()) throw new ImportError(`${file}: no such file`);
  const encoding = kind.encoding ?? 'utf8';
  const head = await readHeader(file, encoding);
  if (!head) throw new ImportError(`${file}: the file is empty; nothing was written.`);
  return {
    fileName: path.basename(file),
    path: file,
    fingerprint: fingerprintFile(file),
    header: head.header,
    dataStart: { bytes: head.bytes, line: head.line },
    total: statSync(file).size,
    records: (start) => readCsv(file, encoding, start),
  };
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Streams one file into the graph: header check, per-row parse to a record or a reject,
 * batches written together with their checkpoint, then the kind's finish step.
 */
export async function prepareImport(
  options: ImportOptions,
): Promise<{ input: Input; index: ReturnType<typeof indexHeader>; releaseDate: string; retrieved: boolean }> {
  const { kind } = options;
  const input = await openInput(kind, options.file);
  // Fails before anything is written (and before a run is recorded).
  const index = indexHeader(input.path, input.header, kind.requiredColumns);

  // Shipped data has no publication date of its own: it is dated the day it was read.
  const retrieved = options.releaseDate === null && options.file === null;
  const releaseDate =
    options.releaseDate ?? (retrieved ? new Date().toISOString().slice(0, 10) : (kind.releaseDateFromName?.(input.fileName) ?? null));
  if (!releaseDate || !DATE.test(releaseDate)) {
    throw new ImportError(
      `${input.path}: cannot tell the file's release date from its name; pass --release-date YYYY-MM-DD (the date CMS published it).`,
    );
  }
  return { input, index, releaseDate, retrieved };
}

/** The checks that need no database: the file exists, its header has every required column, its release date is known. */
export async function checkImport(options: ImportOptions): Promise<void> {
  await prepareImport(options);
}

/** The run's id (one per kind and file content), and what every batch and finish step knows of it. */
export function importContext(kind: AnyImportKind, input: Input, releaseDate: string): ImportContext {
  return {
    kind: kind.name,
    runId: `run:${kind.name}:${input.fingerprint.sha.slice(0, 24)}`,
    sourceId: `src:${kind.name}:${input.fileName}`,
    releaseDate,
    fileName: input.fileName,
  };
}

/** Opens the file's run (its checkpoint back at the start) and its Source. */
export async function openRun(
  runner: QueryRunner,
  kind: AnyImportKind,
  input: Input,
  ctx: ImportContext,
  retrieved: boolean,
): Promise<void> {
  await startRun(runner, {
    id: ctx.runId,
    kind: kind.name,
    fileName: input.fileName,
    sha: input.fingerprint.sha,
    size: input.fingerprint.size,
    sourceId: ctx.sourceId,
    releaseDate: ctx.releaseDate,
    title: `${kind.source.title} (${input.fileName})`,
    dateKind: retrieved ? 'RETRIEVED' : 'PUBLISHED',
    publisher: kind.source.publisher,
    url: kind.source.url,
  });
}

/**
 * What follows the last batch: the kind's finish step, the coverage of new places, the data
 * version bump, and the run marked done with its counts on its Source.
 */
export async function completeRun(runner: QueryRunner, kind: AnyImportKind, ctx: ImportContext): Promise<Record<string, number>> {
  const finish = kind.finish ? await kind.finish(runner, ctx) : {};
  // New places need their COVERS edges. With every county loaded they number in the hundreds
  // of thousands, more than one transaction's memory allows, so only the edges into this
  // import's places are replaced, in batches; the version bump after them tells the response
  // caches to forget what they answered before.
  if (kind.changesPlaces) await rebuildCoverageOfOrigin(runner, `import:${kind.name}`);
  // An import can add links up (plans under their parent companies), and the bump retires every
  // stored answer, so the chains and contractor lists are stored again for the new version.
  await newDataVersion(runner);
  await finishRun(runner, ctx.runId);
  return finish;
}

export async function runImport(db: Database | null, options: ImportOptions): Promise<ImportSummary> {
  const { kind } = options;
  const { input, index, releaseDate, retrieved } = await prepareImport(options);
  const ctx = importContext(kind, input, releaseDate);
  const { runId, sourceId } = ctx;
  const started = Date.now();
  const rejectsPath = options.file === null ? null : `${options.file}.rejects.csv`;

  const summaryBase = { kind: kind.name, file: input.path, releaseDate, sourceId, dryRun: options.dryRun, rejectsFile: rejectsPath };
  const runner: QueryRunner | null = db?.runner() ?? null;

  let from: Checkpoint = { line: input.dataStart.line, bytes: input.dataStart.bytes, read: 0, written: 0, rejected: 0, rejectsBytes: 0 };
  let resumedAfterLine: number | null = null;
  if (db && runner && !options.dryRun) {
    // This file's run, if it was imported or started before: read once, for --resume and the order check.
    const existing = await findRun(runner, runId);
    if (options.resume) {
      if (existing?.status === 'done') {
        return {
          ...summaryBase,
          read: existing.read,
          written: existing.written,
          rejected: existing.rejected,
          seconds: 0,
          rowsPerSecond: 0,
          resumedAfterLine: existing.line,
          alreadyComplete: true,
          finish: {},
          peakRssMb: peakRssMb(),
          cpuSeconds: cpuSeconds(),
        };
      }
      if (!existing) {
        // Nothing of this file was started; an unfinished import of another file means the wrong file was given.
        const open = await findUnfinishedRun(runner, kind.name);
        if (open) {
          throw new ImportError(
            `--resume: the unfinished ${kind.name} import is of ${open.fileName} (${open.size} bytes), not of ${input.fileName} (${input.fingerprint.size} bytes); ` +
              `pass that file, or run without --resume to import this one from the start.`,
          );
        }
      } else if (existing.bytes > 0) {
        from = {
          line: existing.line,
          bytes: existing.bytes,
          read: existing.read,
          written: existing.written,
          rejected: existing.rejected,
          rejectsBytes: existing.rejectsBytes,
        };
        resumedAfterLine = existing.line;
      }
    }
    if (resumedAfterLine === null && kind.oldestFirst && existing?.status !== 'done') {
      const newer = await findNewerRun(runner, kind.name, releaseDate);
      if (newer) {
        throw new ImportError(
          `${input.fileName} (released ${releaseDate}) is older than ${newer.fileName} (released ${newer.releaseDate}), which is already imported: ` +
            `${kind.name} files are imported oldest first, each continuing the periods the one before opened. Nothing was written.`,
        );
      }
    }
    if (resumedAfterLine === null) await openRun(runner, kind, input, ctx, retrieved);
  }

  const rejects = new RejectsFile(rejectsPath ?? '', rejectsPath !== null);
  rejects.open(resumedAfterLine !== null ? from.rejectsBytes : null);
  rejects.count = from.rejected;

  const state: ProgressState = {
    rows: from.read,
    written: from.written,
    rejected: from.rejected,
    bytes: from.bytes,
    totalBytes: input.total,
    startedAt: started,
    baseRows: from.read,
    baseBytes: from.bytes,
  };
  const progress = new Progress(state, { json: options.json, write: options.progressWrite, intervalMs: options.progressIntervalMs });
  progress.start();

  const batchSize = options.batchSize ?? kind.batchSize ?? 5000;
  const row = new ArrayRow(index);
  const expectedColumns = input.header.length;
  let batch: unknown[] = [];
  let committedWritten = from.written;
  // The last batch handed to the database; each batch's checkpoint waits for it to commit.
  let lastCommit: Promise<void> = Promise.resolve();
  /** Batches sent and not yet committed, oldest first. */
  const window: Promise<void>[] = [];
  const batchesInFlight = options.batchesInFlight ?? kind.batchesInFlight ?? 1;

  /**
   * A batch's rows are written as soon as it is cut, alongside the batches still in flight,
   * but its checkpoint is written, and its transaction commits, only after the batch before
   * it has committed: checkpoints stay in file order, so a kill at any moment leaves the
   * last checkpoint after exactly the rows that are in the graph.
   */
  const commit = (records: unknown[], mark: Omit<Checkpoint, 'written'>): Promise<void> => {
    const previous = lastCommit;
    lastCommit = (async () => {
      if (!db || options.dryRun) {
        await previous;
        committedWritten += records.length;
        state.written = committedWritten;
        return;
      }
      const written = await db.writeTransaction(async (tx) => {
        const n = records.length > 0 ? await kind.writeBatch(tx, records, ctx) : 0;
        await previous;
        await saveCheckpoint(tx, runId, { ...mark, written: committedWritten + n });
        return n;
      });
      committedWritten += written;
      state.written = committedWritten;
    })();
    return lastCommit;
  };

  let last = { line: from.line, bytes: from.bytes };
  try {
    for await (const rec of input.records({ bytes: from.bytes, line: from.line })) {
      state.rows += 1;
      state.bytes = rec.bytes;
      last = { line: rec.line, bytes: rec.bytes };
      if (rec.values.length !== expectedColumns && !(rec.values.length === 1 && rec.values[0] === '')) {
        rejects.add(rec.line, `expected ${expectedColumns} columns, found ${rec.values.length}`, rec.values);
      } else {
        row.values = rec.values;
        const parsed = kind.parse(row, rec.line);
        if (parsed.ok) batch.push(parsed.record);
        else rejects.add(rec.line, parsed.reason, rec.values);
      }
      state.rejected = rejects.count;
      if (batch.length >= batchSize) {
        const records = batch;
        batch = [];
        // Backpressure: with the window full, reading waits for the oldest batch to commit (and fails with it).
        if (window.length >= batchesInFlight) await window.shift();
        const sent = commit(records, { ...last, read: state.rows, rejected: rejects.count, rejectsBytes: rejects.size });
        sent.catch(() => {});
        window.push(sent);
      }
    }
    for (const sent of window.splice(0)) await sent;
    await commit(batch, { ...last, read: state.rows, rejected: rejects.count, rejectsBytes: rejects.size });
  } finally {
    await Promise.allSettled([...window, lastCommit]);
    progress.stop();
    rejects.close();
  }

  let finish: Record<string, number> = {};
  if (db && runner && !options.dryRun) finish = await completeRun(runner, kind, ctx);
  const seconds = (Date.now() - started) / 1000;
  return {
    ...summaryBase,
    read: state.rows,
    written: committedWritten,
    rejected: rejects.count,
    seconds: Math.round(seconds * 100) / 100,
    rowsPerSecond: Math.round((state.rows - from.read) / Math.max(seconds, 1e-3)),
    resumedAfterLine,
    alreadyComplete: false,
    finish,
    peakRssMb: peakRssMb(),
    cpuSeconds: cpuSeconds(),
  };
}
