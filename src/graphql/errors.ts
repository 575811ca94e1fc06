import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { DatabaseTimeoutError, DatabaseUnavailableError, ServiceOverloadedError } from '../db/errors.js';
import { nearestIds } from '../domain/suggest.js';
import type { Logger } from '../logger.js';

/** The codes clients can rely on in extensions.code. */
export const ErrorCode = {
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  NOT_FOUND: 'NOT_FOUND',
  DATABASE_UNAVAILABLE: 'DATABASE_UNAVAILABLE',
  QUERY_TIMEOUT: 'QUERY_TIMEOUT',
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
  /** Over a limit checked before execution: extensions.limit, value, maximum. */
  QUERY_TOO_COMPLEX: 'QUERY_TOO_COMPLEX',
  /** The body is larger than MAX_BODY_BYTES (HTTP 413). */
  PAYLOAD_TOO_LARGE: 'PAYLOAD_TOO_LARGE',
  /** The client's cost bucket is empty (HTTP 429, Retry-After). */
  RATE_LIMITED: 'RATE_LIMITED',
  /** Every database connection stayed busy for the bounded wait (HTTP 503, Retry-After). */
  SERVICE_OVERLOADED: 'SERVICE_OVERLOADED',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

export class BadUserInputError extends GraphQLError {
  /** suggestions: the nearest valid values, when the input looks like a near miss. */
  constructor(argument: string, message: string, suggestions?: string[]) {
    super(message, { extensions: { code: ErrorCode.BAD_USER_INPUT, argument, ...(suggestions?.length ? { suggestions } : {}) } });
  }
}

/** " Did you mean a or b?" for an error message, or nothing. */
export function didYouMean(suggestions: string[]): string {
  return suggestions.length ? ` Did you mean ${suggestions.map((s) => JSON.stringify(s)).join(' or ')}?` : '';
}

/**
 * Thrown by custom scalars. Deliberately not a GraphQLError: graphql-js then keeps it as
 * the cause of its validation error, and the formatter can give it the bad-input code.
 */
export class InvalidScalarError extends Error {
  override name = 'InvalidScalarError';
}

export class DatabaseUnavailableGraphQLError extends GraphQLError {
  constructor() {
    super('The graph database is not reachable right now; try again shortly.', {
      extensions: { code: ErrorCode.DATABASE_UNAVAILABLE },
    });
  }
}

export class QueryTimeoutGraphQLError extends GraphQLError {
  constructor() {
    super('The query took longer than its time limit.', { extensions: { code: ErrorCode.QUERY_TIMEOUT } });
  }
}

/** The names limits go by in extensions.limit. */
export type LimitName = 'depth' | 'aliases' | 'directives' | 'tokens' | 'cost' | 'bodyBytes';

/** Rejected before execution: says which limit, the value found and the maximum allowed. */
export class QueryTooComplexError extends GraphQLError {
  constructor(limit: LimitName, value: number, maximum: number) {
    super(`The operation exceeds the ${limit} limit: ${value} > ${maximum}.`, {
      extensions: { code: ErrorCode.QUERY_TOO_COMPLEX, limit, value, maximum, http: { status: 400 } },
    });
  }
}

export class RateLimitedError extends GraphQLError {
  constructor(requested: number, remaining: number, retryAfterSeconds: number) {
    super(`Rate limit: this operation costs ${requested} points and ${remaining} are left; retry in ${retryAfterSeconds} s.`, {
      extensions: {
        code: ErrorCode.RATE_LIMITED,
        retryAfter: retryAfterSeconds,
        http: { status: 429, headers: new Map([['retry-after', String(retryAfterSeconds)]]) },
      },
    });
  }
}

export class ServiceOverloadedGraphQLError extends GraphQLError {
  constructor(retryAfterSeconds: number) {
    super('The service is at capacity; retry shortly.', {
      extensions: { code: ErrorCode.SERVICE_OVERLOADED, retryAfter: retryAfterSeconds },
    });
  }
}

/**
 * graphql-js suggests enum values only within a few typed letters, so CLAIMS gets no hint
 * though CLAIMS_PROCESSING shares its word; the word-overlap rule of domain/suggest.ts adds one.
 */
export function withEnumHint(message: string, enumValues: Record<string, string[]>): string {
  const m = /^Value "(\w+)" does not exist in "(\w+)" enum\.$/.exec(message);
  const values = m ? enumValues[m[2]!] : undefined;
  if (!m || !values) return message;
  const near = nearestIds(
    m[1]!,
    values.map((v) => ({ id: v, words: [v] })),
  );
  return near.length ? `${message} Did you mean the enum value ${near.map((v) => `"${v}"`).join(' or ')}?` : message;
}

/** Codes Apollo and graphql-js set themselves for bad requests; they are safe to pass through. */
const CLIENT_FACING = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
  ...Object.values(ErrorCode),
]);

/**
 * The one place that decides what a client sees of an error: database failures become
 * coded errors, our own GraphQLErrors pass, and anything else is logged and masked.
 */
export function createErrorFormatter(logger: Logger, enumValues: Record<string, string[]> = {}) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    // A bad literal (a Date written wrong) fails validation inside graphql-js; the client
    // still deserves the code for bad input and the argument's own message.
    // Checked by name: graphql-js may be loaded twice (ESM and CJS builds) in one process,
    // and then instanceof fails across the two copies.
    const cause = (error as { originalError?: { name?: string } } | null)?.originalError;
    if (cause?.name === 'InvalidScalarError') {
      return { ...formatted, extensions: { code: ErrorCode.BAD_USER_INPUT } };
    }
    if (original instanceof DatabaseUnavailableError) {
      return { ...new DatabaseUnavailableGraphQLError().toJSON(), path: formatted.path };
    }
    if (original instanceof ServiceOverloadedError) {
      return { ...new ServiceOverloadedGraphQLError(original.retryAfterSeconds).toJSON(), path: formatted.path };
    }
    const limit = formatted.extensions?.limit;
    if (typeof limit === 'string' && formatted.extensions?.maximum !== undefined) {
      // Validation wraps our limit errors in GRAPHQL_VALIDATION_FAILED; the client needs the limit's code.
      const { stacktrace: _s, http: _h, ...extensions } = formatted.extensions as Record<string, unknown>;
      return { message: formatted.message, extensions: { ...extensions, code: ErrorCode.QUERY_TOO_COMPLEX } };
    }
    if (original instanceof DatabaseTimeoutError) {
      return { ...new QueryTimeoutGraphQLError().toJSON(), path: formatted.path };
    }
    const code = formatted.extensions?.code;
    if (
      original instanceof GraphQLError ||
      (typeof code === 'string' && CLIENT_FACING.has(code) && code !== ErrorCode.INTERNAL_SERVER_ERROR)
    ) {
      const { stacktrace: _ignored, http: _http, ...extensions } = (formatted.extensions ?? {}) as Record<string, unknown>;
      return { ...formatted, message: withEnumHint(formatted.message, enumValues), extensions };
    }
    logger.error('unexpected error', {
      error: original instanceof Error ? { name: original.name, message: original.message, stack: original.stack } : String(original),
      path: formatted.path,
    });
    return {
      message: 'Internal server error',
      path: formatted.path,
      locations: formatted.locations,
      extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
    };
  };
}
