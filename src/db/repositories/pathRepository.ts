import { HUB_KINDS } from '../../domain/pathRules.js';
import { DERIVED_RELATIONSHIP_TYPES, RELATIONSHIP_TYPES } from '../../domain/vocabulary.js';
import { cypher, type NamedQuery, type QueryRunner } from '../database.js';
import { pairValidAt } from './validity.js';

export const MAX_PATH_HOPS = 6;
const PATH_TYPES = [...RELATIONSHIP_TYPES, ...DERIVED_RELATIONSHIP_TYPES].join('|');

/**
 * Cypher does not accept a parameter as a variable-length bound, so there is one statement
 * per allowed hop count (1..6), built from the closed list of relationship types. Every link
 * must hold at asOf (a derived pair edge: when one of the facts it stands for does) and no
 * entity inside the path may be a hub (domain/pathRules.ts); both are universal predicates
 * over every link and every node (written so, not over a slice of the nodes, which Neo4j
 * would check only after an exhaustive search), so they prune the search.
 */
const PATH_QUERIES: NamedQuery[] = Array.from({ length: MAX_PATH_HOPS }, (_, i) =>
  cypher(
    `path.shortest.${i + 1}`,
    `MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
     MATCH p = allShortestPaths((a)-[:${PATH_TYPES}*..${i + 1}]-(b))
     WHERE all(r IN relationships(p) WHERE ${pairValidAt('r')})
       AND all(n IN nodes(p) WHERE n = a OR n = b OR NOT n.kind IN $hubKinds)
     WITH p LIMIT 200
     RETURN [n IN nodes(p) | n.id] AS nodeIds,
            [r IN relationships(p) | {type: type(r), fromId: startNode(r).id}] AS rels`,
  ),
);

export interface RawPath {
  nodeIds: string[];
  rels: { type: string; fromId: string }[];
}

export async function shortestPaths(run: QueryRunner, from: string, to: string, maxHops: number, asOf: string): Promise<RawPath[]> {
  const query = PATH_QUERIES[maxHops - 1];
  if (!query) throw new RangeError(`maxHops must be 1..${MAX_PATH_HOPS}`);
  return run.read<RawPath>(query, { from, to, asOf, hubKinds: [...HUB_KINDS] });
}
