import { spawn } from 'node:child_process';
import path from 'node:path';
import { EmbeddedDatabaseError } from './errors.js';
import { ensureLauncherBuilt, launcherJavaArgs } from './neo4jLauncher.js';

/** What the embedded store under DATA_DIR holds, as the launcher's BulkImport sees it. */
export type EmbeddedStoreState = { state: 'empty' } | { state: 'holds'; nodes: number } | { state: 'running' };

interface JavaRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

function runLauncherClass(
  className: string,
  args: string[],
  heapMb: number,
  onLine: (line: string) => void = () => {},
  log: (line: string) => void = () => {},
): Promise<JavaRun> {
  const child = spawn('java', launcherJavaArgs(ensureLauncherBuilt(log), heapMb, className, args), { stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  let partial = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    // The importer's own progress is kilobytes of dots: keep the tail only.
    stdout = (stdout + chunk).slice(-64 * 1024);
    const lines = (partial + chunk).split('\n');
    partial = lines.pop() ?? '';
    for (const l of lines) onLine(l);
  });
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
    stderr = (stderr + chunk).slice(-64 * 1024);
  });
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('close', (code) => resolve({ code, stdout, stderr }));
  });
}

function tail(run: JavaRun): string {
  return `${run.stdout}\n${run.stderr}`.trim().split('\n').slice(-20).join('\n');
}

function parseState(run: JavaRun): EmbeddedStoreState {
  const line = run.stdout.trim().split('\n').at(-1) ?? '';
  if (run.code === 0 && line === 'EMPTY') return { state: 'empty' };
  if (run.code === 3 && line === 'RUNNING') return { state: 'running' };
  const holds = /^HOLDS (\d+)$/.exec(line);
  if (run.code === 4 && holds) return { state: 'holds', nodes: Number(holds[1]) };
  throw new EmbeddedDatabaseError(`Checking the embedded store failed (exit ${run.code}):\n${tail(run)}`);
}

/**
 * Whether DATA_DIR's database may be bulk-loaded: it has no store (or an empty one), it holds
 * nodes, or another process has it open. An existing store is opened briefly (no Bolt) to tell.
 */
export async function embeddedStoreState(dataDir: string, heapMb: number): Promise<EmbeddedStoreState> {
  return parseState(await runLauncherClass('oversight.BulkImport', ['check', path.resolve(dataDir)], heapMb));
}

export interface OfflineImportOptions {
  dataDir: string;
  /** Holds the CSV files; also the importer's configuration directory, so no neo4j.conf applies. */
  workDir: string;
  heapMb: number;
  /** The importer's option list after `neo4j-admin database import full` (nodes, delimiters, …). */
  importerArgs: string[];
  /** Each line of the importer's output (its phases and progress dots). */
  onLine?: (line: string) => void;
  log?: (line: string) => void;
}

/**
 * Runs Neo4j's offline importer on DATA_DIR's database through the launcher jar (the store
 * directories and format the embedded Neo4j opens) and returns the number of nodes it
 * reports imported. It refuses, as embeddedStoreState tells, a store that holds data or is open.
 */
export async function importEmbeddedStoreOffline(options: OfflineImportOptions): Promise<{ nodes: number }> {
  const run = await runLauncherClass(
    'oversight.BulkImport',
    ['import', path.resolve(options.dataDir), path.resolve(options.workDir), ...options.importerArgs],
    options.heapMb,
    options.onLine,
    options.log,
  );
  if (run.code === 3 || run.code === 4) {
    const s = parseState(run);
    throw new EmbeddedDatabaseError(
      s.state === 'running'
        ? `The embedded database under ${options.dataDir} was started meanwhile; nothing was imported.`
        : `The embedded database under ${options.dataDir} was written to meanwhile; nothing was imported.`,
    );
  }
  const nodes = /Imported:\s*\n\s*([\d,]+) nodes/.exec(run.stdout);
  if (run.code !== 0 || !nodes) throw new EmbeddedDatabaseError(`Neo4j's offline importer failed (exit ${run.code}):\n${tail(run)}`);
  return { nodes: Number(nodes[1]!.replace(/,/g, '')) };
}
