import path from 'node:path';
import { createDriver, Database } from '../src/db/database.js';
import { startEmbeddedNeo4j } from '../src/db/embedded.js';
import { migrate } from '../src/db/migrations.js';
import { countEntities } from '../src/db/repositories/seedRepository.js';
import { seedFromFiles } from '../src/seed/seedFromFiles.js';

export interface BenchDatabase {
  uri: string;
  /** The password of user neo4j; empty for an external server reached without auth. */
  password: string;
  /** The embedded Neo4j's process (undefined for an external server), for CPU per request. */
  pid?: number;
  stop(): Promise<void>;
}

/**
 * The one Neo4j every contender in the benchmark talks to: an external one when a URI is
 * given, otherwise the project's embedded Neo4j in its own data directory. Migrated, and
 * seeded when empty, so every run measures the same data.
 */
export async function openBenchDatabase(opts: {
  uri: string | null;
  password?: string;
  boltPort: number;
  dataDir: string;
}): Promise<BenchDatabase> {
  let uri = opts.uri;
  let password = opts.password ?? '';
  let stopEmbedded = async () => {};
  let pid: number | undefined;
  if (!uri) {
    const neo4j = await startEmbeddedNeo4j({
      boltPort: opts.boltPort,
      dataDir: path.resolve(opts.dataDir),
      heapMb: 1024,
      pageCacheMb: 256,
    });
    uri = neo4j.uri;
    password = neo4j.password;
    stopEmbedded = () => neo4j.stop();
    pid = neo4j.pid;
  }
  const driver = createDriver(uri, password ? { user: 'neo4j', password } : null);
  try {
    const db = new Database(driver, { database: 'neo4j', queryTimeoutMs: 60_000 });
    await migrate(db);
    if ((await countEntities(db.runner())) === 0) await seedFromFiles(db);
  } finally {
    await driver.close();
  }
  return { uri, password, pid, stop: stopEmbedded };
}

// `tsx bench/database.ts 7730 .data-bench` keeps a database up for working by hand.
if (import.meta.url === `file://${process.argv[1]}`) {
  const port = Number(process.argv[2] ?? 7730);
  const dir = process.argv[3] ?? '.data-bench';
  const db = await openBenchDatabase({ uri: null, boltPort: port, dataDir: dir });
  process.stdout.write(`neo4j ready at ${db.uri}\n`);
  const stop = () => void db.stop().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
