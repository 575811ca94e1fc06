export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

export class PaginationError extends Error {
  constructor(
    readonly argument: 'first' | 'after',
    message: string,
  ) {
    super(message);
  }
}

/**
 * Cursors are opaque to clients; inside they are the sort key of the last item seen, so
 * the next page is a seek past it (stable while rows are added or removed elsewhere).
 */
export type SortKey = (string | number | null)[];

export function encodeCursor(key: SortKey): string {
  return Buffer.from(`k:${JSON.stringify(key)}`, 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string): SortKey {
  const bad = () =>
    new PaginationError('after', `Invalid cursor ${JSON.stringify(cursor)}: pass an endCursor or cursor from an earlier page.`);
  const text = Buffer.from(cursor, 'base64url').toString('utf8');
  if (!text.startsWith('k:')) throw bad();
  try {
    const key = JSON.parse(text.slice(2)) as unknown;
    if (
      !Array.isArray(key) ||
      key.length === 0 ||
      key.length > 8 ||
      !key.every((k) => k === null || typeof k === 'string' || typeof k === 'number')
    )
      throw bad();
    return key as SortKey;
  } catch {
    throw bad();
  }
}

/** Turns first/after into a page size and the key to seek past, enforcing 1..max. */
export function pageWindow(
  first: number | null | undefined,
  after: string | null | undefined,
  max = MAX_PAGE_SIZE,
  fallback = DEFAULT_PAGE_SIZE,
) {
  const size = first ?? fallback;
  if (!Number.isInteger(size) || size < 1 || size > max) {
    throw new PaginationError('first', `first must be between 1 and ${max} (got ${size}).`);
  }
  return { after: after ? decodeCursor(after) : null, limit: size };
}

/** A page read with LIMIT first + 1: the extra row only says whether there is a next page. */
export interface KeysetPage<T> {
  rows: { node: T; key: SortKey }[];
  limit: number;
  hadCursor: boolean;
}

export function toConnection<T>(page: KeysetPage<T>, totalCount: () => Promise<number>) {
  const edges = page.rows.slice(0, page.limit).map((r) => ({ cursor: encodeCursor(r.key), node: r.node }));
  return {
    edges,
    // Resolved only when selected: graphql-js calls a function-valued field on demand.
    totalCount,
    pageInfo: {
      hasNextPage: page.rows.length > page.limit,
      hasPreviousPage: page.hadCursor,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}

/** Lists that are not connections still have a ceiling, so no answer grows with the graph. */
export function listLimit(first: number | null | undefined, max: number): number {
  const size = first ?? max;
  if (!Number.isInteger(size) || size < 1 || size > max)
    throw new PaginationError('first', `first must be between 1 and ${max} (got ${size}).`);
  return size;
}
