import type { AssignmentRecord, EntityRecord } from '../../domain/records.js';
import type { KeysetPage, SortKey } from '../../domain/pagination.js';
import { cypher, type QueryRunner } from '../database.js';
import { groupInKeyOrder, toAssignment, toEntity } from './rows.js';
import { ASSIGNMENT_CORE_FIELDS, ASSIGNMENT_FIELDS, ENTITY_FIELDS, ENTITY_NAME_FIELDS, validAt } from './validity.js';

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
  /**
   * Instead of programIds: this program, every program that is part of it and every program it
   * is part of (a broader fact applies to its parts), expanded in the same statement.
   */
  programRoot?: string | null;
  /** Also read each fact's jurisdiction (whoAdministers shows it; contractor lists rarely do). */
  withPlaces?: boolean;
  /** The request only names the administrators and places: read their id, name and kind, returned apart from the facts. */
  namesOnly?: boolean;
  function: string | null;
  /** At most this many per place. */
  limit: number;
}

/** The most any place-based list returns (whoAdministers, medicareContractors); documented in the schema. */
export const MAX_COVERING = 500;

/**
 * Assignments covering each place at asOf, read from the COVERS edges the loader derives
 * (domain/coverage.ts has the rule): one seek on the place, filters on the edge. A county
 * that is not in the graph is answered from the state's covers that span the whole state.
 * The administrators come along, each once however many facts name it, so naming them costs
 * no second round trip.
 */
const PROGRAMS = `CALL () {
     OPTIONAL MATCH (root:Entity {id: $programRoot}) WHERE root.kind = 'PROGRAM'
     OPTIONAL MATCH (part:Entity)-[:PART_OF*1..4]->(root) WHERE part.kind = 'PROGRAM'
     WITH root, collect(DISTINCT part.id) AS parts
     OPTIONAL MATCH (root)-[:PART_OF*1..4]->(up:Entity) WHERE up.kind = 'PROGRAM'
     WITH root, parts, collect(DISTINCT up.id) AS ancestors
     RETURN CASE WHEN $programRoot IS NULL THEN $programIds WHEN root IS NULL THEN [] ELSE [root.id] + parts + ancestors END AS programIds
   }`;

/** One row whatever was found: the facts, each entity they name once, and whether the program asked about exists. */
const COLLECTED = `OPTIONAL MATCH (a)-[:IN]->(j:Entity) WHERE $withPlaces
   WITH collect({key: key, a: a {${ASSIGNMENT_CORE_FIELDS}}, coverage: coverage}) AS rows, collect(DISTINCT admin) + collect(DISTINCT j) AS entities
   CALL () {
     OPTIONAL MATCH (root:Entity {id: $programRoot}) WHERE root.kind = 'PROGRAM'
     OPTIONAL MATCH (root)-[:PART_OF*1..4]->(up:Entity) WHERE up.kind = 'PROGRAM'
     WITH root, collect(DISTINCT up.id) AS ancestorIds
     RETURN root IS NOT NULL AS programKnown, ancestorIds
   }
   RETURN rows, [x IN entities | CASE WHEN $namesOnly THEN x {${ENTITY_NAME_FIELDS}} ELSE x {${ENTITY_FIELDS}} END] AS admins,
          programKnown, ancestorIds`;

export const ASSIGNMENTS_COVERING = cypher(
  'assignment.covering',
  `${PROGRAMS}
   UNWIND $places AS place
   CALL (place, programIds) {
     OPTIONAL MATCH (c:Entity {id: place.countyId})
     MATCH (p:Entity {id: coalesce(c.id, place.stateId)})<-[cv:COVERS]-(a:Assignment)
     WHERE ${validAt('cv')}
       AND ($roles IS NULL OR cv.role IN $roles)
       AND (programIds IS NULL OR cv.programId IN programIds)
       AND ($function IS NULL OR cv.function = $function)
       AND (place.countyId IS NULL OR c IS NOT NULL OR cv.whole)
     WITH a, min(CASE WHEN place.countyId IS NOT NULL AND c IS NULL THEN 'FULL' ELSE cv.coverage END) AS coverage
     ORDER BY a.role, a.programId, a.function, a.id
     LIMIT toInteger($limit)
     MATCH (a)-[:BY]->(admin:Entity)
     RETURN a, coverage, admin
   }
   WITH place.key AS key, a, coverage, admin
   ${COLLECTED}`,
);

