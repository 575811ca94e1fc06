import type { EdgeOut as ExportEdge, NodeOut as ExportNode } from '../../domain/exportFormats.js';
import { cypher, type QueryRunner } from '../database.js';
import { validAt } from './validity.js';

/**
 * Reads for the graph exports. Whole-graph reads page by id (keyset: `id > $after`, the
 * unique index gives the order, `LIMIT toInteger($limit)`), so an export of millions of nodes holds one
 * page at a time. $asOf null means every period; otherwise only what is valid that day.
 */

/** The rows the export writers take (domain/exportFormats.ts owns their shape). */
export type { NodeOut as ExportNode, EdgeOut as ExportEdge } from '../../domain/exportFormats.js';

const VALID = (v: string) => `($asOf IS NULL OR ${validAt(v)})`;

const ENTITY_FIELDS = `{id: e.id, label: 'Entity', kind: e.kind, name: e.name, function: null, role: null,
  validFrom: e.validFrom, validTo: e.validTo, confidence: e.confidence, sources: e.sources}`;
const ASSIGNMENT_FIELDS = `{id: a.id, label: 'Assignment', kind: 'ASSIGNMENT', name: null, function: a.function, role: a.role,
  validFrom: a.validFrom, validTo: a.validTo, confidence: a.confidence, sources: a.sources}`;

export const ENTITY_PAGE = cypher(
  'export.entityPage',
  `MATCH (e:Entity) WHERE e.id > $after AND ${VALID('e')}
   WITH e ORDER BY e.id LIMIT toInteger($limit)
   RETURN ${ENTITY_FIELDS} AS node`,
);

export const ASSIGNMENT_PAGE = cypher(
  'export.assignmentPage',
  `MATCH (a:Assignment) WHERE a.id > $after AND ${VALID('a')}
   WITH a ORDER BY a.id LIMIT toInteger($limit)
   RETURN ${ASSIGNMENT_FIELDS} AS node`,
);

export const ENTITIES_BY_IDS = cypher(
  'export.entitiesByIds',
  `UNWIND $ids AS id
   MATCH (e:Entity {id: id})
   RETURN ${ENTITY_FIELDS} AS node ORDER BY node.id`,
);

export const ASSIGNMENTS_BY_IDS = cypher(
  'export.assignmentsByIds',
  `UNWIND $ids AS id
   MATCH (a:Assignment {id: id})
   RETURN ${ASSIGNMENT_FIELDS} AS node ORDER BY node.id`,
);

/** Outgoing relationships between entities, for a page of source entities (by id after $after, or the given $ids). */
export const ENTITY_EDGE_PAGE = cypher(
  'export.entityEdgePage',
  `MATCH (e:Entity) WHERE e.id > $after AND ${VALID('e')}
   WITH e ORDER BY e.id LIMIT toInteger($limit)
   RETURN e.id AS id, [(e)-[r]->(m:Entity) WHERE ${VALID('r')} AND ${VALID('m')} |
     {source: e.id, target: m.id, type: type(r), validFrom: r.validFrom, validTo: r.validTo, confidence: r.confidence,
      sources: r.sources, assignmentId: r.assignmentId}] AS edges`,
);

export const ENTITY_EDGES_BY_IDS = cypher(
  'export.entityEdgesByIds',
  `UNWIND $ids AS id
   MATCH (e:Entity {id: id})
   RETURN e.id AS id, [(e)-[r]->(m:Entity) WHERE ${VALID('r')} AND ${VALID('m')} |
     {source: e.id, target: m.id, type: type(r), validFrom: r.validFrom, validTo: r.validTo, confidence: r.confidence,
      sources: r.sources, assignmentId: r.assignmentId}] AS edges ORDER BY id`,
);

/** The parts of each administration fact; the edges carry the fact's period, confidence and sources. */
const ASSIGNMENT_PARTS = `[(a)-[r:BY|FOR|IN|UNDER|SERVES|EXCLUDES]->(m:Entity) WHERE ${VALID('m')} |
     {source: a.id, target: m.id, type: type(r), validFrom: a.validFrom, validTo: a.validTo, confidence: a.confidence,
      sources: a.sources, assignmentId: a.id}]`;

