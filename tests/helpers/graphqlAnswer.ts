import type { Query } from '../../src/graphql/generated/resolvers-types.js';

/**
 * A GraphQL answer typed by the schema, as a test reads it: every field present and non-null.
 * A test reads only what its query selected; a field that is missing or null then throws or
 * fails its expectation, which is the failure the test is there to report.
 */
export type Answer<T> = T extends readonly (infer U)[]
  ? Answer<U>[]
  : T extends string | number | boolean | bigint | null | undefined
    ? T
    : { [K in keyof T]-?: Answer<NonNullable<T[K]>> };

/** The error entries of a GraphQL response, with the extensions this API sets. */
export interface AnswerError {
  message: string;
  path?: (string | number)[];
  extensions: { code: string; argument?: string; [key: string]: unknown };
}

/** The extensions this API puts on a response (cost always; debug and suggestions when asked or relevant). */
export interface AnswerExtensions {
  cost: { requested: number; limit: number; throttle: { maximum: number; remaining: number; restoreRate: number } };
  debug: {
    roundTrips: number;
    queries: Record<string, { count: number; ms: number }>;
    durationMs: number;
    dbHits?: number;
    bytes?: number;
  };
  suggestions: Record<string, string[]>;
  [key: string]: unknown;
}

/** A parsed GraphQL response body; data is the schema's Query unless the test names its own shape (aliases). */
export interface AnswerBody<T = Answer<Query>> {
  data: T;
  errors?: AnswerError[];
  extensions: AnswerExtensions;
}
