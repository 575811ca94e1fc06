import { MAX_CHAIN_LENGTH, type UpwardEdge } from '../../domain/oversight.js';
import { PLACE_KIND_LIST } from './kindLists.js';
import { cypher, type QueryRunner } from '../database.js';
import { changeDaysOf, readChangeDays, type ChangeDays } from './changeDays.js';
import type { EntityRecord, OversightStepRecord } from '../../domain/records.js';
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

/** e's candidate links up at $asOf, one row each (none: no row, under OPTIONAL CALL). */
const CANDIDATE_LINKS = `OPTIONAL CALL (e) {
     MATCH (e)<-[r:${UPWARD_IN_TYPES}]-(up:Entity)
     WHERE ${upwardIn('e', 'r')}
     RETURN {type: type(r), direction: 'INCOMING', targetId: up.id, targetKind: up.kind} AS link
     UNION
     MATCH (e)-[r:${UPWARD_OUT_TYPES}]->(up:Entity)
     WHERE ${upwardOut('e', 'r')}
     RETURN {type: type(r), direction: 'OUTGOING', targetId: up.id, targetKind: up.kind} AS link
   }`;

/** The closure's members and their candidate links at $asOf, one row per member (see UPWARD_CLOSURE). */
const CLOSURE_BODY = `CALL (start) {
     MATCH (start)((a)-[r:${UPWARD_TYPES}]-(b) WHERE ${upward('a', 'r', 'b')}){0,${MAX_CHAIN_LENGTH - 1}}(x)
     RETURN collect(DISTINCT x) AS reach
   }
   UNWIND reach AS e
   ${CANDIDATE_LINKS}`;

/**
 * Every upward link of every entity the chain could reach from $id, in one statement: the
 * upward closure (at most MAX_CHAIN_LENGTH - 1 steps), each member with its fields and its
 * candidate links. The service picks the chain from them with the pure ranking rule; no
 * row at all means the entity is unknown.
 */
