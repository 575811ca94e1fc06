import { cypher, type NamedQuery, type QueryRunner } from '../database.js';

/**
 * Writes the curated seed. Every statement MERGEs on a stable key, so a second run
 * changes nothing; records no longer in the seed are removed, so the graph always
 * equals the files. Called inside one transaction by the seed command.
 */

export const MERGE_SOURCES = cypher(
  'seed.mergeSources',
  `UNWIND $rows AS row
   MERGE (s:Source {id: row.id})
   SET s.title = row.title, s.publisher = row.publisher, s.url = row.url,
       s.date = CASE WHEN row.date IS NULL THEN null ELSE date(row.date) END, s.dateKind = row.dateKind,
       s.origin = 'seed'`,
);

export const MERGE_ENTITIES = cypher(
  'seed.mergeEntities',
  `UNWIND $rows AS row
   MERGE (e:Entity {id: row.id})
   SET e.kind = row.kind, e.name = row.name, e.aliases = row.aliases,
       e.aliasText = reduce(t = '', a IN row.aliases | t + ' | ' + a), e.kindText = row.kindText,
       e.description = row.description, e.sources = row.sources, e.confidence = row.confidence,
       e.validFrom = CASE WHEN row.validFrom IS NULL THEN null ELSE date(row.validFrom) END,
       e.validTo = CASE WHEN row.validTo IS NULL THEN null ELSE date(row.validTo) END,
       e.website = row.website, e.phone = row.phone, e.contactSources = row.contactSources,
       e.note = row.note, e.code = row.code, e.fips = row.fips, e.stateId = row.state, e.origin = 'seed'`,
);

/** Relationship types cannot be parameters in Cypher, so there is one statement per type in the closed vocabulary. */
export function mergeRelationshipsQuery(type: string): NamedQuery {
  if (!/^[A-Z_]+$/.test(type)) throw new TypeError(`relationship type must be upper-case letters: ${type}`);
  return cypher(
    `seed.mergeRelationships.${type}`,
    `UNWIND $rows AS row
     MATCH (a:Entity {id: row.from}), (b:Entity {id: row.to})
     MERGE (a)-[r:${type} {key: row.key}]->(b)
     SET r.sources = row.sources, r.confidence = row.confidence, r.note = row.note,
         r.validFrom = CASE WHEN row.validFrom IS NULL THEN null ELSE date(row.validFrom) END,
         r.validTo = CASE WHEN row.validTo IS NULL THEN null ELSE date(row.validTo) END,
         r.origin = 'seed'`,
  );
}

export const DELETE_STALE_RELATIONSHIPS = cypher(
  'seed.deleteStaleRelationships',
  `MATCH (:Entity)-[r]->(:Entity)
   WHERE r.origin = 'seed' AND NOT r.key IN $keys
   DELETE r`,
);

/**
 * An assignment is a node (the n-ary fact) with edges to its parts. The edges derived from
 * it (ADMINISTERS, ACTS_UNDER, OPERATES_IN, COVERS) are rebuilt afterwards by derivedRepository.
 */
export const MERGE_ASSIGNMENTS = cypher(
  'seed.mergeAssignments',
  `UNWIND $rows AS row
   MERGE (a:Assignment {id: row.id})
   SET a.function = row.function, a.role = row.role, a.administratorId = row.administrator,
       a.programId = row.program, a.jurisdictionId = row.jurisdiction, a.principalId = row.principal,
       a.populationIds = row.populations, a.excludeIds = row.excludes, a.sources = row.sources,
       a.confidence = row.confidence, a.note = row.note, a.origin = 'seed',
       a.validFrom = CASE WHEN row.validFrom IS NULL THEN null ELSE date(row.validFrom) END,
       a.validTo = CASE WHEN row.validTo IS NULL THEN null ELSE date(row.validTo) END,
       a.awarded = CASE WHEN row.awarded IS NULL THEN null ELSE date(row.awarded) END
   WITH a, row
   OPTIONAL MATCH (a)-[old:BY|FOR|IN|UNDER|SERVES|EXCLUDES]->()
   DELETE old
   WITH DISTINCT a, row
   MATCH (admin:Entity {id: row.administrator}), (program:Entity {id: row.program})
   CREATE (a)-[:BY]->(admin), (a)-[:FOR]->(program)
   WITH a, row
   CALL (a, row) {
     OPTIONAL MATCH (j:Entity {id: row.jurisdiction})
     FOREACH (_ IN CASE WHEN j IS NULL THEN [] ELSE [1] END | CREATE (a)-[:IN]->(j))
   }
   CALL (a, row) {
     OPTIONAL MATCH (p:Entity {id: row.principal})
     FOREACH (_ IN CASE WHEN p IS NULL THEN [] ELSE [1] END | CREATE (a)-[:UNDER]->(p))
   }
   CALL (a, row) {
     UNWIND row.populations AS popId
     MATCH (pop:Entity {id: popId})
     CREATE (a)-[:SERVES]->(pop)
   }
   CALL (a, row) {
     UNWIND row.excludes AS exId
     MATCH (x:Entity {id: exId})
     CREATE (a)-[:EXCLUDES]->(x)
   }`,
);

