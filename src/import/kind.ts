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

/** A property column of Neo4j's offline importer; `id` is the node's key, stored as a string property. */
export interface BulkColumn {
  name: string;
  type: 'id' | 'string' | 'string[]' | 'date' | 'boolean';
}

/** A property value as the offline importer receives it; null leaves the property unset. Dates are YYYY-MM-DD. */
export type BulkValue = string | boolean | readonly string[] | null;

/**
 * How a kind's records become the nodes of a first load written offline into an empty store
 * (`--bulk`): one label, one node per record, with exactly the properties the online write
 * leaves on a node it creates. The rest of the import (Source, ImportRun, finish) runs online.
 */
export interface BulkNodes<R> {
  label: string;
  columns: readonly BulkColumn[];
  /** The record's property values, in the order of columns. */
  values(record: R, ctx: ImportContext): BulkValue[];
  /**
   * The record's key as an integer from 0 to 2^31 - 1, unique per key: the offline importer
   * cannot merge two rows of one key as the online write does, so a second one is rejected.
   */
  keyNumber(record: R): number;
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
  /** Present when the kind can be loaded offline into an empty embedded store (`--bulk`). */
  bulk?: BulkNodes<R>;
}

/** The registry stores kinds of different record types side by side. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyImportKind = ImportKind<any>;
