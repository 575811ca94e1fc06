import type { EntityRecord, Page, RelationshipRecord, SourceRecord } from '../../domain/records.js';
import { cypher, type QueryRunner } from '../database.js';
import { groupInKeyOrder, oneInKeyOrder, toEntity, toRelationship, toSource } from './rows.js';

export const ENTITIES_BY_IDS = cypher(
  'entity.byIds',
  `UNWIND $ids AS id
   MATCH (e:Entity {id: id})
   RETURN e {.*} AS e`,
);

export async function entitiesByIds(run: QueryRunner, ids: readonly string[]): Promise<(EntityRecord | null)[]> {
  const rows = await run.read<{ e: Record<string, unknown> }>(ENTITIES_BY_IDS, { ids: [...ids] });
  return oneInKeyOrder(ids, rows.map((r) => ({ key: String(r.e.id), value: toEntity(r.e) })));
}

export const SOURCES_BY_IDS = cypher(
  'source.byIds',
  `UNWIND $ids AS id
   MATCH (s:Source {id: id})
   RETURN s {.*} AS s`,
);

export async function sourcesByIds(run: QueryRunner, ids: readonly string[]): Promise<(SourceRecord | null)[]> {
  const rows = await run.read<{ s: Record<string, unknown> }>(SOURCES_BY_IDS, { ids: [...ids] });
  return oneInKeyOrder(ids, rows.map((r) => ({ key: String(r.s.id), value: toSource(r.s) })));
}

export const JURISDICTIONS = cypher(
  'entity.jurisdictions',
  `MATCH (e:Entity) WHERE e.kind IN ['STATE', 'DISTRICT', 'TERRITORY']
   RETURN e {.*} AS e ORDER BY e.code`,
);

export async function listJurisdictions(run: QueryRunner): Promise<EntityRecord[]> {
  const rows = await run.read<{ e: Record<string, unknown> }>(JURISDICTIONS);
  return rows.map((r) => toEntity(r.e));
}

export const SEARCH = cypher(
  'entity.search',
  `CALL db.index.fulltext.queryNodes('entity_text', $query) YIELD node, score
   WHERE $kinds IS NULL OR node.kind IN $kinds
   WITH node, score ORDER BY score DESC, node.name ASC
   WITH collect({e: node {.*}, score: score}) AS hits
   RETURN size(hits) AS total, hits[$offset..($offset + $limit)] AS page`,
);

export async function searchEntities(
  run: QueryRunner,
  query: string,
  kinds: string[] | null,
  offset: number,
  limit: number,
): Promise<Page<{ entity: EntityRecord; score: number }>> {
  const [row] = await run.read<{ total: number; page: { e: Record<string, unknown>; score: number }[] }>(SEARCH, { query, kinds, offset, limit });
  return {
    items: (row?.page ?? []).map((h) => ({ entity: toEntity(h.e), score: h.score })),
    totalCount: row?.total ?? 0,
    offset,
  };
}

/**
 * Relationships between entities, seen from one of them. Fact nodes (assignments, FMAP
 * rates) are not entities and are reached through their own fields instead.
 */
export const RELATIONSHIPS = cypher(
  'entity.relationships',
  `MATCH (e:Entity {id: $id})
   CALL (e) {
     MATCH (e)-[r]->(o:Entity) WHERE $outTypes IS NULL OR type(r) IN $outTypes
     RETURN r, 'OUTGOING' AS direction, e.id AS fromId, o.id AS toId, o.name AS otherName
     UNION ALL
     MATCH (e)<-[r]-(o:Entity) WHERE $inTypes IS NULL OR type(r) IN $inTypes
     RETURN r, 'INCOMING' AS direction, o.id AS fromId, e.id AS toId, o.name AS otherName
   }
   WITH r, direction, fromId, toId, otherName
   ORDER BY type(r), direction, otherName, r.validFrom
   WITH collect({type: type(r), direction: direction, fromId: fromId, toId: toId, validFrom: r.validFrom,
                 validTo: r.validTo, confidence: r.confidence, note: r.note, sources: r.sources}) AS rels
   RETURN size(rels) AS total, rels[$offset..($offset + $limit)] AS page`,
);

export async function relationshipsOf(
  run: QueryRunner,
  id: string,
  /** Stored types to read in each direction: null for all, [] for none (see domain/relations.ts). */
  types: { outgoing: string[] | null; incoming: string[] | null },
  offset: number,
  limit: number,
): Promise<Page<RelationshipRecord>> {
  const [row] = await run.read<{ total: number; page: Record<string, unknown>[] }>(RELATIONSHIPS, {
    id, outTypes: types.outgoing, inTypes: types.incoming, offset, limit,
  });
  return { items: (row?.page ?? []).map(toRelationship), totalCount: row?.total ?? 0, offset };
}

