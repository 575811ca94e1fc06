import { once } from 'node:events';
import { createReadStream, createWriteStream, type WriteStream } from 'node:fs';
import type { Worker } from 'node:worker_threads';
import { useZipTable } from '../../domain/places.js';
import type { AnyImportKind, ImportContext } from '../kind.js';
import { BulkChunkParser, type BulkReject, type ChunkResult, type ChunkStart } from './bulkChunk.js';
import type { BulkWorkerJob, BulkWorkerSetup } from './bulkWorker.js';
import type { ProgressState } from './progress.js';
import type { RejectsFile } from './rejects.js';
import { SeenKeys } from './seenKeys.js';
import { moduleWorker } from './moduleWorker.js';
import { zipTableOffThread } from './zipTableThread.js';

const CHUNK_BYTES = 4 * 1024 * 1024;
const FLUSH_CHARS = 1 << 20;

/** Text gathered into large writes, waiting for the disk when the stream's buffer is full. */
class TextWriter {
  private pending = '';
  private constructor(private readonly out: WriteStream) {}

  static open(file: string): TextWriter {
    return new TextWriter(createWriteStream(file));
  }

  async add(text: string): Promise<void> {
    this.pending += text;
    if (this.pending.length >= FLUSH_CHARS) await this.flush();
  }

  private async flush(): Promise<void> {
    const text = this.pending;
    this.pending = '';
    if (!this.out.write(text)) await once(this.out, 'drain');
  }

  async close(): Promise<void> {
    await this.flush();
    this.out.end();
    await once(this.out, 'close');
  }

  destroy(): void {
    this.out.destroy();
  }
}

interface Chunk {
  bytes: Buffer;
  lineBefore: number;
  startByte: number;
  endByte: number;
}

/** The file cut into chunks of whole lines, each with the line number before it. */
async function* chunks(file: string, start: { bytes: number; line: number }, size: number): AsyncGenerator<Chunk> {
  const stream = createReadStream(file, { start: start.bytes, highWaterMark: size });
  let carry: Buffer = Buffer.alloc(0);
  let offset = start.bytes;
  let lineBefore = start.line;
  const emit = (bytes: Buffer): Chunk => {
    const chunk = { bytes, lineBefore, startByte: offset, endByte: offset + bytes.length };
    for (let nl = bytes.indexOf(10); nl !== -1; nl = bytes.indexOf(10, nl + 1)) lineBefore += 1;
    offset += bytes.length;
    return chunk;
  };
  for await (const piece of stream as AsyncIterable<Buffer>) {
    const buf = carry.length > 0 ? Buffer.concat([carry, piece]) : piece;
    const cut = buf.lastIndexOf(10);
    if (cut === -1) {
      carry = buf;
      continue;
    }
    carry = Buffer.from(buf.subarray(cut + 1));
    yield emit(buf.subarray(0, cut + 1));
  }
  if (carry.length > 0) yield emit(carry);
}

/**
 * A parser thread's heap holds its modules, the ZIP table and a chunk or two in flight (well
 * under 100 MB); left to its defaults V8 lets each thread's heap grow far past that before it
 * collects, which took two threads' import to 625 MB RSS against 320 MB with none.
 */
const THREAD_LIMITS = { maxOldGenerationSizeMb: 128, maxYoungGenerationSizeMb: 16 };

/** Parser threads; each takes chunks in turn and answers them in the order it got them. */
class ParserPool {
  private readonly workers: Worker[] = [];
  private readonly waiting = new Map<number, { resolve: (r: ChunkResult) => void; reject: (e: Error) => void }>();
  private nextId = 0;
  private failure: Error | null = null;

  constructor(threads: number, setup: BulkWorkerSetup) {
    for (let i = 0; i < threads; i += 1) {
      const worker = moduleWorker('bulkWorker', { workerData: setup, resourceLimits: THREAD_LIMITS });
      worker.on('message', (m: { id: number; result: ChunkResult }) => {
        this.waiting.get(m.id)?.resolve(m.result);
        this.waiting.delete(m.id);
      });
      worker.on('error', (error) => this.fail(error));
      worker.on('exit', (code) => {
        if (code !== 0) this.fail(new Error(`a parser thread of the bulk import exited with code ${code}`));
      });
      this.workers.push(worker);
    }
  }

  run(chunk: Chunk, start: ChunkStart): Promise<ChunkResult> {
    if (this.failure) return Promise.reject(this.failure);
    const id = this.nextId++;
    // A copy of exactly the chunk, handed over without a second copy.
    const bytes = new Uint8Array(chunk.bytes);
    const job: BulkWorkerJob = { id, bytes, start };
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      this.workers[id % this.workers.length]!.postMessage(job, [bytes.buffer]);
    });
  }

  private fail(error: Error): void {
    this.failure ??= error;
    for (const w of this.waiting.values()) w.reject(error);
    this.waiting.clear();
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}

export interface BulkCsvInput {
  kind: AnyImportKind;
  file: string;
  encoding: BufferEncoding;
  header: readonly string[];
  dataStart: { bytes: number; line: number };
  ctx: ImportContext;
  /** Parser threads; 0 parses on this thread. */
  threads: number;
  /** Bytes read at a time (4 MB); tests use small chunks to put records across their edges. */
  chunkBytes?: number;
  dataFile: string;
  multilineFile: string;
  rejects: RejectsFile;
  /** Updated as chunks are written, for the progress display. */
  state: ProgressState;
}

