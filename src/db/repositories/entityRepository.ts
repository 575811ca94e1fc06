import type { EntityRecord, RelationshipRecord, SourceRecord } from '../../domain/records.js';
import type { KeysetPage, SortKey } from '../../domain/pagination.js';
import type { RelationTypes } from '../../domain/relations.js';
import { cypher, type QueryRunner } from '../database.js';
import { JURISDICTION_KIND_LIST } from './kindLists.js';
import { groupInKeyOrder, oneInKeyOrder, toEntity, toRelationship, toSource } from './rows.js';
import { ENTITY_FIELDS, ENTITY_NAME_FIELDS, validAt } from './validity.js';

export const ENTITIES_BY_IDS = cypher(
  'entity.byIds',
  `UNWIND $ids AS id
   MATCH (e:Entity {id: id})
   RETURN e {${ENTITY_FIELDS}} AS e`,
);

export async function entitiesByIds(run: QueryRunner, ids: readonly string[]): Promise<(EntityRecord | null)[]> {
  const rows = await run.read<{ e: Record<string, unknown> }>(ENTITIES_BY_IDS, { ids: [...ids] });
  return oneInKeyOrder(
    ids,
    rows.map((r) => ({ key: String(r.e.id), value: toEntity(r.e) })),
  );
}

/** Id, name and kind only, for a request that asks an entity for nothing more (the kind picks its type). */
export const ENTITY_NAMES_BY_IDS = cypher(
  'entity.namesByIds',
  `UNWIND $ids AS id
   MATCH (e:Entity {id: id})
   RETURN e {${ENTITY_NAME_FIELDS}} AS e`,
);

/** Records with only id, name and kind read: never primed into the entity loader, whose records are whole. */
export async function entityNamesByIds(run: QueryRunner, ids: readonly string[]): Promise<(EntityRecord | null)[]> {
  const rows = await run.read<{ e: Record<string, unknown> }>(ENTITY_NAMES_BY_IDS, { ids: [...ids] });
  return oneInKeyOrder(
    ids,
    rows.map((r) => ({ key: String(r.e.id), value: toEntity(r.e) })),
  );
}

export const SOURCES_BY_IDS = cypher(
  'source.byIds',
  `UNWIND $ids AS id
   MATCH (s:Source {id: id})
   RETURN s {.id, .title, .publisher, .url, .date, .dateKind} AS s`,
);

export async function sourcesByIds(run: QueryRunner, ids: readonly string[]): Promise<(SourceRecord | null)[]> {
  const rows = await run.read<{ s: Record<string, unknown> }>(SOURCES_BY_IDS, { ids: [...ids] });
  return oneInKeyOrder(
    ids,
    rows.map((r) => ({ key: String(r.s.id), value: toSource(r.s) })),
  );
}

/** The 56 jurisdictions: a fixed set, read through the kind index and ordered by code. */
export const JURISDICTIONS = cypher(
  'entity.jurisdictions',
  `MATCH (e:Entity) WHERE e.kind IN ${JURISDICTION_KIND_LIST}
   RETURN e {${ENTITY_FIELDS}} AS e ORDER BY e.code`,
);

export async function listJurisdictions(run: QueryRunner): Promise<EntityRecord[]> {
  const rows = await run.read<{ e: Record<string, unknown> }>(JURISDICTIONS);
  return rows.map((r) => toEntity(r.e));
}

/**
 * Full-text hits in (score desc, name, id) order, resumed after the last one seen; the index
 * hands hits over best first, so a page stops reading once it has first + 1.
 */
const searchText = (fields: string) =>
  `CALL db.index.fulltext.queryNodes('entity_text', $query) YIELD node, score
   WHERE ($kinds IS NULL OR node.kind IN $kinds)
     AND ($after IS NULL OR score < $after[0] OR (score = $after[0] AND [node.name, node.id] > [$after[1], $after[2]]))
   WITH node, score ORDER BY score DESC, node.name, node.id LIMIT toInteger($limit) + 1
   RETURN node {${fields}} AS e, score`;

