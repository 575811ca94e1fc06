import type { Page } from './records.js';

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

export class PaginationError extends Error {
  constructor(readonly argument: 'first' | 'after', message: string) {
    super(message);
  }
}

/** Cursors are opaque to clients; inside they are offsets into a stable ordering. */
export function encodeCursor(offset: number): string {
  return Buffer.from(`o:${offset}`, 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string): number {
  const text = Buffer.from(cursor, 'base64url').toString('utf8');
  const match = /^o:(\d{1,9})$/.exec(text);
  if (!match) throw new PaginationError('after', `Invalid cursor ${JSON.stringify(cursor)}: pass an endCursor or cursor from an earlier page.`);
  return Number(match[1]);
}

/** Turns first/after into offset/limit, enforcing 1..MAX_PAGE_SIZE. */
export function pageWindow(first: number | null | undefined, after: string | null | undefined, max = MAX_PAGE_SIZE, fallback = DEFAULT_PAGE_SIZE) {
  const size = first ?? fallback;
  if (!Number.isInteger(size) || size < 1 || size > max) {
    throw new PaginationError('first', `first must be between 1 and ${max} (got ${size}).`);
  }
  const offset = after ? decodeCursor(after) + 1 : 0;
  return { offset, limit: size };
}

export function toConnection<T>(page: Page<T>) {
  const edges = page.items.map((node, i) => ({ cursor: encodeCursor(page.offset + i), node }));
  return {
    edges,
    totalCount: page.totalCount,
    pageInfo: {
      hasNextPage: page.offset + page.items.length < page.totalCount,
      hasPreviousPage: page.offset > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}
