import type { AssignmentRecord, ExpansionRecord, FmapRateRecord, ManagedCareAbsenceRecord } from '../../domain/records.js';
import { cypher, type QueryRunner } from '../database.js';
import { withRelated, type Row } from './assignmentRepository.js';
import { toExpansion, toFmapRate, toManagedCareAbsence } from './rows.js';
import { ASSIGNMENT_FIELDS, ENTITY_FIELDS, validAt } from './validity.js';

/** Everything a state's page shows about its own Medicaid, in one statement per batch of states. */
export interface StateFacts {
  agency: AssignmentRecord[];
  ship: AssignmentRecord[];
  expansion: ExpansionRecord | null;
  fmapRates: FmapRateRecord[];
  managedCareAbsence: ManagedCareAbsenceRecord | null;
}

export const STATE_FACTS = cypher(
  'assignment.stateFacts',
  `UNWIND $stateIds AS sid
   MATCH (s:Entity {id: sid})
   CALL (sid) {
     OPTIONAL MATCH (a:Assignment)
     WHERE a.jurisdictionId = sid AND a.role IN ['MEDICAID_AGENCY', 'SHIP'] AND ${validAt('a')}
     OPTIONAL MATCH (a)-[:BY]->(admin:Entity)
     WITH a, admin ORDER BY a.id
     RETURN collect(CASE WHEN a IS NULL THEN null ELSE {a: a {${ASSIGNMENT_FIELDS}}, admin: admin {${ENTITY_FIELDS}}} END) AS roles
   }
   CALL (s) {
     OPTIONAL MATCH (s)-[:HAS_EXPANSION]->(x:MedicaidExpansion)
     RETURN x {.stateId, .adopted, .effective, .confidence, .sources} AS expansion LIMIT 1
   }
   CALL (sid) {
     OPTIONAL MATCH (f:FmapRate {stateId: sid})
     WITH f ORDER BY f.fiscalYear DESC
     RETURN collect(f {.stateId, .fiscalYear, .percent, .confidence, .note, .sources}) AS fmaps
   }
   CALL (s) {
     OPTIONAL MATCH (s)-[:HAS_MANAGED_CARE_ABSENCE]->(n:ManagedCareAbsence)
     WITH n ORDER BY n.asOf DESC LIMIT 1
     RETURN n {.stateId, .asOf, .confidence, .note, .sources} AS absence
   }
   RETURN sid AS key, roles, expansion, fmaps, absence`,
);

export async function stateFacts(run: QueryRunner, stateIds: readonly string[], asOf: string): Promise<StateFacts[]> {
  const rows = await run.read<{
    key: string; roles: Row[]; expansion: Record<string, unknown> | null; fmaps: Record<string, unknown>[]; absence: Record<string, unknown> | null;
  }>(STATE_FACTS, { stateIds: [...new Set(stateIds)], asOf });
  const byKey = new Map(rows.map((r) => {
    const roles = r.roles.map((x) => withRelated(x));
    return [r.key, {
      agency: roles.filter((a) => a.role === 'MEDICAID_AGENCY'),
      ship: roles.filter((a) => a.role === 'SHIP'),
      expansion: r.expansion ? toExpansion(r.expansion) : null,
      fmapRates: r.fmaps.map(toFmapRate),
      managedCareAbsence: r.absence ? toManagedCareAbsence(r.absence) : null,
    } satisfies StateFacts];
  }));
  const none: StateFacts = { agency: [], ship: [], expansion: null, fmapRates: [], managedCareAbsence: null };
  return stateIds.map((id) => byKey.get(id) ?? none);
}

