import { createReadStream } from 'node:fs';
import { parse as parseSync } from 'csv-parse/sync';

export interface CsvRecord {
  values: string[];
  /** Physical line of the record's last line in the whole file (1-based, header = 1). */
  line: number;
  /** Byte offset in the whole file just after the record. */
  bytes: number;
}

/**
 * The common shapes of a CMS line split without a general parser: no quote at all, or every
 * value quoted with no quote inside (NPPES replaces embedded quotes, so all its 9 M lines
 * are of this shape). Anything else returns null and goes to csv-parse. On the 330-column
 * NPPES file csv-parse alone ran about 8x slower than this split.
 */
export function splitSimpleLine(line: string): string[] | null {
  if (!line.includes('"')) return line.split(',');
  if (line.length < 2 || line.charCodeAt(0) !== 34 || line.charCodeAt(line.length - 1) !== 34) return null;
  const values = line.slice(1, -1).split('","');
  for (const v of values) if (v.includes('"')) return null;
  return values;
}

const CSV_OPTIONS = { relax_column_count: true, relax_quotes: true, skip_empty_lines: false } as const;

/** Parses one complete record (possibly spanning lines) with csv-parse; null while a quoted value is still open. */
function parseComplex(text: string): string[] | null {
  try {
    const rows = parseSync(text, CSV_OPTIONS) as string[][];
    return rows[0] ?? [''];
  } catch (error) {
    if ((error as { code?: string }).code === 'CSV_QUOTE_NOT_CLOSED') return null;
    throw error;
  }
}

/**
 * Turns physical lines into records: strips a trailing CR (and a byte-order mark on the
 * file's first line), skips blank lines, and joins the lines of a quoted value that spans
 * several. Shared by the streaming reader and the bulk import's parallel parsers, so both
 * see the same records with the same line numbers.
 */
export class RecordAssembler {
  /** A quoted value spanning lines, still open, and how many lines it has taken so far. */
  pending: string | null = null;
  pendingLines = 0;

  constructor(
    /** The physical line number of the last line pushed. */
    public line: number,
    private first: boolean,
  ) {}

  /** Adds the next physical line (without its line feed); returns the record it completes, if any. */
  push(raw: string, lineEnd: number): CsvRecord | null {
    this.line += 1;
    let text = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    if (this.first) {
      this.first = false;
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    }
    if (this.pending !== null) {
      this.pending += `\n${text}`;
      this.pendingLines += 1;
      const values = parseComplex(this.pending);
      if (values === null) return null;
      this.pending = null;
      return { values, line: this.line, bytes: lineEnd };
    }
    if (text === '') return null;
    const simple = splitSimpleLine(text);
    if (simple) return { values: simple, line: this.line, bytes: lineEnd };
    const values = parseComplex(text);
    if (values === null) {
      this.pending = text;
      this.pendingLines = 1;
      return null;
    }
    return { values, line: this.line, bytes: lineEnd };
  }

  /** At the end of the input: a value still open is an error. */
  end(): void {
    if (this.pending !== null) {
      throw new Error(`line ${this.line - this.pendingLines + 1}: a quoted value is never closed before the end of the file`);
    }
  }
}

/**
 * Streams records from a byte offset (just after the header, or after the last committed
 * record on --resume), with the byte offset after each record so a checkpoint can seek
 * straight back to it. Backpressure is the consumer's: a for-await loop that awaits a
 * write pauses the file read.
 */
export async function* readCsv(file: string, encoding: BufferEncoding, start: { bytes: number; line: number }): AsyncGenerator<CsvRecord> {
  const stream = createReadStream(file, { start: start.bytes, highWaterMark: 1024 * 1024 });
  let carry: Buffer = Buffer.alloc(0);
  let offset = start.bytes; // file offset of carry[0]
  const records = new RecordAssembler(start.line, start.bytes === 0);

  for await (const chunk of stream as AsyncIterable<Buffer>) {
    const buf = carry.length > 0 ? Buffer.concat([carry, chunk]) : chunk;
    let from = 0;
    for (let nl = buf.indexOf(10, from); nl !== -1; nl = buf.indexOf(10, from)) {
      const record = records.push(buf.toString(encoding, from, nl), offset + nl + 1);
      if (record) yield record;
      from = nl + 1;
    }
    carry = buf.subarray(from);
    offset += from;
  }
  if (carry.length > 0) {
    const record = records.push(carry.toString(encoding), offset + carry.length);
    if (record) yield record;
  }
  records.end();
}

/** The header record and where the data starts. Reads only the first record of the file. */
export async function readHeader(
  file: string,
  encoding: BufferEncoding,
): Promise<{ header: string[]; line: number; bytes: number } | null> {
  const records = readCsv(file, encoding, { bytes: 0, line: 0 });
  try {
    const first = await records.next();
    if (first.done) return null;
    return { header: first.value.values, line: first.value.line, bytes: first.value.bytes };
  } finally {
    await records.return(undefined);
  }
}