export const UPWARD_CLOSURE = cypher(
  'graph.upwardClosure',
  `MATCH (start:Entity {id: $id})
   ${CLOSURE_BODY}
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

/** Whether start's chain, as stored at the last write, holds on $asOf at the graph's version. */
const STORED_GUARD = `OPTIONAL MATCH (v:DataVersion {id: 'graph'})
   WITH start, coalesce(start.chainVersion = v.value AND v.chainsFrom <= date($asOf)
     AND (v.chainsTo IS NULL OR date($asOf) < v.chainsTo), false) AS stored`;

/** The stored chain's members, by position. */
const STORED_STEPS = `WITH start WHERE stored
     UNWIND range(0, size(start.chainIds) - 1) AS position
     MATCH (e:Entity {id: start.chainIds[position]})`;

const CHAIN_MEMBER = `CASE WHEN $namesOnly THEN e {${ENTITY_NAME_FIELDS}} ELSE e {${ENTITY_FIELDS}} END AS e`;

/**
 * An entity's chain as stored at the last write (storeChains) when it was stored for the
 * graph's current data version and $asOf falls in the period over which no upward link
 * changes: a few index seeks, against the closure's hundreds of hits. Otherwise the upward
 * closure, as above. Either way one round trip; rows with a position are the stored chain.
 */
export const OVERSIGHT_CHAIN = cypher(
  'graph.oversightChain',
  `MATCH (start:Entity {id: $id})
   ${STORED_GUARD}
   CALL (start, stored) {
     ${STORED_STEPS}
     RETURN e, position, start.chainRelations[position] AS relation, [] AS links
     UNION
     WITH start WHERE NOT stored
     ${CLOSURE_BODY}
     RETURN e, null AS position, null AS relation, collect(link) AS links
   }
   RETURN ${CHAIN_MEMBER}, position, relation, links`,
);

/**
 * The stored half of OVERSIGHT_CHAIN alone, for a day the stored chains are known to cover:
 * a sixth of its text, which both sides handle on every run (Neo4j spent about a tenth less
 * CPU per chain request with it, BENCHMARKS.md).
 * An entity no climbing link touches is its own chain on any day (position 0). Position -1
 * means nothing stored holds (a write since the caller last looked): walk with OVERSIGHT_CHAIN.
 */
export const STORED_OVERSIGHT_CHAIN = cypher(
  'graph.storedOversightChain',
  `MATCH (start:Entity {id: $id})
   ${STORED_GUARD}
   CALL (start, stored) {
     ${STORED_STEPS}
     RETURN e, position, start.chainRelations[position] AS relation
     UNION
     WITH start WHERE NOT stored
     RETURN start AS e,
       CASE WHEN EXISTS { (start)<-[:${UPWARD_IN_TYPES}]-(:Entity) } OR EXISTS { (start)-[:${UPWARD_OUT_TYPES}]->(:Entity) } THEN -1 ELSE 0 END AS position,
       'SELF' AS relation
   }
   RETURN ${CHAIN_MEMBER}, position, relation`,
);

export interface StoredChain {
  stored: true;
  steps: OversightStepRecord[];
  entities: EntityRecord[];
}
export type ChainRead = StoredChain | { stored: false; closure: UpwardClosure };

type ChainRow = { e: Record<string, unknown>; position: number | null; relation: string | null; links?: UpwardEdge[] };

function storedChain(rows: ChainRow[]): StoredChain {
  const ordered = [...rows].sort((a, b) => Number(a.position) - Number(b.position));
  const entities = ordered.map((r) => toEntity(r.e));
  return { stored: true, steps: ordered.map((r, i) => ({ entityId: entities[i]!.id, relation: String(r.relation) })), entities };
}

/** Null when the entity is unknown. */
export async function readOversightChain(run: QueryRunner, id: string, asOf: string, namesOnly = false): Promise<ChainRead | null> {
  const rows = await run.read<ChainRow>(OVERSIGHT_CHAIN, { id, asOf, namesOnly });
  if (rows.length === 0) return null;
  if (rows[0]!.position !== null) return storedChain(rows);
  const entities = rows.map((r) => toEntity(r.e));
  return {
    stored: false,
    closure: { entities: new Map(entities.map((e) => [e.id, e])), links: new Map(rows.map((r, i) => [entities[i]!.id, r.links ?? []])) },
  };
}

/** The stored chain; null when the entity is unknown; 'walk' when no stored chain holds on asOf. */
export async function readStoredChain(run: QueryRunner, id: string, asOf: string, namesOnly = false): Promise<StoredChain | null | 'walk'> {
  const rows = await run.read<ChainRow>(STORED_OVERSIGHT_CHAIN, { id, asOf, namesOnly });
  if (rows.length === 0) return null;
  return rows[0]!.position === -1 ? 'walk' : storedChain(rows);
}

/**
 * Every entity with a link that can lead up (any other's chain is itself alone), with its
 * candidate links at $asOf: what every chain walked that day needs, in one statement, since
 * a walk only ever asks for the links of the entity it stands on.
 */
export const CHAIN_STARTS_WITH_LINKS = cypher(
  'graph.chainStartsWithLinks',
  `MATCH (e:Entity)
   WHERE EXISTS { (e)<-[:${UPWARD_IN_TYPES}]-(:Entity) } OR EXISTS { (e)-[:${UPWARD_OUT_TYPES}]->(:Entity) }
   ${CANDIDATE_LINKS}
   RETURN e.id AS id, e.kind AS kind, collect(link) AS links ORDER BY id`,
);

export async function chainStartsWithLinks(
  run: QueryRunner,
  asOf: string,
): Promise<{ starts: { id: string; kind: string }[]; links: Map<string, UpwardEdge[]> }> {
  const rows = await run.read<{ id: string; kind: string; links: UpwardEdge[] }>(CHAIN_STARTS_WITH_LINKS, { asOf });
  return { starts: rows.map((r) => ({ id: r.id, kind: r.kind })), links: new Map(rows.map((r) => [r.id, r.links])) };
}

/**
 * Every first and last day of every link that can lead up (a pair edge's periods included),
 * open bounds left out: the days on which a chain can change.
 */
export const UPWARD_LINK_DAYS = cypher(
  'graph.upwardLinkDays',
  `MATCH ()-[r:${UPWARD_TYPES}]->()
   WITH coalesce(r.froms, [r.validFrom]) AS firsts, coalesce(r.tos, [r.validTo]) AS lasts
   ${changeDaysOf('firsts', 'lasts')}`,
);

export function upwardLinkDays(run: QueryRunner): Promise<ChangeDays> {
  return readChangeDays(run, UPWARD_LINK_DAYS);
}

/** Stamps each chain with the data version it was walked at; the period it holds for is on the version node (storeAnswers). */
export const STORE_CHAINS = cypher(
  'graph.storeChains',
  `UNWIND $rows AS row
   MATCH (e:Entity {id: row.id})
   SET e.chainIds = row.ids, e.chainRelations = row.relations, e.chainVersion = toInteger($version)`,
);

export async function storeChains(
  run: QueryRunner,
  version: number,
  rows: { id: string; ids: string[]; relations: string[] }[],
): Promise<void> {
  for (let i = 0; i < rows.length; i += 1000) await run.write(STORE_CHAINS, { rows: rows.slice(i, i + 1000), version });
}
