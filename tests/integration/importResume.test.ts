import { spawn } from 'node:child_process';
import { appendFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { cypher } from '../../src/db/database.js';
import { runImport } from '../../src/import/lib/runImport.js';
import { writeSynthFile } from '../../src/import/lib/synth.js';
import { findKind } from '../../src/import/registry.js';
import { useTestServer } from '../helpers/testServer.js';
import { useGraphLock } from '../helpers/graphLock.js';

useGraphLock();
const t = useTestServer();
const tmp = mkdtempSync(path.join(os.tmpdir(), 'import-resume-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const ROWS = 3000;
// Older than every fixture file, so this file's finish step ends none of their providers.
const FILE_NAME = 'npidata_pfile_20050523-20200105.csv';
const BAD = ['"1000000001","1","BAD","CHECK"', '"12345","1"', '"1000000002"'];

const RUN = cypher(
  'test.importRun',
  'MATCH (r:ImportRun {kind: $kind, fileName: $fileName}) RETURN r.status AS status, r.read AS read, r.line AS line',
);
const BY_SOURCE = cypher('test.providersBySource', 'MATCH (p:Provider {sourceId: $sourceId}) RETURN count(p) AS n');

function childEnv(): NodeJS.ProcessEnv {
  const n = inject('neo4j');
  return { ...process.env, NEO4J_URI: n.uri, NEO4J_USER: n.user, NEO4J_PASSWORD: n.password, NEO4J_DATABASE: n.database };
}

function startImport(args: string[]) {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/import/cli.ts', ...args], {
    env: childEnv(),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (c: string) => (stdout += c));
  child.stderr.setEncoding('utf8').on('data', (c: string) => (stderr += c));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on('exit', (code, signal) => resolve({ code, signal })),
  );
  return { child, exited, out: () => stdout, err: () => stderr };
}

async function runState(fileName: string) {
  return (await t.db.runner().read<{ status: string; read: number; line: number }>(RUN, { kind: 'nppes', fileName }))[0] ?? null;
}

describe('--resume after SIGKILL', () => {
  it('continues after the last committed batch and ends with the counts of an uninterrupted import', { timeout: 300_000 }, async () => {
    const file = path.join(tmp, FILE_NAME);
    await writeSynthFile(findKind('nppes')!, ROWS, file, 11);
    appendFileSync(file, `${BAD.join('\r\n')}\r\n`);

    const first = startImport(['nppes', file, '--batch-size', '100', '--json']);
    // Kill it once a few batches have committed, well before the end.
    const deadline = Date.now() + 150_000;
    let killedAt: { read: number; line: number } | null = null;
    while (Date.now() < deadline) {
      const state = await runState(FILE_NAME);
      if (state && state.status === 'running' && state.read >= 500) {
        first.child.kill('SIGKILL');
        killedAt = state;
        break;
      }
      if (first.child.exitCode !== null) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    const exit = await first.exited;
    expect(exit.signal, first.err()).toBe('SIGKILL');
    const afterKill = await runState(FILE_NAME);
    expect(afterKill!.status).toBe('running');
    expect(afterKill!.read).toBeGreaterThanOrEqual(killedAt!.read);
    expect(afterKill!.read).toBeLessThan(ROWS + BAD.length);

    // Another file cannot take over the unfinished run.
    const other = path.join(tmp, 'npidata_pfile_20050523-20190106.csv');
    await writeSynthFile(findKind('nppes')!, 10, other, 12);
    const refused = await runImport(t.db, {
      kind: findKind('nppes')!,
      file: other,
      resume: true,
      dryRun: false,
      json: false,
      releaseDate: null,
      progressWrite: () => {},
    }).catch((e: Error) => e);
    expect(refused).toBeInstanceOf(Error);
    expect((refused as Error).message).toMatch(
      /--resume: the unfinished nppes import is of .*, not of npidata_pfile_20050523-20190106\.csv/,
    );

    const second = startImport(['nppes', file, '--resume', '--batch-size', '100', '--json']);
    const done = await second.exited;
    expect(done.code, second.err()).toBe(0);
    const summary = JSON.parse(second.out().trim().split('\n').at(-1)!) as {
      resumedAfterLine: number;
      read: number;
      written: number;
      rejected: number;
    };
    expect(summary.resumedAfterLine).toBe(afterKill!.line);
    // Independently: 3000 synthetic providers, three bad lines appended after them.
    expect({ read: summary.read, written: summary.written, rejected: summary.rejected }).toEqual({
      read: ROWS + 3,
      written: ROWS,
      rejected: 3,
    });
    const [n] = await t.db.runner().read<{ n: number }>(BY_SOURCE, { sourceId: `src:nppes:${FILE_NAME}` });
    expect(n!.n).toBe(ROWS);
    const rejects = readFileSync(`${file}.rejects.csv`, 'utf8').trim().split('\n').slice(1);
    expect(rejects.map((l) => l.split(',')[0])).toEqual([String(ROWS + 2), String(ROWS + 3), String(ROWS + 4)]);
    expect((await runState(FILE_NAME))!.status).toBe('done');
    // The progress stream was machine-readable.
    expect(second.err()).toMatch(/"event":"progress"/);
  });
});
