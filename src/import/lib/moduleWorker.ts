import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker, type WorkerOptions } from 'node:worker_threads';

/**
 * A thread running the module `name` next to this file. Under tsx the sources are .ts and a
 * thread does not inherit the TypeScript loader tsx gave the main one, so it registers its
 * own first; built, the module is the .js beside this one.
 */
export function moduleWorker(name: string, options: WorkerOptions = {}): Worker {
  const ext = path.extname(fileURLToPath(import.meta.url));
  const entry = new URL(`./${name}${ext}`, import.meta.url);
  if (ext !== '.ts') return new Worker(entry, options);
  return new Worker(`import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${JSON.stringify(entry.href)}); });`, {
    ...options,
    eval: true,
  });
}
