import { spawn, type ChildProcess } from 'node:child_process';
import { createConnection } from 'node:net';
import path from 'node:path';
import { embeddedPassword } from './embeddedPassword.js';
import { EmbeddedDatabaseError } from './errors.js';
import { ensureLauncherBuilt, launcherJavaArgs } from './neo4jLauncher.js';

export interface EmbeddedOptions {
  boltPort: number;
  dataDir: string;
  heapMb: number;
  pageCacheMb: number;
  startTimeoutMs?: number;
  log?: (line: string) => void;
  /**
   * The built launcher, when the caller already has it. Checking for it runs java and mvn
   * synchronously, which would stall every request of a server restarting its database.
   */
  launcher?: { jar: string; classpath: string };
}

/** One running Neo4j process. It does not restart itself: see embeddedSupervisor.ts for that. */
export interface EmbeddedNeo4j {
  readonly uri: string;
  readonly user: string;
  readonly password: string;
  readonly pid: number;
  /** Resolves when the process has exited, for whatever reason. */
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  stop(): Promise<void>;
}

function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createConnection({ host: '127.0.0.1', port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(false);
    });
    socket.once('error', () => resolve(true));
  });
}

/** True when a TCP server accepts connections on 127.0.0.1:port (taken to be a running Neo4j's Bolt). */
export async function boltAnswers(port: number): Promise<boolean> {
  return !(await portIsFree(port));
}

/** Starts Neo4j as a child process and resolves once Bolt accepts connections. */
export async function startEmbeddedNeo4j(options: EmbeddedOptions): Promise<EmbeddedNeo4j> {
  const log = options.log ?? (() => {});
  const { jar, classpath } = options.launcher ?? ensureLauncherBuilt(log);
  if (!(await portIsFree(options.boltPort))) {
    throw new EmbeddedDatabaseError(
      `Port ${options.boltPort} on 127.0.0.1 is already in use: set NEO4J_BOLT_PORT to a free port, or NEO4J_URI to use the server that holds it.`,
    );
  }
  const dataDir = path.resolve(options.dataDir);
  const { file: passwordFile, password } = embeddedPassword(dataDir);

  const child = spawn(
    'java',
    launcherJavaArgs(
      { jar, classpath },
      options.heapMb,
      'oversight.EmbeddedNeo4j',
      [dataDir, String(options.boltPort), String(options.pageCacheMb), passwordFile],
      Math.min(512, options.heapMb),
    ),
    { stdio: ['pipe', 'pipe', 'pipe'] },
  );
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );

  const stderrTail: string[] = [];
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
    stderrTail.push(...chunk.split('\n').filter(Boolean));
    stderrTail.splice(0, Math.max(0, stderrTail.length - 20));
  });

  await waitForReady(child, options.startTimeoutMs ?? 180_000, stderrTail);
  log(`embedded Neo4j ready on bolt://127.0.0.1:${options.boltPort} (data in ${dataDir})`);

  let stopping: Promise<void> | null = null;
  return {
    uri: `bolt://127.0.0.1:${options.boltPort}`,
    user: 'neo4j',
    password,
    pid: child.pid!,
    exited,
    stop() {
      stopping ??= stopChild(child);
      return stopping;
    },
  };
}

function waitForReady(child: ChildProcess, timeoutMs: number, stderrTail: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    let buffer = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new EmbeddedDatabaseError(`Neo4j did not start within ${timeoutMs / 1000}s.\n${stderrTail.join('\n')}`));
    }, timeoutMs);
    const onData = (chunk: string) => {
      buffer += chunk;
      if (/^READY \d+$/m.test(buffer)) {
        clearTimeout(timer);
        child.stdout!.off('data', onData);
        child.off('exit', onExit);
        child.stdout!.resume();
        resolve();
      }
    };
    const onExit = (code: number | null) => {
      clearTimeout(timer);
      reject(new EmbeddedDatabaseError(`Neo4j exited during start (code ${code}).\n${stderrTail.join('\n')}`));
    };
    child.stdout!.setEncoding('utf8').on('data', onData);
    child.once('exit', onExit);
  });
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const killer = setTimeout(() => child.kill('SIGKILL'), 30_000);
    child.once('exit', () => {
      clearTimeout(killer);
      resolve();
    });
    child.kill('SIGTERM');
  });
}
