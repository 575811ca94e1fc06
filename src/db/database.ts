import neo4j, { type Driver, type QueryResult, type RecordShape } from 'neo4j-driver';
import { compactCypher } from './compactCypher.js';
import { classifyDriverError, RequestDeadlineError } from './errors.js';
import { planDbHits } from './profile.js';
import { toPlain } from './values.js';

/** A Cypher statement with a name, so logs, counters and timeouts speak of queries by name. */
export interface NamedQuery {
  readonly name: string;
  readonly cypher: string;
}

export function cypher(name: string, text: string): NamedQuery {
  return { name, cypher: compactCypher(text) };
}

/** Counts round trips to the database; one per request (and per test). */
export class RoundTripCounter {
  count = 0;
  /** When set (x-debug: profile), statements run under PROFILE and their database hits and result bytes add up here. */
  profile = false;
  dbHits = 0;
  bytes = 0;
  readonly byQuery = new Map<string, { count: number; ms: number }>();
  record(name: string, ms = 0): void {
    this.count += 1;
    const entry = this.byQuery.get(name) ?? { count: 0, ms: 0 };
    entry.count += 1;
    entry.ms = Math.round((entry.ms + ms) * 10) / 10;
    this.byQuery.set(name, entry);
  }
}

export interface QueryRunner {
  read<T = Record<string, unknown>>(query: NamedQuery, params?: Record<string, unknown>): Promise<T[]>;
  write<T = Record<string, unknown>>(query: NamedQuery, params?: Record<string, unknown>): Promise<T[]>;
}

export interface DatabaseOptions {
  database: string;
  queryTimeoutMs: number;
}

/**
 * The one way Cypher reaches Neo4j: every statement is parameterized, carries a
 * transaction timeout, is counted, and has its driver errors classified.
 * Results come back as plain JS values (Integers and temporal values converted).
 */
export class Database {
  constructor(
    readonly driver: Driver,
    private readonly options: DatabaseOptions,
  ) {}

  /**
   * deadline (epoch ms) is shared by every statement the runner sends: each gets the time
   * left, capped by the statement timeout, so a request's many steps cannot add up to many
   * timeouts. Past the deadline a statement is not sent at all.
   */
  runner(counter?: RoundTripCounter, deadline?: number): QueryRunner {
    const timeout = (name: string) => {
      if (deadline === undefined) return this.options.queryTimeoutMs;
      const left = Math.floor(deadline - Date.now());
      if (left <= 0) throw new RequestDeadlineError(name);
      return Math.min(this.options.queryTimeoutMs, left);
    };
    return {
      read: async (q, p) => this.run(q, p ?? {}, 'READ', counter, timeout(q.name)),
      write: async (q, p) => this.run(q, p ?? {}, 'WRITE', counter, timeout(q.name)),
    };
  }

  /**
   * Runs fn inside one write transaction: either everything it wrote commits, or
   * nothing does (the seed loader relies on this so an interrupted load leaves no
   * half-written fact visible).
   */
  async writeTransaction<T>(fn: (tx: QueryRunner) => Promise<T>, counter?: RoundTripCounter, timeoutMs = 300_000): Promise<T> {
    const session = this.driver.session({ database: this.options.database, defaultAccessMode: neo4j.session.WRITE });
    try {
      return await session.executeWrite(
        (tx) => {
          const run = async <R>(q: NamedQuery, p?: Record<string, unknown>): Promise<R[]> => {
            counter?.record(q.name);
            const result = await tx.run(q.cypher, p ?? {});
            return result.records.map((r: { toObject(): unknown }) => toPlain(r.toObject()) as R);
          };
          return fn({ read: run, write: run });
        },
        { timeout: timeoutMs, metadata: { query: 'writeTransaction' } },
      );
    } catch (error) {
      throw classifyDriverError(error, 'writeTransaction');
    } finally {
      await session.close();
    }
  }

  async ping(timeoutMs = 2000): Promise<void> {
    await this.run(PING, {}, 'READ', undefined, timeoutMs);
  }

