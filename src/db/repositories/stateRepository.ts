import type { AssignmentRecord, EntityRecord, ExpansionRecord, FmapRateRecord, ManagedCareAbsenceRecord } from '../../domain/records.js';
import { cypher, type QueryRunner } from '../database.js';
import { changeDaysOf, readChangeDays, type ChangeDays } from './changeDays.js';
import { byId, byListOrder, withRelated, type Row } from './assignmentRepository.js';
import { toAssignment, toEntity, toExpansion, toFmapRate, toManagedCareAbsence } from './rows.js';
import { JURISDICTION_KINDS } from '../../domain/vocabulary.js';
import {
  ASSIGNMENT_CORE_FIELDS,
  ASSIGNMENT_FIELDS,
  ASSIGNMENT_SLIM_FIELDS,
  ENTITY_FIELDS,
  ENTITY_NAME_FIELDS,
  validAt,
} from './validity.js';

const JURISDICTION_KIND_LIST = `[${JURISDICTION_KINDS.map((k) => `'${k}'`).join(', ')}]`;

/** Everything a state's page shows about its own Medicaid, in one statement per batch of states. */
export interface StateFacts {
  agency: AssignmentRecord[];
  ship: AssignmentRecord[];
  expansion: ExpansionRecord | null;
  fmapRates: FmapRateRecord[];
  managedCareAbsence: ManagedCareAbsenceRecord | null;
}

export const STATE_FACTS = cypher(
  'assignment.stateFacts',
  `UNWIND $stateIds AS sid
   MATCH (s:Entity {id: sid})
   CALL (sid) {
     OPTIONAL MATCH (a:Assignment) USING INDEX a:Assignment(jurisdictionId, role, id)
     WHERE a.jurisdictionId = sid AND a.role IN ['MEDICAID_AGENCY', 'SHIP'] AND a.id IS NOT NULL AND ${validAt('a')}
     OPTIONAL MATCH (a)-[:BY]->(admin:Entity)
     WITH a, admin ORDER BY a.id
     RETURN collect(CASE WHEN a IS NULL THEN null ELSE {a: a {${ASSIGNMENT_FIELDS}}, admin: admin {${ENTITY_FIELDS}}} END) AS roles
   }
   CALL (s) {
     OPTIONAL MATCH (s)-[:HAS_EXPANSION]->(x:MedicaidExpansion)
     RETURN x {.stateId, .adopted, .effective, .confidence, .sources} AS expansion LIMIT 1
   }
   CALL (sid) {
     OPTIONAL MATCH (f:FmapRate {stateId: sid})
     WITH f ORDER BY f.fiscalYear DESC
     RETURN collect(f {.stateId, .fiscalYear, .percent, .confidence, .note, .sources}) AS fmaps
   }
   CALL (s) {
     OPTIONAL MATCH (s)-[:HAS_MANAGED_CARE_ABSENCE]->(n:ManagedCareAbsence)
     WITH n ORDER BY n.asOf DESC LIMIT 1
     RETURN n {.stateId, .asOf, .confidence, .note, .sources} AS absence
   }
   RETURN sid AS key, roles, expansion, fmaps, absence`,
);

export async function stateFacts(run: QueryRunner, stateIds: readonly string[], asOf: string): Promise<StateFacts[]> {
  const rows = await run.read<{
    key: string;
    roles: Row[];
    expansion: Record<string, unknown> | null;
    fmaps: Record<string, unknown>[];
    absence: Record<string, unknown> | null;
  }>(STATE_FACTS, { stateIds: [...new Set(stateIds)], asOf });
  const byKey = new Map(
    rows.map((r) => {
      const roles = r.roles.map((x) => withRelated(x));
      return [
        r.key,
        {
          agency: roles.filter((a) => a.role === 'MEDICAID_AGENCY'),
          ship: roles.filter((a) => a.role === 'SHIP'),
          expansion: r.expansion ? toExpansion(r.expansion) : null,
          fmapRates: r.fmaps.map(toFmapRate),
          managedCareAbsence: r.absence ? toManagedCareAbsence(r.absence) : null,
        } satisfies StateFacts,
      ];
    }),
  );
  const none: StateFacts = { agency: [], ship: [], expansion: null, fmapRates: [], managedCareAbsence: null };
  return stateIds.map((id) => byKey.get(id) ?? none);
}

