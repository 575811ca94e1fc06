import type { QueryRunner } from '../db/database.js';

/** One data row of a file, read by column name; alternatives of a renamed column resolve to the same value. */
export interface Row {
  /** The value of a required column (by its first name in requiredColumns), '' when empty. */
  get(column: string): string;
  /** The value of an optional column, or null when the file has no such column. */
  opt(column: string): string | null;
}

export type ParseResult<R> = { ok: true; record: R } | { ok: false; reason: string };

/** What every batch and finish step of one import knows about the run. */
export interface ImportContext {
  kind: string;
  runId: string;
  /** Id of the Source node of the imported file; every fact written references it. */
  sourceId: string;
  /** The file's release date (YYYY-MM-DD), from its name or --release-date. */
  releaseDate: string;
  fileName: string;
}

/** A column the file must have; an array lists the accepted names of one column (CMS renamed some). */
export type ColumnSpec = string | readonly string[];

/** How the Source node of an imported file is described. */
export interface SourceDescription {
  title: string;
  publisher: string;
  url: string;
}

/** A generator of synthetic rows in the file's exact header, for benchmarks and scale tests. */
export interface SynthFile {
  header: readonly string[];
  rows: Iterable<readonly string[]>;
  /** NPPES quotes every value; most CMS files quote only when needed. */
  quoteAll?: boolean;
}

/**
 * One kind of official file. The framework streams the file, checks the header, parses
 * each row to a record or a reject, writes records in batches together with a checkpoint,
 * and calls finish once the whole file is in.
 */
export interface ImportKind<R> {
  name: string;
  /** One line for --help. */
  description: string;
  /** Exact header names the kind reads. A missing one stops the import before anything is written. */
  requiredColumns: readonly ColumnSpec[];
  source: SourceDescription;
  /** The release date a file name states (e.g. npidata_pfile_20050523-20250608.csv -> 2025-06-08), or null. */
  releaseDateFromName?(fileName: string): string | null;
  /** Defaults to 'utf8'. */
  encoding?: 'utf8' | 'latin1';
  /** Records per transaction; defaults to 5000. */
  batchSize?: number;
  /**
   * How many batches may be written at once (default 1). More than one only for kinds whose
   * batches never touch the same nodes, so concurrent transactions cannot wait on each other.
   */
  batchesInFlight?: number;
  /**
   * Each file continues the periods the previous one opened, so a file older than one already
   * imported is refused (it would reopen periods a newer file ended).
   */
  oldestFirst?: boolean;
  /** The import adds places (counties): which facts cover which place is derived again after it. */
  changesPlaces?: boolean;
  /**
   * Data that ships with the project instead of a file (counties): the rows and a file name
   * that identifies the data set. When present, the file argument is optional.
   */
  builtin?(): { fileName: string; path: string; header: readonly string[]; rows: readonly (readonly string[])[] };
  parse(row: Row, line: number): ParseResult<R>;
  /** Writes one batch inside the transaction that also stores the checkpoint; returns how many records it wrote. */
  writeBatch(tx: QueryRunner, records: R[], ctx: ImportContext): Promise<number>;
  /** After the last batch: supersession of facts an older file stated (validTo), links that need the whole file. */
  finish?(db: QueryRunner, ctx: ImportContext): Promise<Record<string, number>>;
  synth?(rows: number, rng: () => number): SynthFile;
}

/** The registry stores kinds of different record types side by side. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyImportKind = ImportKind<any>;
