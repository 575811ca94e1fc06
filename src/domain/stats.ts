/** Folding the per-(function, role, program, jurisdiction) counts into the chart series of stats(asOf). */

export interface CountGroup {
  function: string;
  role: string;
  programId: string | null;
  jurisdictionId: string | null;
  count: number;
}

export interface StatCount {
  key: string;
  name: string | null;
  count: number;
}

export interface JurisdictionStat {
  id: string;
  name: string;
  count: number;
  byRole: StatCount[];
}

export interface StatSeries {
  assignments: number;
  byFunction: StatCount[];
  byRole: StatCount[];
  byProgram: StatCount[];
  byJurisdiction: JurisdictionStat[];
}

export const MAX_PROGRAMS = 200;
export const MAX_JURISDICTIONS = 500;

/** Largest count first; ties by key so the order is stable from one call to the next. */
const byCountThenKey = (a: { count: number; key?: string; id?: string }, b: { count: number; key?: string; id?: string }) =>
  b.count - a.count || String(a.key ?? a.id).localeCompare(String(b.key ?? b.id));

function tally(groups: CountGroup[], keyOf: (g: CountGroup) => string | null, names: Map<string, string> | null): StatCount[] {
  const counts = new Map<string, number>();
  for (const g of groups) {
    const key = keyOf(g);
    if (key === null) continue;
    counts.set(key, (counts.get(key) ?? 0) + g.count);
  }
  return [...counts].map(([key, count]) => ({ key, name: names?.get(key) ?? null, count })).sort(byCountThenKey);
}

export function foldStats(groups: CountGroup[], programNames: Map<string, string>, jurisdictionNames: Map<string, string>): StatSeries {
  const byJurisdictionGroups = new Map<string, CountGroup[]>();
  for (const g of groups) {
    if (!g.jurisdictionId || !jurisdictionNames.has(g.jurisdictionId)) continue;
    const list = byJurisdictionGroups.get(g.jurisdictionId) ?? [];
    list.push(g);
    byJurisdictionGroups.set(g.jurisdictionId, list);
  }
  const byJurisdiction = [...byJurisdictionGroups]
    .map(([id, list]) => ({
      id,
      name: jurisdictionNames.get(id)!,
      count: list.reduce((sum, g) => sum + g.count, 0),
      byRole: tally(list, (g) => g.role, null),
    }))
    .sort(byCountThenKey)
    .slice(0, MAX_JURISDICTIONS);
  return {
    assignments: groups.reduce((sum, g) => sum + g.count, 0),
    byFunction: tally(groups, (g) => g.function, null),
    byRole: tally(groups, (g) => g.role, null),
    byProgram: tally(groups, (g) => g.programId, programNames).slice(0, MAX_PROGRAMS),
    byJurisdiction,
  };
}