export const DELETE_STALE_ASSIGNMENTS = cypher(
  'seed.deleteStaleAssignments',
  `MATCH (a:Assignment {origin: 'seed'}) WHERE NOT a.id IN $ids
   DETACH DELETE a`,
);

export const MERGE_EXPANSIONS = cypher(
  'seed.mergeExpansions',
  `UNWIND $rows AS row
   MATCH (s:Entity {id: row.state})
   MERGE (x:MedicaidExpansion {stateId: row.state})
   SET x.adopted = row.adopted, x.effective = CASE WHEN row.effective IS NULL THEN null ELSE date(row.effective) END,
       x.sources = row.sources, x.confidence = row.confidence, x.note = row.note, x.origin = 'seed'
   MERGE (s)-[:HAS_EXPANSION]->(x)`,
);

export const MERGE_FMAPS = cypher(
  'seed.mergeFmaps',
  `UNWIND $rows AS row
   MATCH (s:Entity {id: row.state})
   MERGE (f:FmapRate {id: row.id})
   SET f.stateId = row.state, f.fiscalYear = row.fiscalYear, f.percent = row.percent, f.sources = row.sources,
       f.confidence = row.confidence, f.note = row.note, f.origin = 'seed'
   MERGE (s)-[:HAS_FMAP]->(f)`,
);

export const MERGE_NO_MANAGED_CARE = cypher(
  'seed.mergeNoManagedCare',
  `UNWIND $rows AS row
   MATCH (s:Entity {id: row.state})
   MERGE (n:ManagedCareAbsence {stateId: row.state, asOf: date(row.asOf)})
   SET n.sources = row.sources, n.confidence = row.confidence, n.note = row.note, n.origin = 'seed'
   MERGE (s)-[:HAS_MANAGED_CARE_ABSENCE]->(n)`,
);

export const DELETE_STALE_FACT_NODES = cypher(
  'seed.deleteStaleFactNodes',
  `CALL () {
     MATCH (x:MedicaidExpansion {origin: 'seed'}) WHERE NOT x.stateId IN $expansionStates DETACH DELETE x
   }
   CALL () {
     MATCH (f:FmapRate {origin: 'seed'}) WHERE NOT f.id IN $fmapIds DETACH DELETE f
   }
   CALL () {
     MATCH (n:ManagedCareAbsence {origin: 'seed'}) WHERE NOT (n.stateId + '|' + toString(n.asOf)) IN $absenceKeys DETACH DELETE n
   }`,
);

export const DELETE_STALE_ENTITIES = cypher(
  'seed.deleteStaleEntities',
  `MATCH (e:Entity {origin: 'seed'}) WHERE NOT e.id IN $ids DETACH DELETE e`,
);

export const DELETE_STALE_SOURCES = cypher(
  'seed.deleteStaleSources',
  `MATCH (s:Source {origin: 'seed'}) WHERE NOT s.id IN $ids DETACH DELETE s`,
);

/** Whether the graph holds any entity: npm start seeds only an empty graph. */
export const COUNT_ENTITIES = cypher('seed.countEntities', 'MATCH (e:Entity) RETURN count(e) AS count');

export async function countEntities(run: QueryRunner): Promise<number> {
  const [row] = await run.read<{ count: number }>(COUNT_ENTITIES);
  return row?.count ?? 0;
}
