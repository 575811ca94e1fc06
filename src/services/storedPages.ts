import type { QueryRunner } from '../db/database.js';
import { MAX_COVERING } from '../db/repositories/assignmentRepository.js';
import { pageCoverDays, statePages, storePages } from '../db/repositories/stateRepository.js';
import { unchangedPeriod } from '../domain/dates.js';
import { MEDICARE_CONTRACTOR_ROLES } from '../domain/vocabulary.js';
import type { StoredAnswers } from './storedAnswers.js';

/** A page that shows only its Medicare contractors, each fact slim and its administrator named: what is stored. */
export const CONTRACTORS_ONLY = {
  agency: false,
  expansion: false,
  fmap: false,
  absence: false,
  contractors: true,
  adminNames: true,
  slimFacts: true,
  roles: [...MEDICARE_CONTRACTOR_ROLES],
  limit: MAX_COVERING,
};

/**
 * Reads, after a write has bumped the data version to `version`, which Medicare contractors
 * cover each jurisdiction on `today` (the page's own statement, made to expand the COVERS
 * edges), and stores that list on the jurisdiction; it gives the period around `today` over
 * which no contractor's coverage of a jurisdiction starts or ends, which storeAnswers keeps. A page then seeks those facts by id
 * while the graph stays at that version; any later write makes it expand again until this runs.
 */
export async function storeStatePages(run: QueryRunner, version: number, today: string): Promise<StoredAnswers> {
  const { firstDays, lastDays } = await pageCoverDays(run, CONTRACTORS_ONLY.roles);
  const period = unchangedPeriod(firstDays, lastDays, today);
  const pages = await statePages(run, { all: true }, today, { ...CONTRACTORS_ONLY, useStored: false });
  const rows = pages.map((p) => ({
    id: p.state.id,
    factIds: (p.contractors ?? []).map((a) => a.id),
    coverage: (p.contractors ?? []).map((a) => a.coverage ?? null),
  }));
  await storePages(run, version, rows);
  return { count: rows.length, period };
}
