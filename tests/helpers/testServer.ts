import { afterAll, beforeAll, inject } from 'vitest';
import type { Driver } from 'neo4j-driver';
import { parseConfig, type Config } from '../../src/config.js';
import { createDriver, Database } from '../../src/db/database.js';
import { createMemoryLogger } from '../../src/logger.js';
import { createServer, type RunningServer } from '../../src/server.js';
import type { Query } from '../../src/graphql/generated/resolvers-types.js';
import type { Answer, AnswerBody } from './graphqlAnswer.js';

export interface TestServer {
  url: string;
  server: RunningServer;
  driver: Driver;
  db: Database;
  logger: ReturnType<typeof createMemoryLogger>;
  /** POSTs a GraphQL request; returns the HTTP status and the parsed body. */
  gql<T = Answer<Query>>(
    query: string,
    variables?: Record<string, unknown>,
    headers?: Record<string, string>,
  ): Promise<{ status: number; body: AnswerBody<T> }>;
  close(): Promise<void>;
}

/** Sent as x-debug by tests that read extensions.debug. */
export const TEST_DEBUG_KEY = 'test-debug-key-0123456789';

/**
 * The run's database, a rate limit loose enough that files sending many requests from one
 * address are not throttled, and time limits loose enough for a loaded CI machine: the
 * tests check answers, not speed (the rate limit, the deadline and the statement timeout
 * have their own tests, with their own values).
 */
export function testConfig(overrides: Record<string, string> = {}): Config {
  const n = inject('neo4j');
  return parseConfig({
    PORT: '0',
    NEO4J_URI: n.uri,
    NEO4J_USER: n.user,
    NEO4J_PASSWORD: n.password,
    NEO4J_DATABASE: n.database,
    RATE_LIMIT_MAXIMUM: '1000000',
    RATE_LIMIT_RESTORE_RATE: '1000000',
    QUERY_TIMEOUT_MS: '60000',
    REQUEST_DEADLINE_MS: '120000',
    DEBUG_HEADER_KEY: TEST_DEBUG_KEY,
    ...overrides,
  });
}

/** A real server on port 0, in-process, over the database the config names (the run's, by default). */
export async function startTestServer(config: Config = testConfig(), today?: () => string): Promise<TestServer> {
  if (config.neo4j.mode !== 'external') throw new Error('a test server connects through NEO4J_URI: build its config with testConfig()');
  const { uri, user, password } = config.neo4j;
  const driver = createDriver(uri, password ? { user, password } : null, config.pool);
  const logger = createMemoryLogger();
  const server = await createServer({ config, driver, logger, today });
  const db = new Database(driver, { database: config.neo4j.database, queryTimeoutMs: 60_000 });
  return {
    url: server.url,
    server,
    driver,
    db,
    logger,
    async gql(query, variables, headers = {}) {
      const res = await fetch(`${server.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ query, variables }),
      });
      return { status: res.status, body: (await res.json()) as AnswerBody<never> };
    },
    async close() {
      await server.stop();
      await driver.close();
    },
  };
}

/**
 * Starts a test server before the file's tests and closes it after. The returned object
 * forwards to that server, so a test file reads `const t = useTestServer()`.
 */
export function useTestServer(options: { today?: string } = {}): TestServer {
  let current: TestServer | null = null;
  beforeAll(async () => {
    current = await startTestServer(testConfig(), options.today ? () => options.today! : undefined);
  });
  afterAll(() => current?.close());
  return new Proxy({} as TestServer, {
    get(_, key) {
      if (!current) throw new Error('the test server starts in beforeAll; use it inside a test');
      return Reflect.get(current, key) as unknown;
    },
  });
}
