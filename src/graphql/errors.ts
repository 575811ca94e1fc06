import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { DatabaseTimeoutError, DatabaseUnavailableError } from '../db/errors.js';
import type { Logger } from '../logger.js';

/** The codes clients can rely on in extensions.code. */
export const ErrorCode = {
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  NOT_FOUND: 'NOT_FOUND',
  DATABASE_UNAVAILABLE: 'DATABASE_UNAVAILABLE',
  QUERY_TIMEOUT: 'QUERY_TIMEOUT',
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

export class BadUserInputError extends GraphQLError {
  constructor(argument: string, message: string) {
    super(message, { extensions: { code: ErrorCode.BAD_USER_INPUT, argument } });
  }
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

/** Codes Apollo and graphql-js set themselves for bad requests; they are safe to pass through. */
const CLIENT_FACING = new Set([
  'GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_USER_INPUT', 'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND', 'PERSISTED_QUERY_NOT_SUPPORTED', 'OPERATION_RESOLUTION_FAILURE',
  ...Object.values(ErrorCode),
]);

/**
 * The one place that decides what a client sees of an error: database failures become
 * coded errors, our own GraphQLErrors pass, and anything else is logged and masked.
 */
export function createErrorFormatter(logger: Logger) {
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
    if (original instanceof DatabaseTimeoutError) {
      return { ...new QueryTimeoutGraphQLError().toJSON(), path: formatted.path };
    }
    const code = formatted.extensions?.code;
    if (original instanceof GraphQLError || (typeof code === 'string' && CLIENT_FACING.has(code) && code !== ErrorCode.INTERNAL_SERVER_ERROR)) {
      const { stacktrace: _ignored, ...extensions } = (formatted.extensions ?? {}) as Record<string, unknown>;
      return { ...formatted, extensions };
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