/** With no place: every assignment for the programs, from the program index. */
export const ASSIGNMENTS_FOR_PROGRAMS = cypher(
  'assignment.forPrograms',
  `${PROGRAMS}
   UNWIND programIds AS pid
   MATCH (a:Assignment {programId: pid})
   WHERE ${validAt('a')}
     AND ($roles IS NULL OR a.role IN $roles)
     AND ($function IS NULL OR a.function = $function)
   WITH a ORDER BY a.role, a.programId, a.function, a.id LIMIT toInteger($limit)
   MATCH (a)-[:BY]->(admin:Entity)
   WITH null AS key, a, null AS coverage, admin
   ${COLLECTED}`,
);

export type Row = { a: Record<string, unknown>; admin: Record<string, unknown> | null; coverage?: 'FULL' | 'PARTIAL' | null };

export function withRelated(r: Row, ...more: (Record<string, unknown> | null | undefined)[]): AssignmentRecord {
  const related = [r.admin, ...more].filter((e): e is Record<string, unknown> => !!e).map(toEntity);
  return { ...toAssignment(r.a, r.coverage ?? null), related };
}

type Collected = {
  rows: { key: string | null; a: Record<string, unknown>; coverage: 'FULL' | 'PARTIAL' | null }[];
  admins: Record<string, unknown>[];
  programKnown: boolean;
  ancestorIds: string[] | null;
};

/**
 * Rows of assignment maps plus each entity they name once: every fact gets its administrator
 * (and place) attached, unless they were read by name only (they then go to `names`).
 */
function attachAdmins(found: Collected | undefined, names: EntityRecord[] | null): { key: string | null; value: AssignmentRecord }[] {
  if (!found) return [];
  const entities = new Map(found.admins.map((e) => [String(e.id), toEntity(e)]));
  if (names) {
    names.push(...entities.values());
    return found.rows.map((r) => ({ key: r.key, value: { ...toAssignment(r.a, r.coverage), related: [] } }));
  }
  return found.rows.map((r) => {
    const record = toAssignment(r.a, r.coverage);
    const related = [record.administratorId, record.jurisdictionId].flatMap((id) => (id && entities.has(id) ? [entities.get(id)!] : []));
    return { key: r.key, value: { ...record, related } };
  });
}

export class UnknownProgramError extends Error {}

/** Code-point order, as Cypher sorts strings. */
const cmp = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);
export const byId = (x: AssignmentRecord, y: AssignmentRecord) => cmp(x.id, y.id);
export const byListOrder = (x: AssignmentRecord, y: AssignmentRecord) =>
  cmp(x.role, y.role) || cmp(x.programId, y.programId) || cmp(x.function, y.function) || cmp(x.id, y.id);

export async function assignmentsCovering(
  run: QueryRunner,
  places: readonly PlaceKey[],
  filter: CoveringFilter,
): Promise<AssignmentRecord[][]> {
  return (await assignmentsCoveringInScope(run, places, filter)).lists;
}

/** As assignmentsCovering, with the programs the asked-about program is part of (programRoot only). */
export async function assignmentsCoveringInScope(
  run: QueryRunner,
  places: readonly PlaceKey[],
  filter: CoveringFilter,
): Promise<{ lists: AssignmentRecord[][]; ancestorIds: string[]; names: EntityRecord[] }> {
  const params = {
    asOf: filter.asOf,
    roles: filter.roles,
    programIds: filter.programIds,
    programRoot: filter.programRoot ?? null,
    function: filter.function,
    limit: filter.limit,
    withPlaces: filter.withPlaces ?? false,
    namesOnly: filter.namesOnly ?? false,
  };
  const names: EntityRecord[] | null = params.namesOnly ? [] : null;
  const ancestorIds = new Set<string>();
  // A program that is not in the graph is a question about nothing: say so rather than answer [].
  const known = (found: Collected | undefined) => {
    if (params.programRoot !== null && found && !found.programKnown) throw new UnknownProgramError(params.programRoot);
    for (const id of found?.ancestorIds ?? []) ancestorIds.add(id);
    return found;
  };
  const anywhere = places.filter((p) => p.stateId === null);
  const located = places.filter((p) => p.stateId !== null);
  const rows: { key: string; value: AssignmentRecord }[] = [];
  if (located.length > 0) {
    const [found] = await run.read<Collected>(ASSIGNMENTS_COVERING, {
      ...params,
      places: located.map((p) => ({ key: p.key, stateId: p.stateId, countyId: p.countyId })),
    });
    for (const r of attachAdmins(known(found), names)) rows.push({ key: r.key!, value: r.value });
  }
  if (anywhere.length > 0) {
    const [found] = await run.read<Collected>(ASSIGNMENTS_FOR_PROGRAMS, { ...params, programIds: filter.programIds ?? [] });
    const shared = attachAdmins(known(found), names);
    for (const p of anywhere) rows.push(...shared.map((r) => ({ key: p.key, value: r.value })));
  }
  const lists = groupInKeyOrder(
    places.map((p) => p.key),
    rows,
  ).map((list) => list.sort(byListOrder));
  return { lists, ancestorIds: [...ancestorIds], names: names ?? [] };
}

