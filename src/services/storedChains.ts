import type { QueryRunner } from '../db/database.js';
import { chainStarts, storeChains, upwardClosure, upwardLinkDays } from '../db/repositories/graphRepository.js';
import { unchangedPeriod, walkChain } from '../domain/oversight.js';

/**
 * Walks and stores the oversight chain of every entity that has a link up, after a write
 * has bumped the data version to `version`. A chain is stored for the period around `today`
 * in which no upward link starts or ends, and is used only while the graph is at that
 * version (any later write makes readers walk the closure again until this runs once more).
 * Each walk is the same as a reader's, so the stored answer is the walked one.
 */
export async function storeOversightChains(run: QueryRunner, version: number, today: string): Promise<number> {
  const { firstDays, lastDays } = await upwardLinkDays(run);
  const period = unchangedPeriod(firstDays, lastDays, today);
  const rows: { id: string; ids: string[]; relations: string[] }[] = [];
  for (const start of await chainStarts(run)) {
    const closure = await upwardClosure(run, start.id, today, true);
    const steps = walkChain(start.id, start.kind, closure.links);
    rows.push({ id: start.id, ids: steps.map((s) => s.entityId), relations: steps.map((s) => s.relation) });
  }
  await storeChains(run, version, period, rows);
  return rows.length;
}
