import type { QueryRunner } from '../db/database.js';
import { MAX_COVERING } from '../db/repositories/assignmentRepository.js';
import { statePages as read, type PageParts, type StatePage } from '../db/repositories/stateRepository.js';
import { MEDICARE_CONTRACTOR_ROLES } from '../domain/vocabulary.js';

/** One or all jurisdictions with whichever of their own facts and today's contractors the request needs. */
export function statePages(
  run: QueryRunner,
  which: { all: true } | { stateIds: string[] },
  today: string,
  want: PageParts,
): Promise<StatePage[]> {
  return read(run, which, today, { ...want, roles: [...MEDICARE_CONTRACTOR_ROLES], limit: MAX_COVERING });
}
