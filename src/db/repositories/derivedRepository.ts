import { buildPlaceIndex, coversOf, overlap, type Membership, type PlaceInfo } from '../../domain/coverage.js';
import { PLACE_KINDS } from '../../domain/vocabulary.js';
import { cypher, type QueryRunner } from '../database.js';
import { cypherList, PLACE_KIND_LIST } from './kindLists.js';

/**
 * What the loader derives from the facts so that questions read an index instead of
 * re-deriving it per request: COVERS edges from each assignment to every state and county
 * it covers (the rule is domain/coverage.ts), and one ADMINISTERS / ACTS_UNDER / OPERATES_IN
 * edge per (administrator, target) pair standing for all the assignments between them
 * (OPERATES_IN leads from an administrator to the place of its facts, so a place reaches the
 * bodies working there). The seed
 * loader calls rebuildDerived inside its transaction; an importer calls it after writing.
 */

export const PLACES_AND_MEMBERSHIPS = cypher(
  'derived.places',
  `CALL () {
     MATCH (p:Entity) WHERE p.kind IN ${PLACE_KIND_LIST}
     RETURN collect({id: p.id, kind: p.kind, stateId: p.stateId}) AS places
   }
   CALL () {
     MATCH (m:Entity)-[r:PART_OF]->(g:Entity {kind: 'REGION'})
     RETURN collect({regionId: g.id, memberId: m.id, validFrom: r.validFrom, validTo: r.validTo}) AS memberships
   }
   RETURN places, memberships`,
);

export const ASSIGNMENT_SCOPES = cypher(
  'derived.assignmentScopes',
  `MATCH (a:Assignment) WHERE a.jurisdictionId IS NOT NULL
   RETURN a.id AS id, a.jurisdictionId AS jurisdictionId, coalesce(a.excludeIds, []) AS excludeIds,
          a.role AS role, a.programId AS programId, a.function AS function, a.validFrom AS validFrom, a.validTo AS validTo`,
);

export const DELETE_COVERS = cypher('derived.deleteCovers', `MATCH (:Assignment)-[c:COVERS]->() DELETE c`);

/** The places one import wrote (counties from the registry package), by the origin it stamps on them. */
export const PLACES_OF_ORIGIN = cypher(
  'derived.placesOfOrigin',
  `MATCH (p:Entity {origin: $origin}) WHERE p.kind IN ${cypherList(PLACE_KINDS.filter((k) => k !== 'NATION'))} RETURN p.id AS id`,
);

export const DELETE_COVERS_OF_PLACES = cypher(
  'derived.deleteCoversOfPlaces',
  `UNWIND $ids AS id
   MATCH (:Entity {id: id})<-[c:COVERS]-(:Assignment)
   DELETE c`,
);

/**
 * The edge repeats the fact's role, program, function and (intersected) period, so a
 * question filters while expanding from the place, without touching the fact nodes it drops.
 */
export const CREATE_COVERS = cypher(
  'derived.createCovers',
  `UNWIND $rows AS row
   MATCH (a:Assignment {id: row.assignmentId}), (p:Entity {id: row.placeId})
   CREATE (a)-[:COVERS {coverage: row.coverage, whole: row.whole, role: row.role, programId: row.programId, function: row.function,
                        validFrom: CASE WHEN row.validFrom IS NULL THEN null ELSE date(row.validFrom) END,
                        validTo: CASE WHEN row.validTo IS NULL THEN null ELSE date(row.validTo) END}]->(p)`,
);