/**
 * A state's page in one statement: the jurisdiction itself, whichever of its own Medicaid
 * facts the request shows ($agency: the agency and SHIP facts; $expansion; $fmap; $absence)
 * and the Medicare contractors covering it today ($contractors), for the listed states or
 * every jurisdiction by code. The dashboard and the 56-jurisdiction list are then one round
 * trip instead of one per level.
 *
 * Every state shares most of its contractors (the national ones, its MAC's), so the statement
 * returns each fact once with the pages it is on (`on`: [state id, coverage], coverage null for
 * the state's own agency and SHIP facts), and each administrator once: 56 pages hold about
 * 1,700 contractor places but about 600 facts. Facts come with their core fields, or only with
 * id, role, function, program and administrator ($slimFacts) when that is all the request shows;
 * the rest loads by id when asked.
 *
 * Which contractors cover a jurisdiction today is stored on it at every write (storePages):
 * when the graph is still at the version stamped on the page and $asOf falls in the period over
 * which no contractor's coverage of a jurisdiction starts or ends, the page seeks those facts
 * by id instead of expanding and filtering every COVERS edge into the state; otherwise it
 * expands them as before, in the same statement. $useStored false always expands (what the
 * store step itself reads).
 */
const statePage = (adminFields: string) => `
   CALL (s) {
     OPTIONAL MATCH (a:Assignment) USING INDEX a:Assignment(jurisdictionId, role, id)
     WHERE $agency AND a.jurisdictionId = s.id AND a.role IN ['MEDICAID_AGENCY', 'SHIP'] AND a.id IS NOT NULL AND ${validAt('a')}
     RETURN collect([a, null]) AS roles
   }
   CALL (s) {
     OPTIONAL MATCH (s)-[:HAS_EXPANSION]->(x:MedicaidExpansion) WHERE $expansion
     RETURN x {.stateId, .adopted, .effective, .confidence, .sources} AS expansion LIMIT 1
   }
   CALL (s) {
     OPTIONAL MATCH (f:FmapRate) USING INDEX f:FmapRate(stateId, fiscalYear)
     WHERE $fmap AND f.stateId = s.id AND f.fiscalYear IS NOT NULL
     WITH f ORDER BY f.fiscalYear DESC
     RETURN collect(f {.stateId, .fiscalYear, .percent, .confidence, .note, .sources}) AS fmaps
   }
   CALL (s) {
     OPTIONAL MATCH (s)-[:HAS_MANAGED_CARE_ABSENCE]->(n:ManagedCareAbsence) WHERE $absence
     WITH n ORDER BY n.asOf DESC LIMIT 1
     RETURN n {.stateId, .asOf, .confidence, .note, .sources} AS absence
   }
   CALL (s, stored) {
     WITH s WHERE $contractors AND NOT stored
     OPTIONAL MATCH (s)<-[cv:COVERS]-(a:Assignment)
     WHERE ${validAt('cv')} AND cv.role IN $roles
     WITH a, min(cv.coverage) AS coverage
     ORDER BY a.role, a.programId, a.function, a.id
     LIMIT toInteger($limit)
     RETURN collect(CASE WHEN a IS NULL THEN null ELSE [a, coverage] END) AS covering
   }
   CALL (s, stored) {
     WITH s WHERE $contractors AND stored
     UNWIND range(0, size(s.pageFactIds) - 1) AS i
     MATCH (a:Assignment {id: s.pageFactIds[i]})
     RETURN collect([a, s.pageCoverage[i]]) AS kept
   }
   WITH collect({s: s {${ENTITY_FIELDS}}, expansion: expansion, fmaps: fmaps, absence: absence}) AS pages,
        collect({id: s.id, facts: [r IN roles WHERE r[0] IS NOT NULL] + covering + kept}) AS links
   CALL (links) {
     UNWIND links AS l
     UNWIND l.facts AS f
     WITH f[0] AS a, collect([l.id, f[1]]) AS on
     RETURN collect(CASE WHEN $slimFacts THEN a {${ASSIGNMENT_SLIM_FIELDS}, on: on} ELSE a {${ASSIGNMENT_CORE_FIELDS}, on: on} END) AS assignments,
            collect(DISTINCT a.administratorId) AS adminIds
   }
   CALL (adminIds) {
     UNWIND adminIds AS id
     MATCH (admin:Entity {id: id})
     RETURN collect(admin {${adminFields}}) AS admins
   }
   RETURN pages, assignments, admins`;

