import type { QueryRunner } from '../db/database.js';
import {
  contractEnrollmentByCounty,
  contractEnrollmentByState,
  contractTotalEnrollment,
  medicareAdvantageIn,
  plansOfContract,
  serviceAreaOfContract,
  type KeyPage,
} from '../db/repositories/contractRepository.js';
import type { MedicareEnrollmentRecord } from '../domain/contractRecords.js';
import { CursorError, decodeKeyCursor, encodeKeyCursor, KEY_PATTERNS } from '../domain/medicareAdvantage.js';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../domain/pagination.js';
import { ArgumentError } from './argumentError.js';

/**
 * Orchestration of the contract fields: argument checks, keyset paging, connections.
 * Resolvers stay one line; the repository owns the Cypher. A refused argument is an
 * ArgumentError, which the GraphQL layer reports as BAD_USER_INPUT.
 */

/** "H1234", "h1234" or "contract:H1234" -> "contract:H1234"; anything else is bad input naming the argument. */
export function contractIdFrom(input: string, argument = 'id'): string {
  const number = input
    .trim()
    .replace(/^contract:/i, '')
    .toUpperCase();
  if (!/^(?:[HRSE]\d{4}|\d{5})$/.test(number)) {
    throw new ArgumentError(
      argument,
      `${argument} must be a contract number like H1234 (H, R, S or E and 4 digits, or 5 digits), or contract:H1234; got ${JSON.stringify(input)}.`,
    );
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
    throw new ArgumentError('first', `first must be between 1 and ${MAX_PAGE_SIZE} (got ${limit}).`);
  }
  if (!after) return { after: '', limit, paged: false };
  try {
    return { after: decodeKeyCursor(after, pattern), limit, paged: true };
  } catch (error) {
    if (error instanceof CursorError) throw new ArgumentError('after', error.message);
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
export async function medicareAdvantage(
  run: QueryRunner,
  placeId: string,
  first: number | null | undefined,
  after: string | null | undefined,
) {
  const k = keysetArgs(first, after, KEY_PATTERNS.enrollmentRank);
  return toKeyConnection(await medicareAdvantageIn(run, placeId, k.after, k.limit), k.paged);
}

export async function contractPlans(
  run: QueryRunner,
  contractId: string,
  first: number | null | undefined,
  after: string | null | undefined,
) {
  const k = keysetArgs(first, after, KEY_PATTERNS.planId);
  return toKeyConnection(await plansOfContract(run, contractId, k.after, k.limit), k.paged);
}

export async function contractServiceArea(
  run: QueryRunner,
  contractId: string,
  asOf: string,
  first: number | null | undefined,
  after: string | null | undefined,
) {
  const k = keysetArgs(first, after, KEY_PATTERNS.fips);
  return toKeyConnection(await serviceAreaOfContract(run, contractId, asOf, k.after, k.limit), k.paged);
}

export async function contractCountyEnrollment(
  run: QueryRunner,
  contractId: string,
  asOf: string,
  first: number | null | undefined,
  after: string | null | undefined,
) {
  const k = keysetArgs(first, after, KEY_PATTERNS.fips);
  return toKeyConnection(await contractEnrollmentByCounty(run, contractId, asOf, k.after, k.limit), k.paged);
}

export function contractEnrollment(run: QueryRunner, contractId: string, asOf: string): Promise<MedicareEnrollmentRecord | null> {
  return contractTotalEnrollment(run, contractId, asOf);
}

export function contractEnrollmentPerState(run: QueryRunner, contractId: string, asOf: string): Promise<MedicareEnrollmentRecord[]> {
  return contractEnrollmentByState(run, contractId, asOf);
}
