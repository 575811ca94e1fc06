import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, PaginationError } from './pagination.js';

/**
 * Keyset pages: the cursor is the last id seen, so the next page seeks the index just past
 * it instead of skipping rows. Opaque to clients; a different prefix than offset cursors, so
 * one cannot be passed where the other is expected.
 */
export function encodeKeyCursor(id: string): string {
  return Buffer.from(`k:${id}`, 'utf8').toString('base64url');
}

export function decodeKeyCursor(cursor: string): string {
  const text = Buffer.from(cursor, 'base64url').toString('utf8');
  if (!text.startsWith('k:') || text.length < 3 || text.length > 302) {
    throw new PaginationError('after', `Invalid cursor ${JSON.stringify(cursor)}: pass an endCursor or cursor from an earlier page of this list.`);
  }
  return text.slice(2);
}

export function keysetWindow(first: number | null | undefined, after: string | null | undefined) {
  const size = first ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(size) || size < 1 || size > MAX_PAGE_SIZE) {
    throw new PaginationError('first', `first must be between 1 and ${MAX_PAGE_SIZE} (got ${size}).`);
  }
  return { afterId: after ? decodeKeyCursor(after) : null, limit: size };
}

/** A connection from rows fetched with LIMIT limit + 1: the extra row only says there is a next page. */
export function toKeysetConnection<T extends { id: string }>(rows: T[], limit: number, afterId: string | null) {
  const items = rows.slice(0, limit);
  const edges = items.map((node) => ({ cursor: encodeKeyCursor(node.id), node }));
  return {
    edges,
    pageInfo: {
      hasNextPage: rows.length > limit,
      hasPreviousPage: afterId !== null,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}
