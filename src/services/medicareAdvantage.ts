import type { GraphQLContext } from '../graphql/context.js';
import { BadUserInputError } from '../graphql/errors.js';
import {
  contractEnrollmentByCounty, medicareAdvantageIn, plansOfContract, serviceAreaOfContract, type KeyPage,
} from '../db/repositories/contractRepository.js';
import { CursorError, decodeKeyCursor, encodeKeyCursor, KEY_PATTERNS } from '../domain/medicareAdvantage.js';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../domain/pagination.js';

/**
 * Orchestration of the contract fields: argument checks, keyset paging, connections.
 * Resolvers stay one line; the repository owns the Cypher.
 */

/** "H1234", "h1234" or "contract:H1234" -> "contract:H1234"; anything else is bad input naming the argument. */
export function contractIdFrom(input: string, argument = 'id'): string {
  const number = input.trim().replace(/^contract:/i, '').toUpperCase();
  if (!/^(?:[HRSE]\d{4}|\d{5})$/.test(number)) {
    throw new BadUserInputError(argument, `${argument} must be a contract number like H1234 (H, R, S or E and 4 digits, or 5 digits), or contract:H1234; got ${JSON.stringify(input)}.`);
  }
  return `contract:${number}`;
}

interface Keyset {
  after: string;
  limit: number;
  paged: boolean;
}

/** first: 1..100 (default 20); after: a cursor from this same list. */
export function keysetArgs(first: number | null | undefined, after: string | null | undefined, pattern: RegExp): Keyset {
  const limit = first ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_PAGE_SIZE) {
    throw new BadUserInputError('first', `first must be between 1 and ${MAX_PAGE_SIZE} (got ${limit}).`);
  }
  if (!after) return { after: '', limit, paged: false };
  try {
    return { after: decodeKeyCursor(after, pattern), limit, paged: true };
  } catch (error) {
    if (error instanceof CursorError) throw new BadUserInputError('after', error.message);
    throw error;
  }
}

export function toKeyConnection<T>(page: KeyPage<T>, paged: boolean) {
  const edges = page.items.map((node, i) => ({ cursor: encodeKeyCursor(page.keys[i]!), node }));
  return {
    edges,
    totalCount: page.totalCount,
    pageInfo: {
      hasNextPage: page.hasNextPage,
      hasPreviousPage: paged,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}

/** Contracts with enrollees in a state or county, largest enrollment first. */
export async function medicareAdvantage(ctx: GraphQLContext, placeId: string, first: number | null | undefined, after: string | null | undefined) {
  const k = keysetArgs(first, after, KEY_PATTERNS.enrollmentRank);
  return toKeyConnection(await medicareAdvantageIn(ctx.run, placeId, k.after, k.limit), k.paged);
}

export async function contractPlans(ctx: GraphQLContext, contractId: string, first: number | null | undefined, after: string | null | undefined) {
  const k = keysetArgs(first, after, KEY_PATTERNS.planId);
  return toKeyConnection(await plansOfContract(ctx.run, contractId, k.after, k.limit), k.paged);
}

export async function contractServiceArea(
  ctx: GraphQLContext, contractId: string, asOf: string, first: number | null | undefined, after: string | null | undefined,
) {
  const k = keysetArgs(first, after, KEY_PATTERNS.fips);
  return toKeyConnection(await serviceAreaOfContract(ctx.run, contractId, asOf, k.after, k.limit), k.paged);
}

export async function contractCountyEnrollment(
  ctx: GraphQLContext, contractId: string, asOf: string, first: number | null | undefined, after: string | null | undefined,
) {
  const k = keysetArgs(first, after, KEY_PATTERNS.fips);
  return toKeyConnection(await contractEnrollmentByCounty(ctx.run, contractId, asOf, k.after, k.limit), k.paged);
}