/** Whether page s may list the contractors stored on it (see statePage); v is the data version node. */
const STORED_PAGE = `coalesce(s.pageVersion = v.value AND v.pagesFrom <= date($asOf)
     AND (v.pagesTo IS NULL OR date($asOf) < v.pagesTo), false) AND $useStored AS stored`;

const byIds = (adminFields: string) => `OPTIONAL MATCH (v:DataVersion {id: 'graph'})
   WITH v
   UNWIND $stateIds AS sid
   MATCH (s:Entity {id: sid})
   WITH s, ${STORED_PAGE} ORDER BY s.code
   ${statePage(adminFields)}`;
const everyJurisdiction = (adminFields: string) => `OPTIONAL MATCH (v:DataVersion {id: 'graph'})
   WITH v
   MATCH (s:Entity) WHERE s.kind IN ${JURISDICTION_KIND_LIST}
   WITH s, ${STORED_PAGE} ORDER BY s.code
   ${statePage(adminFields)}`;

export const STATE_PAGES = cypher('state.pages', byIds(ENTITY_FIELDS));
export const ALL_STATE_PAGES = cypher('state.allPages', everyJurisdiction(ENTITY_FIELDS));
/** The same pages with each administrator's id, name and kind only, when the request names them and asks nothing more. */
export const STATE_PAGES_ADMIN_NAMES = cypher('state.pagesAdminNames', byIds(ENTITY_NAME_FIELDS));
export const ALL_STATE_PAGES_ADMIN_NAMES = cypher('state.allPagesAdminNames', everyJurisdiction(ENTITY_NAME_FIELDS));

/** Which parts of a state's page the request shows. */
export interface PageParts {
  agency: boolean;
  expansion: boolean;
  fmap: boolean;
  absence: boolean;
  contractors: boolean;
  /** Administrators are only named: read id, name and kind, and leave them out of the facts' related records. */
  adminNames: boolean;
  /** The contractors are asked for no more than id, role, function, program, administrator and coverage. */
  slimFacts: boolean;
}

export interface StatePage {
  state: EntityRecord;
  /** null for a part not read. */
  agency: AssignmentRecord[] | null;
  ship: AssignmentRecord[] | null;
  expansion: ExpansionRecord | null | undefined;
  fmapRates: FmapRateRecord[] | null;
  managedCareAbsence: ManagedCareAbsenceRecord | null | undefined;
  contractors: AssignmentRecord[] | null;
}

type Props = Record<string, unknown>;

