import type { AssignmentRecord } from '../../domain/records.js';
import type { KeysetPage, SortKey } from '../../domain/pagination.js';
import { cypher, type QueryRunner } from '../database.js';
import { groupInKeyOrder, toAssignment, toEntity } from './rows.js';
import { ASSIGNMENT_FIELDS, ENTITY_FIELDS, validAt } from './validity.js';

/** A place to match assignments against: a state, optionally narrowed to a county; or anywhere. */
export interface PlaceKey {
  key: string;
  stateId: string | null;
  countyId: string | null;
}

export interface CoveringFilter {
  asOf: string;
  roles: string[] | null;
  programIds: string[] | null;
  function: string | null;
  /** At most this many per place. */
  limit: number;
}

/** The most any place-based list returns (whoAdministers, medicareContractors); documented in the schema. */
export const MAX_COVERING = 500;

/**
 * Assignments covering each place at asOf, read from the COVERS edges the loader derives
 * (domain/coverage.ts has the rule): one seek on the place, filters on the edge. A county
 * that is not in the graph is answered from the state's covers that span the whole state.
 * The administrator comes along, so naming it costs no second round trip.
 */
export const ASSIGNMENTS_COVERING = cypher(
  'assignment.covering',
  `UNWIND $places AS place
   CALL (place) {
     OPTIONAL MATCH (c:Entity {id: place.countyId})
     MATCH (p:Entity {id: coalesce(c.id, place.stateId)})<-[cv:COVERS]-(a:Assignment)
     WHERE ${validAt('cv')}
       AND ($roles IS NULL OR cv.role IN $roles)
       AND ($programIds IS NULL OR cv.programId IN $programIds)
       AND ($function IS NULL OR cv.function = $function)
       AND (place.countyId IS NULL OR c IS NOT NULL OR cv.whole)
     WITH a, min(CASE WHEN place.countyId IS NOT NULL AND c IS NULL THEN 'FULL' ELSE cv.coverage END) AS coverage
     ORDER BY a.role, a.programId, a.function, a.id
     LIMIT toInteger($limit)
     MATCH (a)-[:BY]->(admin:Entity)
     RETURN a, coverage, admin
   }
   RETURN place.key AS key, a {${ASSIGNMENT_FIELDS}} AS a, coverage, admin {${ENTITY_FIELDS}} AS admin
   ORDER BY key, a.role, a.programId, a.function, a.id`,
);

/** With no place: every assignment for the programs, from the program index. */
export const ASSIGNMENTS_FOR_PROGRAMS = cypher(
  'assignment.forPrograms',
  `UNWIND $programIds AS pid
   MATCH (a:Assignment {programId: pid})
   WHERE ${validAt('a')}
     AND ($roles IS NULL OR a.role IN $roles)
     AND ($function IS NULL OR a.function = $function)
   WITH a ORDER BY a.role, a.programId, a.function, a.id LIMIT toInteger($limit)
   MATCH (a)-[:BY]->(admin:Entity)
   RETURN a {${ASSIGNMENT_FIELDS}} AS a, admin {${ENTITY_FIELDS}} AS admin
   ORDER BY a.role, a.programId, a.function, a.id`,
);

export type Row = { a: Record<string, unknown>; admin: Record<string, unknown> | null; coverage?: 'FULL' | 'PARTIAL' | null };

export function withRelated(r: Row, ...more: (Record<string, unknown> | null | undefined)[]): AssignmentRecord {
  const related = [r.admin, ...more].filter((e): e is Record<string, unknown> => !!e).map(toEntity);
  return { ...toAssignment(r.a, r.coverage ?? null), related };
}

export async function assignmentsCovering(run: QueryRunner, places: readonly PlaceKey[], filter: CoveringFilter): Promise<AssignmentRecord[][]> {
  const params = { asOf: filter.asOf, roles: filter.roles, programIds: filter.programIds, function: filter.function, limit: filter.limit };
  const anywhere = places.filter((p) => p.stateId === null);
  const located = places.filter((p) => p.stateId !== null);
  const rows: { key: string; value: AssignmentRecord }[] = [];
  if (located.length > 0) {
    const found = await run.read<Row & { key: string }>(ASSIGNMENTS_COVERING, {
      ...params,
      places: located.map((p) => ({ key: p.key, stateId: p.stateId, countyId: p.countyId })),
    });
    rows.push(...found.map((r) => ({ key: r.key, value: withRelated(r) })));
  }
  if (anywhere.length > 0) {
    const found = await run.read<Row>(ASSIGNMENTS_FOR_PROGRAMS, { ...params, programIds: filter.programIds ?? [] });
    for (const p of anywhere) rows.push(...found.map((r) => ({ key: p.key, value: withRelated(r) })));
  }
  return groupInKeyOrder(places.map((p) => p.key), rows);
}

