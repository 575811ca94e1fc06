import { createReadStream } from 'node:fs';
import { parse, type Info } from 'csv-parse';

export interface CsvRecord {
  values: string[];
  /** Physical line of the record's last line in the whole file (1-based, header = 1). */
  line: number;
  /** Byte offset in the whole file just after the record. */
  bytes: number;
}

function parser(encoding: BufferEncoding) {
  return parse({
    info: true,
    bom: true,
    encoding,
    relax_column_count: true,
    skip_empty_lines: true,
    // NPPES fields never hold quotes (CMS replaces them), but other files are only quoted when needed.
    relax_quotes: true,
  });
}

/** The header record and where the data starts. Reads only the first chunk(s) of the file. */
export async function readHeader(file: string, encoding: BufferEncoding): Promise<{ header: string[]; line: number; bytes: number } | null> {
  const stream = createReadStream(file, { highWaterMark: 256 * 1024 });
  const p = stream.pipe(parser(encoding));
  try {
    for await (const r of p as AsyncIterable<{ record: string[]; info: Info }>) {
      return { header: r.record, line: r.info.lines, bytes: r.info.bytes };
    }
    return null;
  } finally {
    stream.destroy();
    p.destroy();
  }
}

/**
 * Streams records from a byte offset (just after the header, or after the last committed
 * record on --resume). Backpressure is the consumer's: iterating with for-await and
 * awaiting a write pauses the file read.
 */
export async function* readCsv(file: string, encoding: BufferEncoding, start: { bytes: number; line: number }): AsyncGenerator<CsvRecord> {
  const stream = createReadStream(file, { start: start.bytes, highWaterMark: 1024 * 1024 });
  const p = stream.pipe(parser(encoding));
  // A file that starts with a BOM counted it in the header's bytes; later slices have none.
  stream.on('error', (e) => p.destroy(e));
  for await (const r of p as AsyncIterable<{ record: string[]; info: Info }>) {
    yield { values: r.record, line: start.line + r.info.lines, bytes: start.bytes + r.info.bytes };
  }
}
