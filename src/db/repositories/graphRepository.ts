import { MAX_CHAIN_LENGTH, type UpwardEdge } from '../../domain/oversight.js';
import { PLACE_KIND_LIST } from './kindLists.js';
import { cypher, type QueryRunner } from '../database.js';
import type { EntityRecord } from '../../domain/records.js';
import { toEntity } from './rows.js';
import { ENTITY_FIELDS, ENTITY_NAME_FIELDS, pairValidAt, validAt } from './validity.js';

/**
 * Whether r, pointing at a from above, is a link up a chain of authority at asOf. A program
 * climbs through ADMINISTERS only from its federal or state administrator, not a contractor.
 */
function upwardIn(a: string, r: string): string {
  return `((type(${r}) IN ['OVERSEES', 'CONTRACTS_WITH', 'DELEGATES_TO'] AND ${validAt(r)})
      OR (type(${r}) = 'LEGISLATES_FOR' AND ${a}.kind = 'PROGRAM' AND ${validAt(r)})
      OR (type(${r}) = 'ADMINISTERS' AND ${a}.kind = 'PROGRAM' AND ${pairValidAt(r, 'date($asOf)', "['FEDERAL_ADMINISTRATOR', 'MEDICAID_AGENCY']")}))`;
}

/** Whether r, leaving a, is a link up at asOf. Places do not climb through PART_OF (a state is not under its MAC region). */
function upwardOut(a: string, r: string): string {
  return `((type(${r}) IN ['REPORTS_TO', 'SUBSIDIARY_OF'] AND ${validAt(r)})
      OR (type(${r}) = 'PART_OF' AND NOT ${a}.kind IN ${PLACE_KIND_LIST} AND ${validAt(r)})
      OR (type(${r}) = 'ACTS_UNDER' AND ${pairValidAt(r)}))`;
}

/**
 * The same rule for r between a and b in either direction, for the closure's variable-length
 * expansion, which cannot take a direction per type. Reading one entity's candidate links uses
 * the directed halves instead, so that only relationships that can point up are expanded: CMS
 * has hundreds of contractors acting under it, and none of those edges leads up.
 */
function upward(a: string, r: string, b: string): string {
  return `((startNode(${r}) = ${b} AND ${upwardIn(a, r)}) OR (startNode(${r}) = ${a} AND ${upwardOut(a, r)}))`;
}

const UPWARD_IN_TYPES = 'OVERSEES|CONTRACTS_WITH|DELEGATES_TO|LEGISLATES_FOR|ADMINISTERS';
const UPWARD_OUT_TYPES = 'REPORTS_TO|SUBSIDIARY_OF|PART_OF|ACTS_UNDER';
const UPWARD_TYPES = `${UPWARD_IN_TYPES}|${UPWARD_OUT_TYPES}`;

/**
 * Every upward link of every entity the chain could reach from $id, in one statement: the
 * upward closure (at most MAX_CHAIN_LENGTH - 1 steps), each member with its fields and its
 * candidate links. The service picks the chain from them with the pure ranking rule; no
 * row at all means the entity is unknown.
 */
export const UPWARD_CLOSURE = cypher(
  'graph.upwardClosure',
  `MATCH (start:Entity {id: $id})
   CALL (start) {
     MATCH (start)((a)-[r:${UPWARD_TYPES}]-(b) WHERE ${upward('a', 'r', 'b')}){0,${MAX_CHAIN_LENGTH - 1}}(x)
     RETURN collect(DISTINCT x) AS reach
   }
   UNWIND reach AS e
   OPTIONAL CALL (e) {
     MATCH (e)<-[r:${UPWARD_IN_TYPES}]-(up:Entity)
     WHERE ${upwardIn('e', 'r')}
     RETURN {type: type(r), direction: 'INCOMING', targetId: up.id, targetKind: up.kind} AS link
     UNION
     MATCH (e)-[r:${UPWARD_OUT_TYPES}]->(up:Entity)
     WHERE ${upwardOut('e', 'r')}
     RETURN {type: type(r), direction: 'OUTGOING', targetId: up.id, targetKind: up.kind} AS link
   }
   RETURN CASE WHEN $namesOnly THEN e {${ENTITY_NAME_FIELDS}} ELSE e {${ENTITY_FIELDS}} END AS e, collect(link) AS links`,
);

export interface UpwardClosure {
  entities: Map<string, EntityRecord>;
  links: Map<string, UpwardEdge[]>;
}

/** namesOnly: the members are read with id, name and kind only. */
export async function upwardClosure(run: QueryRunner, id: string, asOf: string, namesOnly = false): Promise<UpwardClosure> {
  const rows = await run.read<{ e: Record<string, unknown>; links: UpwardEdge[] }>(UPWARD_CLOSURE, { id, asOf, namesOnly });
  const entities = new Map(rows.map((r) => [String(r.e.id), toEntity(r.e)]));
  return { entities, links: new Map(rows.map((r) => [String(r.e.id), r.links])) };
}