export const SEARCH = cypher('entity.search', searchText(ENTITY_FIELDS));
/** The same page with id, name and kind only, when the request asks the hits for nothing more. */
export const SEARCH_NAMES = cypher('entity.searchNames', searchText(ENTITY_NAME_FIELDS));

export const SEARCH_COUNT = cypher(
  'entity.searchCount',
  `CALL db.index.fulltext.queryNodes('entity_text', $query) YIELD node
   WHERE $kinds IS NULL OR node.kind IN $kinds
   RETURN count(node) AS total`,
);

export async function searchEntities(
  run: QueryRunner,
  query: string,
  kinds: string[] | null,
  after: SortKey | null,
  limit: number,
  namesOnly = false,
): Promise<KeysetPage<{ entity: EntityRecord; score: number }>> {
  const rows = await run.read<{ e: Record<string, unknown>; score: number }>(namesOnly ? SEARCH_NAMES : SEARCH, {
    query,
    kinds,
    after,
    limit,
  });
  return {
    rows: rows.map((r) => ({ node: { entity: toEntity(r.e), score: r.score }, key: [r.score, String(r.e.name), String(r.e.id)] })),
    limit,
    hadCursor: after !== null,
  };
}

export async function countSearch(run: QueryRunner, query: string, kinds: string[] | null): Promise<number> {
  const [row] = await run.read<{ total: number }>(SEARCH_COUNT, { query, kinds });
  return row?.total ?? 0;
}

/**
 * Relationships between entities, seen from one of them, in (type, direction, other's
 * name, other's id, key) order and resumed after a cursor. Fact nodes (assignments, FMAP
 * rates) are not entities and are reached through their own fields instead.
 */
const RELATIONSHIP_ROWS = `
   MATCH (e:Entity {id: $id})
   CALL (e) {
     MATCH (e)-[r]->(o:Entity) WHERE $outTypes IS NULL OR type(r) IN $outTypes
     RETURN r, 'OUTGOING' AS direction, e.id AS fromId, o.id AS toId, o
     UNION ALL
     MATCH (e)<-[r]-(o:Entity) WHERE $inTypes IS NULL OR type(r) IN $inTypes
     RETURN r, 'INCOMING' AS direction, o.id AS fromId, e.id AS toId, o
   }`;

export const RELATIONSHIPS = cypher(
  'entity.relationships',
  `${RELATIONSHIP_ROWS}
   WITH r, direction, fromId, toId, [type(r), direction, o.name, o.id, coalesce(r.key, '')] AS sortKey
   WHERE $after IS NULL OR sortKey > $after
   WITH r, direction, fromId, toId, sortKey ORDER BY sortKey LIMIT toInteger($limit) + 1
   RETURN {type: type(r), direction: direction, fromId: fromId, toId: toId, validFrom: r.validFrom, validTo: r.validTo,
           confidence: r.confidence, note: r.note, sources: r.sources} AS rel, sortKey`,
);

export const RELATIONSHIPS_COUNT = cypher('entity.relationshipsCount', `${RELATIONSHIP_ROWS} RETURN count(r) AS total`);

export async function relationshipsOf(
  run: QueryRunner,
  id: string,
  /** Stored types to read in each direction: null for all, [] for none (see domain/relations.ts). */
  types: RelationTypes,
  after: SortKey | null,
  limit: number,
): Promise<KeysetPage<RelationshipRecord>> {
  const rows = await run.read<{ rel: Record<string, unknown>; sortKey: SortKey }>(RELATIONSHIPS, {
    id,
    outTypes: types.outgoing,
    inTypes: types.incoming,
    after,
    limit,
  });
  return { rows: rows.map((r) => ({ node: toRelationship(r.rel), key: r.sortKey })), limit, hadCursor: after !== null };
}

export async function countRelationships(run: QueryRunner, id: string, types: RelationTypes): Promise<number> {
  const [row] = await run.read<{ total: number }>(RELATIONSHIPS_COUNT, { id, outTypes: types.outgoing, inTypes: types.incoming });
  return row?.total ?? 0;
}

