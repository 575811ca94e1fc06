import type { AssignmentRecord, EntityRecord, ExpansionRecord, FmapRateRecord, ManagedCareAbsenceRecord } from '../../domain/records.js';
import { cypher, type QueryRunner } from '../database.js';
import { byListOrder, withRelated, type Row } from './assignmentRepository.js';
import { toAssignment, toEntity, toExpansion, toFmapRate, toManagedCareAbsence } from './rows.js';
import { JURISDICTION_KINDS } from '../../domain/vocabulary.js';
import { ASSIGNMENT_CORE_FIELDS, ASSIGNMENT_FIELDS, ENTITY_FIELDS, validAt } from './validity.js';

const JURISDICTION_KIND_LIST = `[${JURISDICTION_KINDS.map((k) => `'${k}'`).join(', ')}]`;

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


/**
 * A state's page in one statement: the jurisdiction itself, its own Medicaid facts (when
 * $facts) and the Medicare contractors covering it today (when $contractors), for the
 * listed states or, with $all, every jurisdiction by code. The dashboard and the
 * 56-jurisdiction list are then one round trip instead of one per level.
 */
export const STATE_PAGES = cypher(
  'state.pages',
  `CALL () {
     MATCH (s:Entity) WHERE $all AND s.kind IN ${JURISDICTION_KIND_LIST} RETURN s
     UNION
     UNWIND $stateIds AS sid MATCH (s:Entity {id: sid}) RETURN s
   }
   WITH s ORDER BY s.code
   CALL (s) {
     OPTIONAL MATCH (a:Assignment)
     WHERE $facts AND a.jurisdictionId = s.id AND a.role IN ['MEDICAID_AGENCY', 'SHIP'] AND ${validAt('a')}
     OPTIONAL MATCH (a)-[:BY]->(admin:Entity)
     WITH a, admin ORDER BY a.id
     RETURN collect(CASE WHEN a IS NULL THEN null ELSE {a: a {${ASSIGNMENT_FIELDS}}, admin: admin {${ENTITY_FIELDS}}} END) AS roles
   }
   CALL (s) {
     OPTIONAL MATCH (s)-[:HAS_EXPANSION]->(x:MedicaidExpansion) WHERE $facts
     RETURN x {.stateId, .adopted, .effective, .confidence, .sources} AS expansion LIMIT 1
   }
   CALL (s) {
     OPTIONAL MATCH (f:FmapRate {stateId: s.id}) WHERE $facts
     WITH f ORDER BY f.fiscalYear DESC
     RETURN collect(f {.stateId, .fiscalYear, .percent, .confidence, .note, .sources}) AS fmaps
   }
   CALL (s) {
     OPTIONAL MATCH (s)-[:HAS_MANAGED_CARE_ABSENCE]->(n:ManagedCareAbsence) WHERE $facts
     WITH n ORDER BY n.asOf DESC LIMIT 1
     RETURN n {.stateId, .asOf, .confidence, .note, .sources} AS absence
   }
   CALL (s) {
     OPTIONAL MATCH (s)<-[cv:COVERS]-(a:Assignment)
     WHERE $contractors AND ${validAt('cv')} AND cv.role IN $roles
     WITH a, min(cv.coverage) AS coverage
     ORDER BY a.role, a.programId, a.function, a.id
     LIMIT toInteger($limit)
     OPTIONAL MATCH (a)-[:BY]->(admin:Entity)
     RETURN collect(CASE WHEN a IS NULL THEN null ELSE {a: a {${ASSIGNMENT_CORE_FIELDS}}, coverage: coverage} END) AS contractors,
            collect(DISTINCT admin {${ENTITY_FIELDS}}) AS admins
   }
   RETURN s {${ENTITY_FIELDS}} AS s, roles, expansion, fmaps, absence, contractors, admins`,
);

export interface StatePage {
  state: EntityRecord;
  facts: StateFacts | null;
  contractors: AssignmentRecord[] | null;
}

export async function statePages(
  run: QueryRunner,
  which: { all: true } | { stateIds: string[] },
  asOf: string,
  want: { facts: boolean; contractors: boolean; roles: string[]; limit: number },
): Promise<StatePage[]> {
  const rows = await run.read<{
    s: Record<string, unknown>; roles: Row[]; expansion: Record<string, unknown> | null; fmaps: Record<string, unknown>[];
    absence: Record<string, unknown> | null; contractors: { a: Record<string, unknown>; coverage: 'FULL' | 'PARTIAL' }[]; admins: Record<string, unknown>[];
  }>(STATE_PAGES, {
    all: 'all' in which, stateIds: 'stateIds' in which ? which.stateIds : [], asOf,
    facts: want.facts, contractors: want.contractors, roles: want.roles, limit: want.limit,
  });
  return rows.map((r) => {
    const admins = new Map(r.admins.map((e) => [String(e.id), toEntity(e)]));
    const roles = r.roles.map((x) => withRelated(x));
    return {
      state: toEntity(r.s),
      facts: want.facts
        ? {
            agency: roles.filter((a) => a.role === 'MEDICAID_AGENCY'),
            ship: roles.filter((a) => a.role === 'SHIP'),
            expansion: r.expansion ? toExpansion(r.expansion) : null,
            fmapRates: r.fmaps.map(toFmapRate),
            managedCareAbsence: r.absence ? toManagedCareAbsence(r.absence) : null,
          }
        : null,
      contractors: want.contractors
        ? r.contractors.map((c) => {
            const record = toAssignment(c.a, c.coverage);
            const admin = admins.get(record.administratorId);
            return { ...record, related: admin ? [admin] : [] };
          }).sort(byListOrder)
        : null,
    };
  });
}