/** A page's facts, and the entities they name each once (administrator, program, place). */
const PAGE_RETURN = `WITH collect(a {${ASSIGNMENT_CORE_FIELDS}}) AS rows, collect(DISTINCT admin) + collect(DISTINCT program) + collect(DISTINCT place) AS related
   RETURN rows, [x IN related | x {${ENTITY_FIELDS}}] AS related`;

/**
 * A slim fact (ASSIGNMENT_SLIM_FIELDS) with its place's id, for a listing of an organization's
 * facts, which names their places, and without its administrator, the organization itself; in
 * the order slimFactOf reads them. (The state pages leave the place out: a state's contractors
 * are listed by the state.)
 */
const SLIM_FACT_ROW = 'a.id, a.function, a.programId, a.role, a.jurisdictionId';

/**
 * An entity and a page of what it administers at asOf, in one statement: a seek on the
 * (administratorId, id) index past the last fact seen, LIMIT first + 1. Serves an organization
 * asked for by id with its first page, and every later page of the listing. The administrator
 * of every fact is the entity itself.
 */
export const ENTITY_WITH_ADMINISTERED = cypher(
  'entity.withAdministered',
  `MATCH (e:Entity {id: $id})
   CALL (e) {
     MATCH (a:Assignment) USING INDEX a:Assignment(administratorId, id)
     WHERE a.administratorId = e.id AND a.id > $after AND ${validAt('a')}
     WITH a ORDER BY a.administratorId, a.id LIMIT toInteger($limit) + 1
     // A slim fact as a list without its administrator (e): half the bytes of a map with its keys.
     WITH collect(CASE WHEN $slimFacts THEN [${SLIM_FACT_ROW}] ELSE a {${ASSIGNMENT_CORE_FIELDS}} END) AS rows,
          collect(DISTINCT a.programId) + collect(DISTINCT a.jurisdictionId) AS ids
     // Each program and place once, by id, not by expanding FOR and IN (a fact with many
     // COVERS edges is a dense node): twenty facts name a handful of them.
     CALL (ids) {
       UNWIND ids AS named
       MATCH (x:Entity {id: named})
       RETURN collect(CASE WHEN $namesOnly THEN x {${ENTITY_NAME_FIELDS}} ELSE x {${ENTITY_FIELDS}} END) AS related
     }
     RETURN rows, related
   }
   RETURN CASE WHEN $entityNamesOnly THEN e {${ENTITY_NAME_FIELDS}} ELSE e {${ENTITY_FIELDS}} END AS e, rows, related`,
);

function slimFactOf(row: unknown[], administratorId: string): Record<string, unknown> {
  const [id, fn, programId, role, jurisdictionId] = row;
  return { id, administratorId, function: fn, programId, role, jurisdictionId };
}

/** How much of each fact and entity a request reads (the rest loads by id when asked). */
export interface ReadWidth {
  /** Program and place are read with id, name and kind only. */
  namesOnly?: boolean;
  /** The facts are read with the slim fields and their place's id only (slim records, see facts.ts). */
  slimFacts?: boolean;
  /** With namesOnly: the administering entity itself is read with id, name and kind only too. */
  entityNamesOnly?: boolean;
}

export async function entityWithAdministered(
  run: QueryRunner,
  id: string,
  asOf: string,
  after: SortKey | null,
  limit: number,
  { namesOnly = false, slimFacts = false, entityNamesOnly = false }: ReadWidth = {},
): Promise<{ entity: EntityRecord; page: KeysetPage<AssignmentRecord> } | null> {
  const entityNames = namesOnly && entityNamesOnly;
  const [row] = await run.read<{
    e: Record<string, unknown>;
    rows: (unknown[] | Record<string, unknown>)[];
    related: Record<string, unknown>[];
  }>(ENTITY_WITH_ADMINISTERED, {
    id,
    asOf,
    after: afterId(after),
    limit,
    namesOnly,
    slimFacts,
    entityNamesOnly: entityNames,
  });
  if (!row) return null;
  const rows = row.rows.map((r) => (Array.isArray(r) ? slimFactOf(r, id) : r));
  // Whole records go to related, id-name-kind ones to names (the loaders prime them apart).
  const page: PageRows = {
    rows,
    related: [...(entityNames ? [] : [row.e]), ...(namesOnly ? [] : row.related)],
    names: [...(entityNames ? [row.e] : []), ...(namesOnly ? row.related : [])],
  };
  return { entity: toEntity(row.e), page: idPage([page], after, limit, slimFacts) };
}