export const PROGRAM_PARTS = cypher(
  'program.parts',
  `UNWIND $ids AS id
   MATCH (p:Entity {id: id})<-[:PART_OF]-(part:Entity {kind: 'PROGRAM'})
   RETURN id AS key, part {${ENTITY_FIELDS}} AS e ORDER BY part.id`,
);

export async function programPartsByIds(run: QueryRunner, ids: readonly string[]): Promise<EntityRecord[][]> {
  const rows = await run.read<{ key: string; e: Record<string, unknown> }>(PROGRAM_PARTS, { ids: [...ids] });
  return groupInKeyOrder(
    ids,
    rows.map((r) => ({ key: r.key, value: toEntity(r.e) })),
  );
}

export const PROGRAM_PARENTS = cypher(
  'program.parents',
  `UNWIND $ids AS id
   MATCH (p:Entity {id: id})-[:PART_OF]->(parent:Entity {kind: 'PROGRAM'})
   RETURN id AS key, parent {${ENTITY_FIELDS}} AS e`,
);

export async function programParentsByIds(run: QueryRunner, ids: readonly string[]): Promise<(EntityRecord | null)[]> {
  const rows = await run.read<{ key: string; e: Record<string, unknown> }>(PROGRAM_PARENTS, { ids: [...ids] });
  return oneInKeyOrder(
    ids,
    rows.map((r) => ({ key: r.key, value: toEntity(r.e) })),
  );
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

/** Members at asOf, states before counties, then by code; at most $limit per region (a documented maximum). */
export const REGION_MEMBERS = cypher(
  'region.members',
  `UNWIND $ids AS id
   CALL (id) {
     MATCH (r:Entity {id: id})<-[m:PART_OF]-(member:Entity)
     WHERE ${validAt('m')}
     WITH member ORDER BY member.kind DESC, member.code, member.id LIMIT toInteger($limit)
     RETURN member
   }
   RETURN id AS key, member {${ENTITY_FIELDS}} AS e`,
);

export async function regionMembersByIds(run: QueryRunner, ids: readonly string[], asOf: string, limit: number): Promise<EntityRecord[][]> {
  const rows = await run.read<{ key: string; e: Record<string, unknown> }>(REGION_MEMBERS, { ids: [...ids], asOf, limit });
  return groupInKeyOrder(
    ids,
    rows.map((r) => ({ key: r.key, value: toEntity(r.e) })),
  );
}

export const REGIONS_OF = cypher(
  'place.regions',
  `UNWIND $ids AS id
   MATCH (p:Entity {id: id})-[m:PART_OF]->(r:Entity {kind: 'REGION'})
   WHERE ${validAt('m')}
   RETURN id AS key, r {${ENTITY_FIELDS}} AS e ORDER BY r.id`,
);

export async function regionsOfPlaces(run: QueryRunner, ids: readonly string[], asOf: string): Promise<EntityRecord[][]> {
  const rows = await run.read<{ key: string; e: Record<string, unknown> }>(REGIONS_OF, { ids: [...ids], asOf });
  return groupInKeyOrder(
    ids,
    rows.map((r) => ({ key: r.key, value: toEntity(r.e) })),
  );
}

/** Counties in FIPS order, at most $limit per state (a documented maximum). */
export const COUNTIES_OF = cypher(
  'place.counties',
  `UNWIND $ids AS id
   CALL (id) {
     MATCH (s:Entity {id: id})<-[:PART_OF]-(c:Entity {kind: 'COUNTY'})
     WITH c ORDER BY c.fips, c.id LIMIT toInteger($limit)
     RETURN c
   }
   RETURN id AS key, c {${ENTITY_FIELDS}} AS e`,
);

export async function countiesOfStates(run: QueryRunner, ids: readonly string[], limit: number): Promise<EntityRecord[][]> {
  const rows = await run.read<{ key: string; e: Record<string, unknown> }>(COUNTIES_OF, { ids: [...ids], limit });
  return groupInKeyOrder(
    ids,
    rows.map((r) => ({ key: r.key, value: toEntity(r.e) })),
  );
}
