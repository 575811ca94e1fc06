import type { AnyImportKind, BulkNodes, ImportContext } from '../kind.js';
import { BulkValueError, bulkLine } from './bulkCsv.js';
import { ArrayRow, indexHeader } from './header.js';
import { RecordAssembler } from './readCsv.js';

/** Where a chunk of whole lines starts: the line number before its first line, and a quoted value left open by the chunk before. */
export interface ChunkStart {
  lineBefore: number;
  fileStart: boolean;
  pending: { text: string; lines: number } | null;
}

export interface BulkReject {
  line: number;
  reason: string;
  values: string[];
}

/** One chunk's nodes as importer CSV lines, with what the reader must check in file order (keys) and its rejects. */
export interface ChunkResult {
  /** The CSV lines, each ending in a line feed. */
  csv: string;
  /** End offset in csv of each node's line. */
  ends: Int32Array;
  keys: Int32Array;
  /** The file line of each node's record. */
  lines: Int32Array;
  /** 1 where the node's line holds a line break inside a value. */
  multiline: Uint8Array;
  rejects: BulkReject[];
  /** Records read. */
  read: number;
  /** A quoted value still open at the chunk's end: the next chunk continues it. */
  pending: { text: string; lines: number } | null;
}

/**
 * Parses chunks of whole lines of one file into importer CSV with the kind's own parse, as the
 * online import parses its rows: the same record assembly, column count check and rejects.
 * Chunks are parsed on several threads at once; each assumes it starts at a record boundary,
 * which the reader checks in file order (a chunk after one that ended inside a quoted value
 * is parsed again, on the reader's thread, from that value).
 */
export class BulkChunkParser {
  private readonly row: ArrayRow;
  private readonly bulk: BulkNodes<unknown>;
  private readonly width: number;

  constructor(
    private readonly kind: AnyImportKind,
    header: readonly string[],
    private readonly ctx: ImportContext,
  ) {
    if (!kind.bulk) throw new Error(`${kind.name} has no bulk nodes`);
    this.bulk = kind.bulk;
    this.width = header.length;
    this.row = new ArrayRow(indexHeader(ctx.fileName, header, kind.requiredColumns));
  }

  parse(text: string, start: ChunkStart): ChunkResult {
    const records = this.assembler(start);
    let csv = '';
    const ends: number[] = [];
    const keys: number[] = [];
    const lines: number[] = [];
    const multiline: number[] = [];
    const rejects: BulkReject[] = [];
    let read = 0;
    forEachLine(text, (raw) => {
      const rec = records.push(raw, 0);
      if (!rec) return;
      read += 1;
      if (rec.values.length !== this.width && !(rec.values.length === 1 && rec.values[0] === '')) {
        rejects.push({ line: rec.line, reason: `expected ${this.width} columns, found ${rec.values.length}`, values: rec.values });
        return;
      }
      this.row.values = rec.values;
      const parsed = this.kind.parse(this.row, rec.line);
      if (!parsed.ok) {
        rejects.push({ line: rec.line, reason: parsed.reason, values: rec.values });
        return;
      }
      let line: string;
      try {
        line = bulkLine(this.bulk.columns, this.bulk.values(parsed.record, this.ctx));
      } catch (error) {
        if (!(error instanceof BulkValueError)) throw error;
        rejects.push({
          line: rec.line,
          reason: `cannot be loaded with --bulk (${error.message}); import the file online`,
          values: rec.values,
        });
        return;
      }
      csv += `${line}\n`;
      ends.push(csv.length);
      keys.push(this.bulk.keyNumber(parsed.record));
      lines.push(rec.line);
      multiline.push(/[\r\n]/.test(line) ? 1 : 0);
    });
    return {
      csv,
      ends: Int32Array.from(ends),
      keys: Int32Array.from(keys),
      lines: Int32Array.from(lines),
      multiline: Uint8Array.from(multiline),
      rejects,
      read,
      pending: records.pending === null ? null : { text: records.pending, lines: records.pendingLines },
    };
  }

  /** The raw values of the record that ends on the given line of the chunk (for a reject found by the reader). */
  valuesAt(text: string, start: ChunkStart, line: number): string[] {
    const records = this.assembler(start);
    let found: string[] | null = null;
    forEachLine(text, (raw) => {
      const rec = found === null ? records.push(raw, 0) : null;
      if (rec && rec.line === line) found = rec.values;
    });
    if (found === null) throw new Error(`no record ends on line ${line} of the chunk`);
    return found;
  }

  private assembler(start: ChunkStart): RecordAssembler {
    const records = new RecordAssembler(start.lineBefore, start.fileStart);
    if (start.pending) {
      records.pending = start.pending.text;
      records.pendingLines = start.pending.lines;
    }
    return records;
  }
}

/** Each physical line of text (a chunk ends with a line feed, except perhaps the file's last). */
function forEachLine(text: string, fn: (raw: string) => void): void {
  let from = 0;
  for (let nl = text.indexOf('\n'); nl !== -1; nl = text.indexOf('\n', from)) {
    fn(text.slice(from, nl));
    from = nl + 1;
  }
  if (from < text.length) fn(text.slice(from));
}
