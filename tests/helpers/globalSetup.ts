import { mkdtempSync, rmSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { parseConfig } from '../../src/config.js';
import { createDriver, Database } from '../../src/db/database.js';
import { startEmbeddedNeo4j } from '../../src/db/embedded.js';
import { migrate } from '../../src/db/migrations.js';
import { seedFromFiles } from '../../src/seed/seedFromFiles.js';
import { freePort } from './freePort.js';
import { claimTestTarget } from './testTarget.js';

declare module 'vitest' {
  export interface ProvidedContext {
    neo4j: { uri: string; user: string; password: string; database: string };
  }
}

/**
 * Starts one embedded Neo4j for the run (or uses NEO4J_URI, if it is empty or marked for
 * tests: see testTarget.ts), applies migrations and loads the seed, then hands the
 * connection to every test file through provide().
 */
export default async function setup(project: TestProject) {
  const config = parseConfig(process.env);
  let stop: () => Promise<void> = async () => {};
  let connection: { uri: string; user: string; password: string; database: string };
  if (config.neo4j.mode === 'external') {
    connection = { uri: config.neo4j.uri, user: config.neo4j.user, password: config.neo4j.password, database: config.neo4j.database };
  } else {
    const root = path.resolve('.test-data');
    mkdirSync(root, { recursive: true });
    const dataDir = mkdtempSync(path.join(root, 'neo4j-'));
    const neo4j = await startEmbeddedNeo4j({ boltPort: await freePort(), dataDir, heapMb: 1024, pageCacheMb: 256 });
    connection = { uri: neo4j.uri, user: neo4j.user, password: neo4j.password, database: 'neo4j' };
    stop = async () => {
      await neo4j.stop();
      rmSync(dataDir, { recursive: true, force: true });
    };
  }
  const driver = createDriver(connection.uri, connection.password ? { user: connection.user, password: connection.password } : null);
  try {
    const db = new Database(driver, { database: connection.database, queryTimeoutMs: 60_000 });
    if (config.neo4j.mode === 'external') {
      const claim = await claimTestTarget(db, connection.uri);
      process.stdout.write(`tests use ${connection.uri} (${claim === 'empty' ? 'was empty; now marked for tests' : 'marked for tests'})\n`);
    }
    await migrate(db);
    await seedFromFiles(db);
  } catch (error) {
    await stop();
    throw error;
  } finally {
    await driver.close();
  }
  project.provide('neo4j', connection);
  return stop;
}
