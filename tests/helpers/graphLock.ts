import { mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, inject } from 'vitest';

/**
 * Test files share one graph and run in parallel. A file whose writes change what another
 * file's answers must be (importing every county gives service areas their county entities
 * and changes query plans) takes this lock around those writes, and the other file holds it
 * while it asks. mkdir is atomic, so the directory is the lock; it is keyed by the run's
 * database so runs never wait on each other.
 */
export async function acquireGraphLock(name: string, timeoutMs = 600_000): Promise<() => void> {
  const key = inject('neo4j').uri.replace(/[^a-z0-9]+/gi, '-');
  const dir = path.join(tmpdir(), `oversight-graph-lock-${key}-${name}`);
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      mkdirSync(dir);
      return () => rmSync(dir, { recursive: true, force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      if (Date.now() > deadline) throw new Error(`graph lock ${name} still held after ${timeoutMs} ms`, { cause: error });
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
}

/**
 * Holds the 'graph' lock for the whole file: files that write to the shared graph (imports,
 * the seed loader) or count all of it (the hostile flood) take turns; the others run beside them.
 */
export function useGraphLock(): void {
  let release: () => void = () => {};
  beforeAll(async () => {
    release = await acquireGraphLock('graph');
  }, 660_000);
  afterAll(() => release());
}
