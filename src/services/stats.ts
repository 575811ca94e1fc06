import type { QueryRunner } from '../db/database.js';
import { readStats } from '../db/repositories/statsRepository.js';
import { foldStats, type StatSeries } from '../domain/stats.js';

export interface StatsResult extends StatSeries {
  asOf: string;
  topAdministrators: { id: string; name: string; jurisdictions: number; assignments: number }[];
  plansByParent: { id: string; name: string; plans: number; enrollment: number | null }[];
}

/** stats(asOf): one read, folded into chart series here rather than in Cypher. */
export async function stats(run: QueryRunner, asOf: string): Promise<StatsResult> {
  const rows = await readStats(run, asOf);
  const names = (list: { id: string; name: string }[]) => new Map(list.map((n) => [n.id, n.name]));
  return {
    asOf,
    ...foldStats(rows.groups, names(rows.programNames), names(rows.jurisdictionNames)),
    topAdministrators: rows.topAdministrators,
    plansByParent: rows.plansByParent,
  };
}