export const PROGRAM_PARTS = cypher(
  'program.parts',
  `UNWIND $ids AS id
   MATCH (p:Entity {id: id})<-[:PART_OF]-(part:Entity {kind: 'PROGRAM'})
   RETURN id AS key, part {.*} AS e ORDER BY part.id`,
);

export async function programPartsByIds(run: QueryRunner, ids: readonly string[]): Promise<EntityRecord[][]> {
  const rows = await run.read<{ key: string; e: Record<string, unknown> }>(PROGRAM_PARTS, { ids: [...ids] });
  return groupInKeyOrder(ids, rows.map((r) => ({ key: r.key, value: toEntity(r.e) })));
}

export const PROGRAM_PARENTS = cypher(
  'program.parents',
  `UNWIND $ids AS id
   MATCH (p:Entity {id: id})-[:PART_OF]->(parent:Entity {kind: 'PROGRAM'})
   RETURN id AS key, parent {.*} AS e`,
);

export async function programParentsByIds(run: QueryRunner, ids: readonly string[]): Promise<(EntityRecord | null)[]> {
  const rows = await run.read<{ key: string; e: Record<string, unknown> }>(PROGRAM_PARENTS, { ids: [...ids] });
  return oneInKeyOrder(ids, rows.map((r) => ({ key: r.key, value: toEntity(r.e) })));
}

/** The program and every program that is part of it, at any depth; empty when the id is not a program. */
export const PROGRAM_WITH_PARTS = cypher(
  'program.withParts',
  `MATCH (root:Entity {id: $id}) WHERE root.kind = 'PROGRAM'
   OPTIONAL MATCH (part:Entity)-[:PART_OF*1..4]->(root) WHERE part.kind = 'PROGRAM'
   RETURN root.id AS id, collect(DISTINCT part.id) AS parts`,
);

export async function programWithParts(run: QueryRunner, id: string): Promise<string[]> {
  const [row] = await run.read<{ id: string; parts: string[] }>(PROGRAM_WITH_PARTS, { id });
  return row ? [row.id, ...row.parts] : [];
}

export const REGION_MEMBERS = cypher(
  'region.members',
  `UNWIND $ids AS id
   MATCH (r:Entity {id: id})<-[m:PART_OF]-(member:Entity)
   WHERE (m.validFrom IS NULL OR m.validFrom <= date($asOf)) AND (m.validTo IS NULL OR m.validTo >= date($asOf))
   RETURN id AS key, member {.*} AS e ORDER BY member.kind DESC, member.code`,
);

export async function regionMembersByIds(run: QueryRunner, ids: readonly string[], asOf: string): Promise<EntityRecord[][]> {
  const rows = await run.read<{ key: string; e: Record<string, unknown> }>(REGION_MEMBERS, { ids: [...ids], asOf });
  return groupInKeyOrder(ids, rows.map((r) => ({ key: r.key, value: toEntity(r.e) })));
}

export const REGIONS_OF = cypher(
  'place.regions',
  `UNWIND $ids AS id
   MATCH (p:Entity {id: id})-[m:PART_OF]->(r:Entity {kind: 'REGION'})
   WHERE (m.validFrom IS NULL OR m.validFrom <= date($asOf)) AND (m.validTo IS NULL OR m.validTo >= date($asOf))
   RETURN id AS key, r {.*} AS e ORDER BY r.id`,
);

export async function regionsOfPlaces(run: QueryRunner, ids: readonly string[], asOf: string): Promise<EntityRecord[][]> {
  const rows = await run.read<{ key: string; e: Record<string, unknown> }>(REGIONS_OF, { ids: [...ids], asOf });
  return groupInKeyOrder(ids, rows.map((r) => ({ key: r.key, value: toEntity(r.e) })));
}

export const COUNTIES_OF = cypher(
  'place.counties',
  `UNWIND $ids AS id
   MATCH (s:Entity {id: id})<-[:PART_OF]-(c:Entity {kind: 'COUNTY'})
   RETURN id AS key, c {.*} AS e ORDER BY c.fips`,
);

export async function countiesOfStates(run: QueryRunner, ids: readonly string[]): Promise<EntityRecord[][]> {
  const rows = await run.read<{ key: string; e: Record<string, unknown> }>(COUNTIES_OF, { ids: [...ids] });
  return groupInKeyOrder(ids, rows.map((r) => ({ key: r.key, value: toEntity(r.e) })));
}