  private async run<T>(
    query: NamedQuery,
    params: Record<string, unknown>,
    mode: 'READ' | 'WRITE',
    counter?: RoundTripCounter,
    timeoutMs = this.options.queryTimeoutMs,
  ): Promise<T[]> {
    const started = performance.now();
    try {
      const profile = counter?.profile === true;
      const text = profile ? `PROFILE ${query.cypher}` : query.cypher;
      const result: Pick<QueryResult<RecordShape>, 'records' | 'summary'> = mode === 'READ'
        ? await this.autoCommitRead(text, params, query.name, timeoutMs)
        : await this.driver.executeQuery(text, params, {
            database: this.options.database,
            routing: neo4j.routing.WRITE,
            transactionConfig: { timeout: timeoutMs, metadata: { query: query.name } },
          });
      const rows = result.records.map((r) => toPlain(r.toObject()) as T);
      if (profile) {
        counter.dbHits += planDbHits(result.summary.profile);
        counter.bytes += Buffer.byteLength(JSON.stringify(rows));
      }
      return rows;
    } catch (error) {
      throw classifyDriverError(error, query.name);
    } finally {
      counter?.record(query.name, performance.now() - started);
    }
  }

  /**
   * A read as one auto-commit statement: RUN and PULL go out in one write and come back in
   * one round trip, where a managed transaction adds BEGIN and COMMIT (a second round trip
   * and two more socket writes per request). A single read statement needs no transaction
   * around it. It keeps what executeQuery gave: the driver's bookmarks (a read sees this
   * process's earlier writes on a cluster too) and retries of transient errors for up to
   * RETRY_MS, within the statement's own time limit.
   */
  private async autoCommitRead(
    text: string,
    params: Record<string, unknown>,
    name: string,
    timeoutMs: number,
  ): Promise<QueryResult<RecordShape>> {
    const started = Date.now();
    for (let attempt = 0; ; attempt++) {
      const session = this.driver.session({
        database: this.options.database,
        defaultAccessMode: neo4j.session.READ,
        bookmarkManager: this.driver.executeQueryBookmarkManager,
      });
      try {
        // The driver records the caller's stack for every statement (an Error and its .stack,
        // a few per cent of a small request's CPU) only to put it on errors, which are
        // classified and named by query here anyway.
        const stackTraceLimit = Error.stackTraceLimit;
        Error.stackTraceLimit = 0;
        let pending;
        try {
          pending = session.run<RecordShape>(text, params, { timeout: timeoutMs, metadata: { query: name } });
        } finally {
          Error.stackTraceLimit = stackTraceLimit;
        }
        return await pending;
      } catch (error) {
        const wait = 50 * 2 ** attempt;
        const spent = Date.now() - started;
        if (!neo4j.isRetryableError(error) || spent + wait > Math.min(RETRY_MS, timeoutMs)) throw error;
        await new Promise((resolve) => setTimeout(resolve, wait));
      } finally {
        await session.close();
      }
    }
  }
}

/** How long a read is retried after a transient error (executeQuery's maxTransactionRetryTime). */
const RETRY_MS = 1000;

const PING = cypher('ping', 'RETURN 1 AS ok');

export interface PoolOptions {
  size: number;
  /** How long a statement may wait for a free pooled connection before SERVICE_OVERLOADED. */
  acquireTimeoutMs: number;
}

export function createDriver(
  uri: string,
  auth: { user: string; password: string } | null,
  pool: PoolOptions = { size: 100, acquireTimeoutMs: 5000 },
): Driver {
  return neo4j.driver(uri, auth ? neo4j.auth.basic(auth.user, auth.password) : undefined, {
    maxConnectionPoolSize: pool.size,
    connectionAcquisitionTimeout: pool.acquireTimeoutMs,
    // Fail fast when the server is gone: a request should error in seconds, not hang.
    connectionTimeout: 3000,
    maxTransactionRetryTime: 1000,
    logging: { level: 'error', logger: () => {} },
    // Integers arrive as numbers: toPlain made them numbers anyway, and decoding them as
    // Integer objects first cost an allocation and a conversion for every one.
    disableLosslessIntegers: true,
  });
}
