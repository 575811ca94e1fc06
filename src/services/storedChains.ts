import type { QueryRunner } from '../db/database.js';
import { chainStartsWithLinks, storeChains, upwardLinkDays } from '../db/repositories/graphRepository.js';
import { unchangedPeriod } from '../domain/dates.js';
import { walkChain } from '../domain/oversight.js';
import type { StoredAnswers } from './storedAnswers.js';

/**
 * Walks and stores the oversight chain of every entity that has a link up, after a write
 * has bumped the data version to `version`, and gives the period around `today` in which no
 * upward link starts or ends (storeAnswers keeps it on the version node). A stored chain is
 * used only while the graph is at that version (any later write makes readers walk the
 * closure again until this runs once more). Each walk uses the reader's links and rule, so
 * the stored answer is the walked one; the links of every start are read once, in one
 * statement, rather than a closure per start.
 */
export async function storeOversightChains(run: QueryRunner, version: number, today: string): Promise<StoredAnswers> {
  const { firstDays, lastDays } = await upwardLinkDays(run);
  const period = unchangedPeriod(firstDays, lastDays, today);
  const { starts, links } = await chainStartsWithLinks(run, today);
  const rows = starts.map((start) => {
    const steps = walkChain(start.id, start.kind, links);
    return { id: start.id, ids: steps.map((s) => s.entityId), relations: steps.map((s) => s.relation) };
  });
  await storeChains(run, version, rows);
  return { count: rows.length, period };
}
