import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync, utimesSync } from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../projectRoot.js';
import { EmbeddedDatabaseError } from './errors.js';

const PROJECT_ROOT = projectRoot();
const LAUNCHER_DIR = path.join(PROJECT_ROOT, 'neo4j');
const JAR = path.join(LAUNCHER_DIR, 'target', 'embedded-neo4j-1.0.0.jar');
const CLASSPATH_FILE = path.join(LAUNCHER_DIR, 'target', 'classpath.txt');
const LAUNCHER_SOURCES = [
  path.join(LAUNCHER_DIR, 'pom.xml'),
  path.join(LAUNCHER_DIR, 'src/main/java/oversight/EmbeddedNeo4j.java'),
  path.join(LAUNCHER_DIR, 'src/main/java/oversight/BulkImport.java'),
];

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
    const r = spawnSync('mvn', ['-B', '-q', 'package', 'dependency:build-classpath', `-Dmdep.outputFile=${CLASSPATH_FILE}`], {
      cwd: LAUNCHER_DIR,
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    if (r.status !== 0) {
      const tail = `${r.stdout ?? ''}${r.stderr ?? ''}`.trim().split('\n').slice(-15).join('\n');
      throw new EmbeddedDatabaseError(`Building the embedded Neo4j launcher failed (mvn exit ${r.status}):\n${tail}`);
    }
    // build-classpath leaves an unchanged file untouched; without this, a launcher rebuilt
    // after a source edit would still look stale and be rebuilt at every start.
    const now = new Date();
    utimesSync(CLASSPATH_FILE, now, now);
  }
  return { jar: JAR, classpath: readFileSync(CLASSPATH_FILE, 'utf8').trim() };
}

/** The java arguments that run one of the launcher's classes (oversight.*) with at most heapMb of heap. */
export function launcherJavaArgs(
  launcher: { jar: string; classpath: string },
  heapMb: number,
  className: string,
  args: readonly string[],
  minHeapMb?: number,
): string[] {
  return [
    ...(minHeapMb === undefined ? [] : [`-Xms${minHeapMb}m`]),
    `-Xmx${heapMb}m`,
    '-XX:+UseG1GC',
    '-XX:+ExitOnOutOfMemoryError',
    '-cp',
    `${launcher.jar}${path.delimiter}${launcher.classpath}`,
    className,
    ...args,
  ];
}
