import type { AssignmentRecord, Page } from '../../domain/records.js';
import { cypher, type NamedQuery, type QueryRunner } from '../database.js';
import { groupInKeyOrder, toAssignment } from './rows.js';

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
}

/**
 * Assignments valid at asOf whose jurisdiction covers each place, batched over places.
 * A jurisdiction covers a place FULLY when it is the nation, the state, the county, or
 * a region with one of them as a member; PARTIALLY when (asked about a whole state) it
 * is a county of the state or a region made of such counties, or when it excludes a
 * part of the state. An assignment that excludes the place itself is left out (JM's
 * Part B does not apply in Arlington County, whose Part B claims go to JL).
 */
export const ASSIGNMENTS_COVERING = cypher(
  'assignment.covering',
  `WITH date($asOf) AS asOf
   UNWIND $places AS place
   OPTIONAL MATCH (s:Entity {id: place.stateId})
   OPTIONAL MATCH (c:Entity {id: place.countyId})
   // A place that is not in the graph covers nothing, not even the nationwide facts.
   WITH asOf, place, s, c WHERE place.stateId IS NULL OR s IS NOT NULL
   WITH asOf, place, [x IN [s, c] WHERE x IS NOT NULL] AS placeNodes
   CALL (placeNodes, asOf) {
     UNWIND placeNodes AS p
     MATCH (p)-[m:PART_OF]->(r:Entity {kind: 'REGION'})
     WHERE (m.validFrom IS NULL OR m.validFrom <= asOf) AND (m.validTo IS NULL OR m.validTo >= asOf)
     RETURN collect(DISTINCT r.id) AS regionIds
   }
   CALL (place, asOf) {
     OPTIONAL MATCH (cty:Entity {kind: 'COUNTY'})-[:PART_OF]->(:Entity {id: place.stateId})
     WHERE place.countyId IS NULL
     OPTIONAL MATCH (cty)-[m:PART_OF]->(r:Entity {kind: 'REGION'})
     WHERE (m.validFrom IS NULL OR m.validFrom <= asOf) AND (m.validTo IS NULL OR m.validTo >= asOf)
     RETURN collect(DISTINCT cty.id) AS innerIds, collect(DISTINCT r.id) AS innerRegionIds
   }
   WITH asOf, place, [p IN placeNodes | p.id] AS placeIds, regionIds, innerIds, innerRegionIds
   WITH asOf, place, placeIds, placeIds + regionIds + ['nation:us'] AS fullIds, innerIds,
        [x IN innerIds + innerRegionIds WHERE NOT x IN regionIds] AS partialIds
   // Start from the jurisdiction index when there is a place, from the program index otherwise,
   // and filter right at the seek so only matching facts flow on.
   CALL (place, fullIds, partialIds, asOf) {
     WITH place, fullIds, partialIds, asOf WHERE place.stateId IS NOT NULL
     UNWIND fullIds + partialIds AS jid
     MATCH (a:Assignment {jurisdictionId: jid})
     WHERE ($roles IS NULL OR a.role IN $roles)
       AND ($programIds IS NULL OR a.programId IN $programIds)
       AND ($function IS NULL OR a.function = $function)
       AND (a.validFrom IS NULL OR a.validFrom <= asOf) AND (a.validTo IS NULL OR a.validTo >= asOf)
     RETURN a
     UNION
     WITH place, asOf WHERE place.stateId IS NULL
     UNWIND coalesce($programIds, []) AS pid
     MATCH (a:Assignment {programId: pid})
     WHERE ($roles IS NULL OR a.role IN $roles)
       AND ($function IS NULL OR a.function = $function)
       AND (a.validFrom IS NULL OR a.validFrom <= asOf) AND (a.validTo IS NULL OR a.validTo >= asOf)
     RETURN a
   }
   WITH place, placeIds, fullIds, innerIds, a
   WHERE NOT any(x IN coalesce(a.excludeIds, []) WHERE x IN placeIds)
   RETURN place.key AS key, a {.*} AS a,
     CASE
       WHEN place.stateId IS NULL THEN null
       WHEN a.jurisdictionId IN fullIds
            AND NOT any(x IN coalesce(a.excludeIds, []) WHERE x IN innerIds) THEN 'FULL'
       ELSE 'PARTIAL'
     END AS coverage
   ORDER BY key, a.role, a.programId, a.function, a.id`,
);

