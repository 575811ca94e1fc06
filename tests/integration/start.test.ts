import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createConnection } from 'node:net';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { AnswerBody } from '../helpers/graphqlAnswer.js';
import { freePort } from '../helpers/freePort.js';

/**
 * The npm start path end to end, in a child process: an empty data directory, the
 * embedded Neo4j, migrations, seeding, HTTP; then SIGTERM stops it all cleanly.
 */
const root = path.resolve('.test-data');
mkdirSync(root, { recursive: true });
const dataDir = mkdtempSync(path.join(root, 'start-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

const portOpen = (port: number) =>
  new Promise<boolean>((resolve) => {
    const s = createConnection({ host: '127.0.0.1', port });
    s.once('connect', () => (s.destroy(), resolve(true)));
    s.once('error', () => resolve(false));
  });

describe('npm start', () => {
  it('starts Neo4j, seeds an empty graph, answers, and stops cleanly on SIGTERM', async () => {
    const [port, boltPort] = [await freePort(), await freePort()];
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
      env: {
        ...process.env,
        NEO4J_URI: '',
        PORT: String(port),
        NEO4J_BOLT_PORT: String(boltPort),
        DATA_DIR: dataDir,
        NEO4J_HEAP_MB: '768',
        NEO4J_PAGECACHE_MB: '128',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const lines: Record<string, unknown>[] = [];
    let buffer = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      buffer += chunk;
      const parts = buffer.split('\n');
      buffer = parts.pop()!;
      for (const p of parts) if (p.trim()) lines.push(JSON.parse(p) as Record<string, unknown>);
    });
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));

    const deadline = Date.now() + 150_000;
    while (!lines.some((l) => l.msg === 'ready') && Date.now() < deadline && child.exitCode === null) {
      await new Promise((r) => setTimeout(r, 250));
    }
    expect(lines.some((l) => l.msg === 'graph was empty: seeded')).toBe(true);
    const res = await fetch(`http://127.0.0.1:${port}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __typename entity(id: "org:cms") { name } }' }),
    });
    expect(((await res.json()) as AnswerBody<unknown>).data).toEqual({
      __typename: 'Query',
      entity: { name: 'Centers for Medicare & Medicaid Services' },
    });

    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(lines.at(-1)).toMatchObject({ msg: 'stopped' });
    expect(await portOpen(port)).toBe(false);
    expect(await portOpen(boltPort)).toBe(false);
  }, 200_000);
});
