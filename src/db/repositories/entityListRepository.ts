import type { EntityRecord } from '../../domain/records.js';
import type { KeysetPage, SortKey } from '../../domain/pagination.js';
import { cypher, type QueryRunner } from '../database.js';
import { toEntity } from './rows.js';
import { ENTITY_FIELDS } from './validity.js';

/**
 * One page of entities in id order, seeking the id index past the cursor. With kinds, each
 * kind seeks the (kind, id) index and contributes at most limit + 1 rows, so the merge
 * sorts a bounded list however many entities a kind has.
 */
export const ENTITIES_PAGE = cypher(
  'entity.page',
  `MATCH (e:Entity) WHERE e.id > $afterId
   WITH e ORDER BY e.id LIMIT toInteger($limit) + 1
   RETURN e {${ENTITY_FIELDS}} AS e`,
);

export const ENTITIES_OF_KINDS_PAGE = cypher(
  'entity.pageOfKinds',
  `UNWIND $kinds AS k
   CALL (k) {
     MATCH (e:Entity) WHERE e.kind = k AND e.id > $afterId
     RETURN e ORDER BY e.id LIMIT toInteger($limit) + 1
   }
   WITH e ORDER BY e.id LIMIT toInteger($limit) + 1
   RETURN e {${ENTITY_FIELDS}} AS e`,
);

export async function entitiesPage(
  run: QueryRunner,
  kinds: string[] | null,
  after: SortKey | null,
  limit: number,
): Promise<KeysetPage<EntityRecord>> {
  const query = kinds ? ENTITIES_OF_KINDS_PAGE : ENTITIES_PAGE;
  const afterId = after ? String(after[0]) : '';
  const rows = await run.read<{ e: Record<string, unknown> }>(query, { kinds, afterId, limit });
  return { rows: rows.map((r) => ({ node: toEntity(r.e), key: [String(r.e.id)] })), limit, hadCursor: after !== null };
}

/** Counted only when a client asks for totalCount; the kind index answers it without reading nodes. */
export const COUNT_ENTITIES = cypher(
  'entity.count',
  `CALL () {
     WITH 1 AS one WHERE $kinds IS NULL
     MATCH (e:Entity) RETURN count(e) AS n
     UNION ALL
     UNWIND coalesce($kinds, []) AS k
     MATCH (e:Entity) WHERE e.kind = k RETURN count(e) AS n
   }
   RETURN sum(n) AS total`,
);

export async function countEntities(run: QueryRunner, kinds: string[] | null): Promise<number> {
  const [row] = await run.read<{ total: number }>(COUNT_ENTITIES, { kinds });
  return row?.total ?? 0;
}