export async function assignmentsCovering(run: QueryRunner, places: readonly PlaceKey[], filter: CoveringFilter): Promise<AssignmentRecord[][]> {
  const rows = await run.read<{ key: string; a: Record<string, unknown>; coverage: 'FULL' | 'PARTIAL' | null }>(ASSIGNMENTS_COVERING, {
    places: places.map((p) => ({ key: p.key, stateId: p.stateId, countyId: p.countyId })),
    asOf: filter.asOf,
    roles: filter.roles,
    programIds: filter.programIds,
    function: filter.function,
  });
  return groupInKeyOrder(places.map((p) => p.key), rows.map((r) => ({ key: r.key, value: toAssignment(r.a, r.coverage) })));
}

/** Assignments an entity is the administrator of, valid at asOf, paged. */
export const ADMINISTERED_BY = cypher(
  'assignment.administeredBy',
  `MATCH (e:Entity {id: $id})<-[:BY]-(a:Assignment)
   WHERE (a.validFrom IS NULL OR a.validFrom <= date($asOf)) AND (a.validTo IS NULL OR a.validTo >= date($asOf))
   WITH a ORDER BY a.role, a.jurisdictionId, a.programId, a.function, a.id
   WITH collect(a {.*}) AS items
   RETURN size(items) AS total, items[$offset..($offset + $limit)] AS page`,
);

/** Runs a query that returns { total, page } of assignment maps, as a Page. */
async function assignmentPage(run: QueryRunner, query: NamedQuery, params: Record<string, unknown> & { offset: number }): Promise<Page<AssignmentRecord>> {
  const [row] = await run.read<{ total: number; page: Record<string, unknown>[] }>(query, params);
  return { items: (row?.page ?? []).map((a) => toAssignment(a)), totalCount: row?.total ?? 0, offset: params.offset };
}

export function administeredBy(run: QueryRunner, id: string, asOf: string, offset: number, limit: number): Promise<Page<AssignmentRecord>> {
  return assignmentPage(run, ADMINISTERED_BY, { id, asOf, offset, limit });
}

/** Medicaid managed care contracts in a state, valid at asOf, paged. */
export const MANAGED_CARE_IN = cypher(
  'assignment.managedCareIn',
  `MATCH (:Entity {id: $stateId})<-[:IN]-(a:Assignment {role: 'MEDICAID_MCO'})
   WHERE (a.validFrom IS NULL OR a.validFrom <= date($asOf)) AND (a.validTo IS NULL OR a.validTo >= date($asOf))
   WITH a ORDER BY a.administratorId, a.programId, a.id
   WITH collect(a {.*}) AS items
   RETURN size(items) AS total, items[$offset..($offset + $limit)] AS page`,
);

export function managedCareIn(run: QueryRunner, stateId: string, asOf: string, offset: number, limit: number): Promise<Page<AssignmentRecord>> {
  return assignmentPage(run, MANAGED_CARE_IN, { stateId, asOf, offset, limit });
}

/** Assignments of one role whose jurisdiction is exactly the state (agency, SHIP), batched over states. */
export const STATE_ROLE_ASSIGNMENTS = cypher(
  'assignment.stateRole',
  `UNWIND $stateIds AS sid
   MATCH (:Entity {id: sid})<-[:IN]-(a:Assignment {role: $role})
   WHERE (a.validFrom IS NULL OR a.validFrom <= date($asOf)) AND (a.validTo IS NULL OR a.validTo >= date($asOf))
   RETURN sid AS key, a {.*} AS a ORDER BY key, a.id`,
);

export async function stateRoleAssignments(run: QueryRunner, stateIds: readonly string[], role: string, asOf: string): Promise<AssignmentRecord[][]> {
  const rows = await run.read<{ key: string; a: Record<string, unknown> }>(STATE_ROLE_ASSIGNMENTS, { stateIds: [...stateIds], role, asOf });
  return groupInKeyOrder(stateIds, rows.map((r) => ({ key: r.key, value: toAssignment(r.a) })));
}