export const ASSIGNMENT_EDGE_PAGE = cypher(
  'export.assignmentEdgePage',
  `MATCH (a:Assignment) WHERE a.id > $after AND ${VALID('a')}
   WITH a ORDER BY a.id LIMIT toInteger($limit)
   RETURN a.id AS id, ${ASSIGNMENT_PARTS} AS edges`,
);

export const ASSIGNMENT_EDGES_BY_IDS = cypher(
  'export.assignmentEdgesByIds',
  `UNWIND $ids AS id
   MATCH (a:Assignment {id: id})
   RETURN a.id AS id, ${ASSIGNMENT_PARTS} AS edges ORDER BY id`,
);

/** One breadth-first step: the exported neighbours (entities, assignments) of the frontier, valid at $asOf. */
export const NEIGHBOURS = cypher(
  'export.neighbours',
  `UNWIND $ids AS id
   CALL (id) {
     MATCH (n:Entity {id: id}) RETURN n
     UNION
     MATCH (n:Assignment {id: id}) RETURN n
   }
   MATCH (n)-[r]-(m)
   WHERE (m:Entity OR m:Assignment) AND ${VALID('r')} AND ${VALID('m')}
   RETURN DISTINCT m.id AS id, CASE WHEN m:Assignment THEN 'Assignment' ELSE 'Entity' END AS label
   LIMIT toInteger($limit)`,
);

export const ROOT_EXISTS = cypher(
  'export.rootExists',
  `CALL () {
     MATCH (n:Entity {id: $id}) WHERE ${VALID('n')} RETURN n
     UNION
     MATCH (n:Assignment {id: $id}) WHERE ${VALID('n')} RETURN n
   }
   RETURN n.id AS id, CASE WHEN n:Assignment THEN 'Assignment' ELSE 'Entity' END AS label`,
);

export async function nodePage(
  run: QueryRunner,
  label: 'Entity' | 'Assignment',
  after: string,
  limit: number,
  asOf: string | null,
): Promise<ExportNode[]> {
  const rows = await run.read<{ node: ExportNode }>(label === 'Entity' ? ENTITY_PAGE : ASSIGNMENT_PAGE, { after, limit, asOf });
  return rows.map((r) => r.node);
}

export async function nodesByIds(run: QueryRunner, label: 'Entity' | 'Assignment', ids: string[]): Promise<ExportNode[]> {
  const rows = await run.read<{ node: ExportNode }>(label === 'Entity' ? ENTITIES_BY_IDS : ASSIGNMENTS_BY_IDS, { ids });
  return rows.map((r) => r.node);
}

/** Edges out of a page of nodes; `last` is the page's last node id (the next cursor), null when the page is empty. */
export async function edgePage(
  run: QueryRunner,
  label: 'Entity' | 'Assignment',
  after: string,
  limit: number,
  asOf: string | null,
): Promise<{ last: string | null; count: number; edges: ExportEdge[] }> {
  const rows = await run.read<{ id: string; edges: ExportEdge[] }>(label === 'Entity' ? ENTITY_EDGE_PAGE : ASSIGNMENT_EDGE_PAGE, {
    after,
    limit,
    asOf,
  });
  return { last: rows.at(-1)?.id ?? null, count: rows.length, edges: rows.flatMap((r) => r.edges) };
}

export async function edgesByIds(
  run: QueryRunner,
  label: 'Entity' | 'Assignment',
  ids: string[],
  asOf: string | null,
): Promise<ExportEdge[]> {
  const rows = await run.read<{ id: string; edges: ExportEdge[] }>(label === 'Entity' ? ENTITY_EDGES_BY_IDS : ASSIGNMENT_EDGES_BY_IDS, {
    ids,
    asOf,
  });
  return rows.flatMap((r) => r.edges);
}

export type NodeLabel = 'Entity' | 'Assignment';

export function neighbours(
  run: QueryRunner,
  ids: string[],
  asOf: string | null,
  limit: number,
): Promise<{ id: string; label: NodeLabel }[]> {
  return run.read<{ id: string; label: NodeLabel }>(NEIGHBOURS, { ids, asOf, limit });
}

/** The root's label, or null when no entity or assignment has that id (at asOf). */
export async function rootLabel(run: QueryRunner, id: string, asOf: string | null): Promise<NodeLabel | null> {
  const [row] = await run.read<{ id: string; label: NodeLabel }>(ROOT_EXISTS, { id, asOf });
  return row?.label ?? null;
}
