import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { createConnection } from 'node:net';
import path from 'node:path';
import { projectRoot } from '../projectRoot.js';
import { EmbeddedDatabaseError } from './errors.js';

const PROJECT_ROOT = projectRoot();
const LAUNCHER_DIR = path.join(PROJECT_ROOT, 'neo4j');
const JAR = path.join(LAUNCHER_DIR, 'target', 'embedded-neo4j-1.0.0.jar');
const CLASSPATH_FILE = path.join(LAUNCHER_DIR, 'target', 'classpath.txt');
const LAUNCHER_SOURCES = [path.join(LAUNCHER_DIR, 'pom.xml'), path.join(LAUNCHER_DIR, 'src/main/java/oversight/EmbeddedNeo4j.java')];

export interface EmbeddedOptions {
  boltPort: number;
  dataDir: string;
  heapMb: number;
  pageCacheMb: number;
  startTimeoutMs?: number;
  log?: (line: string) => void;
}

export interface EmbeddedNeo4j {
  readonly uri: string;
  readonly pid: number;
  stop(): Promise<void>;
}

function commandExists(cmd: string, args: string[]): boolean {
  const r = spawnSync(cmd, args, { stdio: 'ignore' });
  return !r.error;
}

function launcherIsBuilt(): boolean {
  if (!existsSync(JAR) || !existsSync(CLASSPATH_FILE)) return false;
  const built = Math.min(statSync(JAR).mtimeMs, statSync(CLASSPATH_FILE).mtimeMs);
  return LAUNCHER_SOURCES.every((f) => statSync(f).mtimeMs <= built);
}

/**
 * Builds the launcher once (Maven resolves Neo4j from Maven Central) and caches the
 * resolved classpath in neo4j/target/classpath.txt, so later starts skip Maven entirely.
 */
export function ensureLauncherBuilt(log: (line: string) => void = () => {}): { jar: string; classpath: string } {
  if (!commandExists('java', ['-version'])) {
    throw new EmbeddedDatabaseError(
      'Java 17+ is required to run the embedded Neo4j: install a JDK (e.g. apt-get install openjdk-17-jdk), or set NEO4J_URI to use an existing Neo4j server.',
    );
  }
  if (!launcherIsBuilt()) {
    if (!commandExists('mvn', ['-v'])) {
      throw new EmbeddedDatabaseError(
        'Maven is required to build the embedded Neo4j launcher: install Maven 3.8+ (e.g. apt-get install maven), or set NEO4J_URI to use an existing Neo4j server.',
      );
    }
    log('building the embedded Neo4j launcher with Maven (first run downloads Neo4j from Maven Central)');
    const r = spawnSync(
      'mvn',
      ['-B', '-q', 'package', 'dependency:build-classpath', `-Dmdep.outputFile=${CLASSPATH_FILE}`],
      { cwd: LAUNCHER_DIR, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
    );
    if (r.status !== 0) {
      const tail = `${r.stdout ?? ''}${r.stderr ?? ''}`.trim().split('\n').slice(-15).join('\n');
      throw new EmbeddedDatabaseError(`Building the embedded Neo4j launcher failed (mvn exit ${r.status}):\n${tail}`);
    }
  }
  return { jar: JAR, classpath: readFileSync(CLASSPATH_FILE, 'utf8').trim() };
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
  const { jar, classpath } = ensureLauncherBuilt(log);
  if (!(await portIsFree(options.boltPort))) {
    throw new EmbeddedDatabaseError(
      `Port ${options.boltPort} on 127.0.0.1 is already in use: set NEO4J_BOLT_PORT to a free port, or NEO4J_URI to use the server that holds it.`,
    );
  }
  const dataDir = path.resolve(options.dataDir);
  mkdirSync(dataDir, { recursive: true });

  const child = spawn(
    'java',
    [
      `-Xms${Math.min(512, options.heapMb)}m`,
      `-Xmx${options.heapMb}m`,
      '-XX:+UseG1GC',
      '-XX:+ExitOnOutOfMemoryError',
      '-cp',
      `${jar}${path.delimiter}${classpath}`,
      'oversight.EmbeddedNeo4j',
      dataDir,
      String(options.boltPort),
      String(options.pageCacheMb),
    ],
    { stdio: ['pipe', 'pipe', 'pipe'] },
  );

  const stderrTail: string[] = [];
  child.stderr!.setEncoding('utf8').on('data', (chunk: string) => {
    stderrTail.push(...chunk.split('\n').filter(Boolean));
    stderrTail.splice(0, Math.max(0, stderrTail.length - 20));
  });

  await waitForReady(child, options.startTimeoutMs ?? 180_000, stderrTail);
  log(`embedded Neo4j ready on bolt://127.0.0.1:${options.boltPort} (data in ${dataDir})`);

  let stopping: Promise<void> | null = null;
  return {
    uri: `bolt://127.0.0.1:${options.boltPort}`,
    pid: child.pid!,
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