/**
 * What an entity administers at asOf, by assignment id, resumed after the last id seen:
 * a seek on the (administratorId, id) index, LIMIT first + 1. Program, place and
 * administrator come along for the fields a listing shows.
 */
export const ADMINISTERED_BY = cypher(
  'assignment.administeredBy',
  `MATCH (a:Assignment)
   WHERE a.administratorId = $id AND a.id > $after AND ${validAt('a')}
   WITH a ORDER BY a.administratorId, a.id LIMIT toInteger($limit) + 1
   MATCH (a)-[:BY]->(admin:Entity), (a)-[:FOR]->(program:Entity)
   OPTIONAL MATCH (a)-[:IN]->(place:Entity)
   RETURN a {${ASSIGNMENT_FIELDS}} AS a, admin {${ENTITY_FIELDS}} AS admin, program {${ENTITY_FIELDS}} AS program,
          place {${ENTITY_FIELDS}} AS place
   ORDER BY a.id`,
);

export const ADMINISTERED_BY_COUNT = cypher(
  'assignment.administeredByCount',
  `MATCH (a:Assignment) WHERE a.administratorId = $id AND ${validAt('a')} RETURN count(a) AS total`,
);

type PageRow = Row & { program: Record<string, unknown> | null; place: Record<string, unknown> | null };

function idPage(rows: PageRow[], after: SortKey | null, limit: number): KeysetPage<AssignmentRecord> {
  return {
    rows: rows.map((r) => ({ node: withRelated(r, r.program, r.place), key: [String(r.a.id)] })),
    limit,
    hadCursor: after !== null,
  };
}

const afterId = (after: SortKey | null) => (after ? String(after[0]) : '');

export async function administeredBy(run: QueryRunner, id: string, asOf: string, after: SortKey | null, limit: number): Promise<KeysetPage<AssignmentRecord>> {
  return idPage(await run.read<PageRow>(ADMINISTERED_BY, { id, asOf, after: afterId(after), limit }), after, limit);
}

export async function countAdministeredBy(run: QueryRunner, id: string, asOf: string): Promise<number> {
  const [row] = await run.read<{ total: number }>(ADMINISTERED_BY_COUNT, { id, asOf });
  return row?.total ?? 0;
}

/** Medicaid managed care contracts in a state at asOf: a seek on (jurisdictionId, role, id). */
export const MANAGED_CARE_IN = cypher(
  'assignment.managedCareIn',
  `MATCH (a:Assignment)
   WHERE a.jurisdictionId = $stateId AND a.role = 'MEDICAID_MCO' AND a.id > $after AND ${validAt('a')}
   WITH a ORDER BY a.jurisdictionId, a.role, a.id LIMIT toInteger($limit) + 1
   MATCH (a)-[:BY]->(admin:Entity), (a)-[:FOR]->(program:Entity)
   RETURN a {${ASSIGNMENT_FIELDS}} AS a, admin {${ENTITY_FIELDS}} AS admin, program {${ENTITY_FIELDS}} AS program, null AS place
   ORDER BY a.id`,
);

export const MANAGED_CARE_COUNT = cypher(
  'assignment.managedCareCount',
  `MATCH (a:Assignment) WHERE a.jurisdictionId = $stateId AND a.role = 'MEDICAID_MCO' AND ${validAt('a')} RETURN count(a) AS total`,
);

export async function managedCareIn(run: QueryRunner, stateId: string, asOf: string, after: SortKey | null, limit: number): Promise<KeysetPage<AssignmentRecord>> {
  return idPage(await run.read<PageRow>(MANAGED_CARE_IN, { stateId, asOf, after: afterId(after), limit }), after, limit);
}

export async function countManagedCareIn(run: QueryRunner, stateId: string, asOf: string): Promise<number> {
  const [row] = await run.read<{ total: number }>(MANAGED_CARE_COUNT, { stateId, asOf });
  return row?.total ?? 0;
}