export const REBUILD_PAIR_EDGES = cypher(
  'derived.pairEdges',
  `CALL () { MATCH (:Entity)-[d:ADMINISTERS|ACTS_UNDER|OPERATES_IN {origin: 'derived'}]->(:Entity) DELETE d }
   CALL () {
     MATCH (admin:Entity)<-[:BY]-(a:Assignment)-[:FOR]->(target:Entity)
     RETURN admin, target, a, 'ADMINISTERS' AS type
     UNION ALL
     MATCH (admin:Entity)<-[:BY]-(a:Assignment)-[:UNDER]->(target:Entity)
     RETURN admin, target, a, 'ACTS_UNDER' AS type
     UNION ALL
     MATCH (admin:Entity)<-[:BY]-(a:Assignment)-[:IN]->(target:Entity)
     RETURN admin, target, a, 'OPERATES_IN' AS type
   }
   WITH admin, target, type, a ORDER BY a.id
   WITH admin, target, type, collect(a) AS facts
   CALL (admin, target, type, facts) {
     WITH * WHERE type = 'ADMINISTERS'
     CREATE (admin)-[d:ADMINISTERS]->(target) RETURN d
     UNION
     WITH * WHERE type = 'ACTS_UNDER'
     CREATE (admin)-[d:ACTS_UNDER]->(target) RETURN d
     UNION
     WITH * WHERE type = 'OPERATES_IN'
     CREATE (admin)-[d:OPERATES_IN]->(target) RETURN d
   }
   WITH d, facts, [x IN facts | coalesce(x.validFrom, date('0001-01-01'))] AS froms, [x IN facts | coalesce(x.validTo, date('9999-12-31'))] AS tos
   SET d.origin = 'derived', d.assignmentIds = [x IN facts | x.id], d.roles = [x IN facts | x.role],
       d.froms = froms, d.tos = tos,
       d.validFrom = CASE WHEN any(x IN facts WHERE x.validFrom IS NULL) THEN null ELSE reduce(m = froms[0], f IN froms | CASE WHEN f < m THEN f ELSE m END) END,
       d.validTo = CASE WHEN any(x IN facts WHERE x.validTo IS NULL) THEN null ELSE reduce(m = tos[0], t IN tos | CASE WHEN t > m THEN t ELSE m END) END,
       d.sources = reduce(s = [], x IN facts | s + [y IN coalesce(x.sources, []) WHERE NOT y IN s]),
       d.confidence = CASE WHEN any(x IN facts WHERE x.confidence <> 'unverified') THEN 'verified' ELSE 'unverified' END`,
);

const BATCH = 5000;

/**
 * Without `onlyPlaces`, every COVERS edge is derived again (the seed does this inside its
 * transaction). With it, only the edges into those places are replaced, batch by batch, so an
 * import that adds thousands of counties neither outgrows one transaction nor leaves the
 * other places without their edges while it runs.
 */
export async function rebuildCoverage(run: QueryRunner, onlyPlaces?: ReadonlySet<string>): Promise<number> {
  const [graph] = await run.read<{ places: PlaceInfo[]; memberships: Membership[] }>(PLACES_AND_MEMBERSHIPS);
  const index = buildPlaceIndex(graph?.places ?? [], graph?.memberships ?? []);
  const facts = await run.read<{
    id: string;
    jurisdictionId: string;
    excludeIds: string[];
    role: string;
    programId: string;
    function: string;
    validFrom: string | null;
    validTo: string | null;
  }>(ASSIGNMENT_SCOPES);
  if (onlyPlaces) {
    const ids = [...onlyPlaces];
    for (let i = 0; i < ids.length; i += 200) await run.write(DELETE_COVERS_OF_PLACES, { ids: ids.slice(i, i + 200) });
  } else {
    await run.write(DELETE_COVERS);
  }
  let rows: Record<string, unknown>[] = [];
  let written = 0;
  const flush = async () => {
    if (rows.length === 0) return;
    await run.write(CREATE_COVERS, { rows });
    written += rows.length;
    rows = [];
  };
  for (const fact of facts) {
    for (const cover of coversOf(fact, index)) {
      if (onlyPlaces && !onlyPlaces.has(cover.placeId)) continue;
      const period = overlap(fact, cover);
      if (!period) continue;
      rows.push({
        assignmentId: fact.id,
        placeId: cover.placeId,
        coverage: cover.coverage,
        whole: cover.whole,
        role: fact.role,
        programId: fact.programId,
        function: fact.function,
        ...period,
      });
      if (rows.length >= BATCH) await flush();
    }
  }
  await flush();
  return written;
}

/** The COVERS edges into the places an import stamped with `origin`, derived again. */
export async function rebuildCoverageOfOrigin(run: QueryRunner, origin: string): Promise<number> {
  const rows = await run.read<{ id: string }>(PLACES_OF_ORIGIN, { origin });
  return rebuildCoverage(run, new Set(rows.map((r) => r.id)));
}

/** Rebuilds every derived edge from the facts now in the graph. */
export async function rebuildDerived(run: QueryRunner): Promise<void> {
  await run.write(REBUILD_PAIR_EDGES);
  await rebuildCoverage(run);
}