export interface BulkCsvOutcome {
  /** The last line read and the byte after it. */
  line: number;
  bytes: number;
  /** Nodes written to the multi-line file. */
  multilineNodes: number;
}

const DUPLICATE = 'the same key as an earlier row of the file; --bulk keeps the first one';

/**
 * Writes the file's records as importer CSV (nodes with a line break in a value to a file of
 * their own) and its rejects, in file order. Parsing runs on `threads` threads, a few 4 MB
 * chunks ahead of the writing; keys are checked for repeats here, in file order, so the
 * first row with a key is the one kept, whichever thread parsed it.
 */
export async function writeBulkCsv(input: BulkCsvInput): Promise<BulkCsvOutcome> {
  const { state, rejects } = input;
  let pool: ParserPool | null = null;
  if (input.threads > 0) {
    // Every thread, this one included (it reparses a chunk that began inside a quoted value),
    // answers ZIPs from one compact table instead of loading the ZIP package each.
    const zips = await zipTableOffThread();
    useZipTable(zips);
    pool = new ParserPool(input.threads, {
      kind: input.kind.name,
      header: [...input.header],
      ctx: input.ctx,
      encoding: input.encoding,
      zips,
    });
  }
  const local = new BulkChunkParser(input.kind, input.header, input.ctx);
  const data = TextWriter.open(input.dataFile);
  const multiline = TextWriter.open(input.multilineFile);
  const seen = new SeenKeys();
  const decode = (c: Chunk) => c.bytes.toString(input.encoding);
  let carried: ChunkStart['pending'] = null;
  let multilineNodes = 0;
  let last = { line: input.dataStart.line, bytes: input.dataStart.bytes };

  const consume = async (chunk: Chunk, parsed: Promise<ChunkResult>): Promise<void> => {
    let result = await parsed;
    const start: ChunkStart = { lineBefore: chunk.lineBefore, fileStart: chunk.startByte === 0, pending: carried };
    // The chunk was parsed as if it began a record; it did not, so it is parsed again from the open value.
    if (carried) result = local.parse(decode(chunk), start);
    const { csv, ends, keys, lines } = result;
    const repeated: number[] = [];
    for (let i = 0; i < keys.length; i += 1) if (!seen.add(keys[i]!)) repeated.push(i);
    if (repeated.length === 0 && !result.multiline.includes(1)) await data.add(csv);
    else {
      const skip = new Set(repeated);
      for (let i = 0; i < ends.length; i += 1) {
        if (skip.has(i)) continue;
        const line = csv.slice(i === 0 ? 0 : ends[i - 1], ends[i]);
        if (result.multiline[i] === 1) {
          multilineNodes += 1;
          await multiline.add(line);
        } else await data.add(line);
      }
    }
    const all: BulkReject[] = result.rejects.slice();
    if (repeated.length > 0) {
      const text = decode(chunk);
      for (const i of repeated) all.push({ line: lines[i]!, reason: DUPLICATE, values: local.valuesAt(text, start, lines[i]!) });
      all.sort((a, b) => a.line - b.line);
    }
    for (const r of all) rejects.add(r.line, r.reason, r.values);
    state.rows += result.read;
    state.written += keys.length - repeated.length;
    state.rejected = rejects.count;
    state.bytes = chunk.endByte;
    carried = result.pending;
    last = { line: chunk.lineBefore + countLines(chunk.bytes), bytes: chunk.endByte };
  };

  // Parsed chunks wait here, in file order, until they are written.
  const queue: { chunk: Chunk; parsed: Promise<ChunkResult> }[] = [];
  const ahead = Math.max(2, (input.threads || 1) * 2);
  try {
    for await (const chunk of chunks(input.file, input.dataStart, input.chunkBytes ?? CHUNK_BYTES)) {
      const start: ChunkStart = { lineBefore: chunk.lineBefore, fileStart: chunk.startByte === 0, pending: null };
      const parsed = pool ? pool.run(chunk, start) : Promise.resolve().then(() => local.parse(decode(chunk), start));
      parsed.catch(() => {});
      queue.push({ chunk, parsed });
      if (queue.length >= ahead) {
        const next = queue.shift()!;
        await consume(next.chunk, next.parsed);
      }
    }
    for (const next of queue.splice(0)) await consume(next.chunk, next.parsed);
    if (carried) {
      const open: { lines: number } = carried;
      throw new Error(`line ${last.line - open.lines + 1}: a quoted value is never closed before the end of the file`);
    }
    await data.close();
    await multiline.close();
  } catch (error) {
    data.destroy();
    multiline.destroy();
    throw error;
  } finally {
    await pool?.close();
  }
  return { ...last, multilineNodes };
}

function countLines(bytes: Buffer): number {
  let n = 0;
  for (let nl = bytes.indexOf(10); nl !== -1; nl = bytes.indexOf(10, nl + 1)) n += 1;
  // A last line without a line feed is a line too.
  return bytes.length > 0 && bytes[bytes.length - 1] !== 10 ? n + 1 : n;
}
