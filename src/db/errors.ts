/**
 * The database layer's own errors. It never imports GraphQL; graphql/errors.ts maps
 * these to extensions.code in one place.
 */
export class DatabaseUnavailableError extends Error {
  constructor(cause?: unknown) {
    super('The graph database is not reachable right now.', { cause });
    this.name = 'DatabaseUnavailableError';
  }
}

export class DatabaseTimeoutError extends Error {
  constructor(
    readonly queryName: string,
    cause?: unknown,
  ) {
    super(`The query ${queryName} took longer than its time limit.`, { cause });
    this.name = 'DatabaseTimeoutError';
  }
}

/**
 * Every pooled connection stayed busy for the whole bounded wait: the database is up but
 * this process is at capacity, so the client should retry later rather than report an outage.
 */
export class ServiceOverloadedError extends Error {
  constructor(
    readonly retryAfterSeconds: number,
    cause?: unknown,
  ) {
    super('Every connection to the graph database is busy.', { cause });
    this.name = 'ServiceOverloadedError';
  }
}

/** The request used up its time budget; the statement was not sent. */
export class RequestDeadlineError extends DatabaseTimeoutError {
  constructor(queryName: string) {
    super(queryName);
    this.name = 'RequestDeadlineError';
  }
}

export class EmbeddedDatabaseError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'EmbeddedDatabaseError';
  }
}

const UNAVAILABLE_CODES = new Set([
  'ServiceUnavailable',
  'SessionExpired',
  'Neo.TransientError.General.DatabaseUnavailable',
  'Neo.ClientError.Database.DatabaseNotFound',
]);

const TIMEOUT_CODES = new Set([
  'Neo.ClientError.Transaction.TransactionTimedOut',
  'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration',
  'Neo.TransientError.Transaction.LockClientStopped',
]);

/** Classifies a neo4j-driver error; anything unknown is returned unchanged. */
export function classifyDriverError(error: unknown, queryName: string): unknown {
  const code = (error as { code?: string } | null)?.code;
  if (code && UNAVAILABLE_CODES.has(code)) return new DatabaseUnavailableError(error);
  if (code && TIMEOUT_CODES.has(code)) return new DatabaseTimeoutError(queryName, error);
  const message = error instanceof Error ? error.message : '';
  // The wait for a pooled connection ran out. With connections busy the pool was full (the
  // server is fine, we are at capacity); with none active the server did not answer at all.
  const busy = /connection acquisition timed out.*Active conn count = (\d+)/i.exec(message);
  if (busy && Number(busy[1]) > 0) return new ServiceOverloadedError(1, error);
  if (/connection acquisition timed out|Failed to connect|ECONNREFUSED|Pool is closed|connection.*closed/i.test(message)) {
    return new DatabaseUnavailableError(error);
  }
  return error;
}
