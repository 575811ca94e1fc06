import type { QueryRunner } from '../db/database.js';
import { statePages as read, type PageParts, type StatePage } from '../db/repositories/stateRepository.js';
import { CONTRACTORS_ONLY } from './storedPages.js';

/**
 * One or all jurisdictions with whichever of their own facts and today's contractors the request
 * needs. The contractors are read with the roles and bound the stored lists were read with, which
 * is what lets a page use them.
 */
export function statePages(
  run: QueryRunner,
  which: { all: true } | { stateIds: string[] },
  today: string,
  want: PageParts,
): Promise<StatePage[]> {
  return read(run, which, today, { ...want, roles: CONTRACTORS_ONLY.roles, limit: CONTRACTORS_ONLY.limit });
}