export const ADMINISTERED_BY_COUNT = cypher(
  'assignment.administeredByCount',
  `MATCH (a:Assignment) WHERE a.administratorId = $id AND ${validAt('a')} RETURN count(a) AS total`,
);

/** related: whole entities the facts name; names: the same read with id, name and kind only. */
type PageRows = { rows: Record<string, unknown>[]; related: Record<string, unknown>[]; names?: Record<string, unknown>[] };

function idPage(found: PageRows[], after: SortKey | null, limit: number, slim = false): KeysetPage<AssignmentRecord> {
  const page = found[0] ?? { rows: [], related: [] };
  const byId = (list: Record<string, unknown>[] | undefined) => new Map((list ?? []).map((e) => [String(e.id), toEntity(e)]));
  const entities = byId(page.related);
  const names = byId(page.names);
  const pick = (from: Map<string, EntityRecord>, ids: (string | null)[]) =>
    ids.flatMap((id) => (id && from.has(id) ? [from.get(id)!] : []));
  const records = page.rows.map((a) => toAssignment(a)).sort((x, y) => cmp(x.id, y.id));
  return {
    rows: records.map((r) => {
      // r is this page's own record: set on it, rather than spread 11 fields into a copy.
      const ids = [r.administratorId, r.programId, r.jurisdictionId];
      r.related = pick(entities, ids);
      if (slim) r.slim = 'WITH_PLACE';
      if (names.size > 0) r.relatedNames = pick(names, ids);
      return { node: r, key: [r.id] };
    }),
    limit,
    hadCursor: after !== null,
  };
}

const afterId = (after: SortKey | null) => (after ? String(after[0]) : '');

/** A page of an organization's facts alone, read as wide as the request needs (its administrator named as its programs and places are). */
export async function administeredBy(
  run: QueryRunner,
  id: string,
  asOf: string,
  after: SortKey | null,
  limit: number,
  { namesOnly = false, slimFacts = false }: ReadWidth = {},
): Promise<KeysetPage<AssignmentRecord>> {
  const found = await entityWithAdministered(run, id, asOf, after, limit, { namesOnly, slimFacts, entityNamesOnly: namesOnly });
  return found?.page ?? idPage([], after, limit);
}

export async function countAdministeredBy(run: QueryRunner, id: string, asOf: string): Promise<number> {
  const [row] = await run.read<{ total: number }>(ADMINISTERED_BY_COUNT, { id, asOf });
  return row?.total ?? 0;
}

/** Medicaid managed care contracts in a state at asOf: a seek on (jurisdictionId, role, id). */
export const MANAGED_CARE_IN = cypher(
  'assignment.managedCareIn',
  `MATCH (a:Assignment)
   WHERE a.jurisdictionId = $stateId AND a.role = 'MEDICAID_MCO' AND a.id > $after AND ${validAt('a')}
   WITH a ORDER BY a.jurisdictionId, a.role, a.id LIMIT toInteger($limit) + 1
   MATCH (a)-[:BY]->(admin:Entity), (a)-[:FOR]->(program:Entity)
   WITH a, admin, program, null AS place
   ${PAGE_RETURN}`,
);

export const MANAGED_CARE_COUNT = cypher(
  'assignment.managedCareCount',
  `MATCH (a:Assignment) WHERE a.jurisdictionId = $stateId AND a.role = 'MEDICAID_MCO' AND ${validAt('a')} RETURN count(a) AS total`,
);

export async function managedCareIn(
  run: QueryRunner,
  stateId: string,
  asOf: string,
  after: SortKey | null,
  limit: number,
): Promise<KeysetPage<AssignmentRecord>> {
  return idPage(await run.read<PageRows>(MANAGED_CARE_IN, { stateId, asOf, after: afterId(after), limit }), after, limit);
}

export async function countManagedCareIn(run: QueryRunner, stateId: string, asOf: string): Promise<number> {
  const [row] = await run.read<{ total: number }>(MANAGED_CARE_COUNT, { stateId, asOf });
  return row?.total ?? 0;
}

/** The rest of each fact (note, sources, populations, exclusions), for facts first read with the core fields. */
export const ASSIGNMENTS_BY_IDS = cypher(
  'assignment.byIds',
  `UNWIND $ids AS id
   MATCH (a:Assignment {id: id})
   RETURN a {${ASSIGNMENT_FIELDS}} AS a`,
);

export async function assignmentsByIds(run: QueryRunner, ids: readonly string[]): Promise<(AssignmentRecord | null)[]> {
  const rows = await run.read<{ a: Record<string, unknown> }>(ASSIGNMENTS_BY_IDS, { ids: [...ids] });
  const byId = new Map(rows.map((r) => [String(r.a.id), toAssignment(r.a)]));
  return ids.map((id) => byId.get(id) ?? null);
}
