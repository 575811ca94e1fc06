import type { Driver } from 'neo4j-driver';
import type { Config } from '../config.js';
import type { Logger } from '../logger.js';
import { createDriver, Database } from './database.js';
import { boltAnswers } from './embedded.js';
import { embeddedPassword } from './embeddedPassword.js';
import { superviseEmbeddedNeo4j, type SupervisedNeo4j } from './embeddedSupervisor.js';

export interface OpenDatabase {
  db: Database;
  driver: Driver;
  embedded: SupervisedNeo4j | null;
  close(): Promise<void>;
}

export interface OpenOptions {
  /**
   * Embedded mode only: when something already answers Bolt on NEO4J_BOLT_PORT (a running
   * `npm start` holds the store), connect to it with the password kept in DATA_DIR instead of
   * starting a second Neo4j on the same data. Used by batch commands such as the importers;
   * the server keeps the default.
   */
  reuseRunning?: boolean;
}

/**
 * Connects to NEO4J_URI when set; otherwise starts the embedded Neo4j (with the password
 * kept in DATA_DIR, restarted by its supervisor if it dies), or reuses a running one, and connects to it.
 */
export async function openDatabase(config: Config, logger: Logger, options: OpenOptions = {}): Promise<OpenDatabase> {
  let embedded: SupervisedNeo4j | null = null;
  let driver: Driver;
  if (config.neo4j.mode === 'embedded' && options.reuseRunning && (await boltAnswers(config.neo4j.boltPort))) {
    const uri = `bolt://127.0.0.1:${config.neo4j.boltPort}`;
    driver = createDriver(uri, { user: 'neo4j', password: embeddedPassword(config.neo4j.dataDir).password }, config.pool);
    logger.info('using the Neo4j already running on the Bolt port', { uri });
  } else if (config.neo4j.mode === 'external') {
    driver = createDriver(
      config.neo4j.uri,
      config.neo4j.password ? { user: config.neo4j.user, password: config.neo4j.password } : null,
      config.pool,
    );
    logger.info('using external Neo4j', { uri: config.neo4j.uri, database: config.neo4j.database });
  } else {
    const started = Date.now();
    embedded = await superviseEmbeddedNeo4j(
      {
        boltPort: config.neo4j.boltPort,
        dataDir: config.neo4j.dataDir,
        heapMb: config.neo4j.heapMb,
        pageCacheMb: config.neo4j.pageCacheMb,
        log: (line) => logger.info(line),
      },
      logger,
    );
    logger.info('embedded Neo4j started', { uri: embedded.uri, ms: Date.now() - started });
    driver = createDriver(embedded.uri, { user: embedded.user, password: embedded.password }, config.pool);
  }
  const db = new Database(driver, { database: config.neo4j.database, queryTimeoutMs: config.queryTimeoutMs });
  try {
    await firstPing(db, 30_000);
  } catch (error) {
    await driver.close();
    await embedded?.stop();
    throw error;
  }
  return {
    db,
    driver,
    embedded,
    async close() {
      await driver.close();
      await embedded?.stop();
    },
  };
}

/**
 * The first connections to a Neo4j that has just started can take longer than the pool's
 * acquisition timeout (auth, warm-up); keep trying for a while before calling it down.
 */
async function firstPing(db: Database, withinMs: number): Promise<void> {
  const until = Date.now() + withinMs;
  for (;;) {
    try {
      return await db.ping(withinMs);
    } catch (error) {
      if (Date.now() >= until) throw error;
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  }
}