export async function statePages(
  run: QueryRunner,
  which: { all: true } | { stateIds: string[] },
  asOf: string,
  want: PageParts & { roles: string[]; limit: number; useStored?: boolean },
): Promise<StatePage[]> {
  const params = { stateIds: 'stateIds' in which ? which.stateIds : [], asOf, useStored: true, ...want };
  const [row] = await run.read<{
    pages: { s: Props; expansion: Props | null; fmaps: Props[]; absence: Props | null }[];
    assignments: (Props & { on: [string, 'FULL' | 'PARTIAL' | null][] })[];
    admins: Props[];
  }>(
    'all' in which
      ? want.adminNames
        ? ALL_STATE_PAGES_ADMIN_NAMES
        : ALL_STATE_PAGES
      : want.adminNames
        ? STATE_PAGES_ADMIN_NAMES
        : STATE_PAGES,
    params,
  );
  if (!row) return [];
  const admins = new Map(row.admins.map((e) => [String(e.id), toEntity(e)]));
  const facts = new Map(row.pages.map((p) => [String(p.s.id), { roles: [] as AssignmentRecord[], contractors: [] as AssignmentRecord[] }]));
  for (const fact of row.assignments) {
    // One record per fact and coverage, shared by the pages that show it; read-only from here on.
    const byCoverage = new Map<string, AssignmentRecord>();
    for (const [pageId, coverage] of fact.on) {
      let found = byCoverage.get(String(coverage));
      if (!found) {
        // A fresh record: set on it, rather than spread it into a copy (about 600 facts on the 56 pages).
        found = toAssignment(fact, coverage);
        const admin = admins.get(found.administratorId);
        const named = admin ? [admin] : [];
        if (want.slimFacts) found.slim = 'WITHOUT_PLACE';
        // Priming these (loaders.primed) is what puts every administrator in the entity loaders.
        if (want.adminNames) found.relatedNames = named;
        else found.related = named;
        byCoverage.set(String(coverage), found);
      }
      const page = facts.get(pageId);
      if (coverage === null) page?.roles.push(found);
      else page?.contractors.push(found);
    }
  }
  return row.pages.map((p) => {
    const { roles, contractors } = facts.get(String(p.s.id))!;
    roles.sort(byId);
    return {
      state: toEntity(p.s),
      agency: want.agency ? roles.filter((a) => a.role === 'MEDICAID_AGENCY') : null,
      ship: want.agency ? roles.filter((a) => a.role === 'SHIP') : null,
      expansion: want.expansion ? (p.expansion ? toExpansion(p.expansion) : null) : undefined,
      fmapRates: want.fmap ? p.fmaps.map(toFmapRate) : null,
      managedCareAbsence: want.absence ? (p.absence ? toManagedCareAbsence(p.absence) : null) : undefined,
      contractors: want.contractors ? contractors.sort(byListOrder) : null,
    };
  });
}

/**
 * Every first and last day of a Medicare contractor's coverage of a jurisdiction (open bounds
 * left out): the days on which a page's contractor list can change.
 */
export const PAGE_COVER_DAYS = cypher(
  'state.pageCoverDays',
  `MATCH (s:Entity) WHERE s.kind IN ${JURISDICTION_KIND_LIST}
   MATCH (s)<-[cv:COVERS]-(:Assignment)
   WHERE cv.role IN $roles
   WITH [cv.validFrom] AS firsts, [cv.validTo] AS lasts
   ${changeDaysOf('firsts', 'lasts')}`,
);

export function pageCoverDays(run: QueryRunner, roles: readonly string[]): Promise<ChangeDays> {
  return readChangeDays(run, PAGE_COVER_DAYS, { roles });
}

/** Stamps each jurisdiction's contractor list with the data version it was read at; the period it holds for is on the version node (storeAnswers). */
export const STORE_PAGES = cypher(
  'state.storePages',
  `UNWIND $rows AS row
   MATCH (s:Entity {id: row.id})
   SET s.pageFactIds = row.factIds, s.pageCoverage = row.coverage, s.pageVersion = toInteger($version)`,
);

export async function storePages(
  run: QueryRunner,
  version: number,
  rows: { id: string; factIds: string[]; coverage: ('FULL' | 'PARTIAL' | null)[] }[],
): Promise<void> {
  await run.write(STORE_PAGES, { rows, version });
}
