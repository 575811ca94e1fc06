import { parentPort, workerData } from 'node:worker_threads';
import { useZipTable, type ZipTable } from '../../domain/places.js';
import type { ImportContext } from '../kind.js';
import { findKind } from '../registry.js';
import { BulkChunkParser, type ChunkStart } from './bulkChunk.js';

/** A parser thread of the bulk import: chunks of the file's bytes in, importer CSV and rejects out. */
export interface BulkWorkerSetup {
  kind: string;
  header: string[];
  ctx: ImportContext;
  encoding: BufferEncoding;
  /** ZIP → state and county, made once by the main thread: each thread loading the ZIP package cost about 150 MB. */
  zips: ZipTable;
}

export interface BulkWorkerJob {
  id: number;
  bytes: Uint8Array;
  start: ChunkStart;
}

const setup = workerData as BulkWorkerSetup;
useZipTable(setup.zips);
const kind = findKind(setup.kind);
if (!kind) throw new Error(`unknown kind ${setup.kind}`);
const parser = new BulkChunkParser(kind, setup.header, setup.ctx);

parentPort!.on('message', (job: BulkWorkerJob) => {
  const text = Buffer.from(job.bytes.buffer, job.bytes.byteOffset, job.bytes.byteLength).toString(setup.encoding);
  const result = parser.parse(text, job.start);
  parentPort!.postMessage({ id: job.id, result });
});
