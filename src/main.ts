import { ConfigError, loadConfig } from './config.js';
import { openDatabase, type OpenDatabase } from './db/connect.js';
import { EmbeddedDatabaseError } from './db/errors.js';
import { migrate } from './db/migrations.js';
import { countEntities } from './db/repositories/seedRepository.js';
import { batchedStdout, createLogger } from './logger.js';
import { createServer, type RunningServer } from './server.js';
import { warmUp } from './services/warmUp.js';

/** npm start: config -> database (embedded or NEO4J_URI) -> migrations -> seed if empty -> HTTP; signals. */
async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(2);
    }
    throw error;
  }
  const logger = createLogger(config.logLevel, batchedStdout());
  const started = Date.now();
  let database: OpenDatabase | null = null;
  let server: RunningServer | null = null;

  let shuttingDown = false;
  const shutdown = async (signal: string) => {
    if (shuttingDown) return;
    shuttingDown = true;
    logger.info('shutting down', { signal });
    await server?.stop().catch((e) => logger.error('server stop failed', { error: String(e) }));
    await database?.close().catch((e) => logger.error('database close failed', { error: String(e) }));
    logger.info('stopped');
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));

  try {
    database = await openDatabase(config, logger);
    await migrate(database.db);
    if (config.seedOnStart && (await countEntities(database.db.runner())) === 0) {
      const { seedFromFiles } = await import('./seed/seedFromFiles.js');
      const seeded = Date.now();
      const counts = await seedFromFiles(database.db);
      logger.info('graph was empty: seeded', { ...counts, ms: Date.now() - seeded });
    }
    server = await createServer({ config, driver: database.driver, logger });
    logger.info('ready', { graphql: `${server.url}/graphql`, playground: `${server.url}/`, startupMs: Date.now() - started });
    const warming = Date.now();
    warmUp(database.db.runner()).then(
      () => logger.info('query plans warmed', { ms: Date.now() - warming }),
      (error) => logger.warn('warm-up failed', { error: error instanceof Error ? error.message : String(error) }),
    );
  } catch (error) {
    if (error instanceof EmbeddedDatabaseError) {
      process.stderr.write(`${error.message}\n`);
    } else {
      logger.error('start failed', { error: error instanceof Error ? error.message : String(error) });
    }
    await database?.close().catch(() => {});
    process.exit(1);
  }
}

void main();
