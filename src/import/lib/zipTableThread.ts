import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { ZipTable } from '../../domain/places.js';

/**
 * zipTable(), built on a thread of its own that then ends: the ZIP package it reads takes
 * about 150 MB of heap, which goes with the thread, so the process keeps only the table.
 */
export function zipTableOffThread(): Promise<ZipTable> {
  // Under tsx the sources are .ts and a thread must register tsx itself; built, they are .js.
  const ext = path.extname(fileURLToPath(import.meta.url));
  const places = JSON.stringify(new URL(`../../domain/places${ext}`, import.meta.url).href);
  const load = ext === '.ts' ? `import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${places}); })` : `import(${places})`;
  const worker = new Worker(
    `const { parentPort } = require('node:worker_threads'); ${load}.then((m) => parentPort.postMessage(m.zipTable()));`,
    {
      eval: true,
    },
  );
  return new Promise((resolve, reject) => {
    worker.once('message', (table: ZipTable) => {
      resolve(table);
      void worker.terminate();
    });
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`the ZIP table thread exited with code ${code} before answering`)));
  });
}
