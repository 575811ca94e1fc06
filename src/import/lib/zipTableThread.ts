import type { ZipTable } from '../../domain/places.js';
import { moduleWorker } from './moduleWorker.js';

/**
 * zipTable(), built on a thread of its own that then ends: the ZIP package it reads takes
 * about 150 MB of heap, which goes with the thread, so the process keeps only the table.
 */
export function zipTableOffThread(): Promise<ZipTable> {
  const worker = moduleWorker('zipTableWorker');
  return new Promise((resolve, reject) => {
    worker.once('message', (table: ZipTable) => {
      resolve(table);
      void worker.terminate();
    });
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`the ZIP table thread exited with code ${code} before answering`)));
  });
}
