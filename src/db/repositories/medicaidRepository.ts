import type { ExpansionRecord, FmapRateRecord, ManagedCareAbsenceRecord } from '../../domain/records.js';
import { cypher, type QueryRunner } from '../database.js';
import { groupInKeyOrder, oneInKeyOrder, toExpansion, toFmapRate, toManagedCareAbsence } from './rows.js';

/** Per-state Medicaid facts that are not assignments: expansion, FMAP, managed care absence. */

export const EXPANSIONS = cypher(
  'medicaid.expansions',
  `UNWIND $stateIds AS sid
   MATCH (x:MedicaidExpansion {stateId: sid})
   RETURN sid AS key, x {.*} AS x`,
);

export async function expansionsByStates(run: QueryRunner, stateIds: readonly string[]): Promise<(ExpansionRecord | null)[]> {
  const rows = await run.read<{ key: string; x: Record<string, unknown> }>(EXPANSIONS, { stateIds: [...stateIds] });
  return oneInKeyOrder(stateIds, rows.map((r) => ({ key: r.key, value: toExpansion(r.x) })));
}

export const FMAP_RATES = cypher(
  'medicaid.fmapRates',
  `UNWIND $stateIds AS sid
   MATCH (f:FmapRate {stateId: sid})
   RETURN sid AS key, f {.*} AS f ORDER BY key, f.fiscalYear DESC`,
);

/** Every FMAP loaded per state, newest fiscal year first. */
export async function fmapRatesByStates(run: QueryRunner, stateIds: readonly string[]): Promise<FmapRateRecord[][]> {
  const rows = await run.read<{ key: string; f: Record<string, unknown> }>(FMAP_RATES, { stateIds: [...stateIds] });
  return groupInKeyOrder(stateIds, rows.map((r) => ({ key: r.key, value: toFmapRate(r.f) })));
}

export const MANAGED_CARE_ABSENCES = cypher(
  'medicaid.managedCareAbsences',
  `UNWIND $stateIds AS sid
   MATCH (n:ManagedCareAbsence {stateId: sid})
   WITH sid, n ORDER BY n.asOf DESC
   WITH sid, collect(n)[0] AS latest
   RETURN sid AS key, latest {.*} AS n`,
);

/** The latest "no comprehensive managed care" finding per state. */
export async function managedCareAbsencesByStates(run: QueryRunner, stateIds: readonly string[]): Promise<(ManagedCareAbsenceRecord | null)[]> {
  const rows = await run.read<{ key: string; n: Record<string, unknown> }>(MANAGED_CARE_ABSENCES, { stateIds: [...stateIds] });
  return oneInKeyOrder(stateIds, rows.map((r) => ({ key: r.key, value: toManagedCareAbsence(r.n) })));
}
