import type { AssignmentRecord, EntityRecord, ExpansionRecord, FmapRateRecord, ManagedCareAbsenceRecord } from '../../domain/records.js';
import { cypher, type QueryRunner } from '../database.js';
import { byListOrder, withRelated, type Row } from './assignmentRepository.js';
import { toAssignment, toEntity, toExpansion, toFmapRate, toManagedCareAbsence } from './rows.js';
import { JURISDICTION_KINDS } from '../../domain/vocabulary.js';
import { ASSIGNMENT_CORE_FIELDS, ASSIGNMENT_FIELDS, ENTITY_FIELDS, ENTITY_NAME_FIELDS, validAt } from './validity.js';

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
     OPTIONAL MATCH (a:Assignment)
     WHERE a.jurisdictionId = sid AND a.role IN ['MEDICAID_AGENCY', 'SHIP'] AND ${validAt('a')}
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
 * Every state shares most of its contractors (the national ones, its MAC's), so each page
 * carries only [assignment id, coverage] pairs, and the statement returns each assignment
 * and each administrator once for all pages: 56 pages read about 1,600 pairs but a few
 * hundred facts. Facts come with their core fields; notes and sources load by id when asked.
 */
const statePage = (adminFields: string) => `
   CALL (s) {
     OPTIONAL MATCH (a:Assignment)
     WHERE $agency AND a.jurisdictionId = s.id AND a.role IN ['MEDICAID_AGENCY', 'SHIP'] AND ${validAt('a')}
     WITH a ORDER BY a.id
     RETURN collect(a) AS roles
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
   CALL (s) {
     OPTIONAL MATCH (s)<-[cv:COVERS]-(a:Assignment)
     WHERE $contractors AND ${validAt('cv')} AND cv.role IN $roles
     WITH a, min(cv.coverage) AS coverage
     ORDER BY a.role, a.programId, a.function, a.id
     LIMIT toInteger($limit)
     RETURN collect(a) AS covering, collect(CASE WHEN a IS NULL THEN null ELSE [a.id, coverage] END) AS contractors
   }
   WITH collect({s: s {${ENTITY_FIELDS}}, roles: [a IN roles | a.id], expansion: expansion, fmaps: fmaps, absence: absence, contractors: contractors}) AS pages,
        collect(roles + covering) AS facts
   CALL (facts) {
     UNWIND facts AS list
     UNWIND list AS a
     WITH DISTINCT a
     RETURN collect(a {${ASSIGNMENT_CORE_FIELDS}}) AS assignments, collect(DISTINCT a.administratorId) AS adminIds
   }
   CALL (adminIds) {
     UNWIND adminIds AS id
     MATCH (admin:Entity {id: id})
     RETURN collect(admin {${adminFields}}) AS admins
   }
   RETURN pages, assignments, admins`;

const byIds = (adminFields: string) => `UNWIND $stateIds AS sid
   MATCH (s:Entity {id: sid})
   WITH s ORDER BY s.code
   ${statePage(adminFields)}`;
const everyJurisdiction = (adminFields: string) => `MATCH (s:Entity) WHERE s.kind IN ${JURISDICTION_KIND_LIST}
   WITH s ORDER BY s.code
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
  /** Every administrator the page's facts name; whole records unless adminNames. */
  admins: EntityRecord[];
}

type Props = Record<string, unknown>;

export async function statePages(
  run: QueryRunner,
  which: { all: true } | { stateIds: string[] },
  asOf: string,
  want: PageParts & { roles: string[]; limit: number },
): Promise<StatePage[]> {
  const params = { stateIds: 'stateIds' in which ? which.stateIds : [], asOf, ...want };
  const [row] = await run.read<{
    pages: {
      s: Props;
      roles: string[];
      expansion: Props | null;
      fmaps: Props[];
      absence: Props | null;
      contractors: [string, 'FULL' | 'PARTIAL'][];
    }[];
    assignments: Props[];
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
  const adminList = [...admins.values()];
  const facts = new Map(row.assignments.map((a) => [String(a.id), a]));
  // Pages share most of their facts: one record per fact and coverage, read-only from here on.
  const records = new Map<string, AssignmentRecord>();
  const record = (id: string, coverage: 'FULL' | 'PARTIAL' | null): AssignmentRecord => {
    const key = `${coverage}|${id}`;
    let found = records.get(key);
    if (!found) {
      const a = toAssignment(facts.get(id)!, coverage);
      const admin = admins.get(a.administratorId);
      found = { ...a, related: admin && !want.adminNames ? [admin] : [] };
      records.set(key, found);
    }
    return found;
  };
  return row.pages.map((p) => {
    const roles = want.agency ? p.roles.map((id) => record(id, null)) : null;
    return {
      state: toEntity(p.s),
      agency: roles && roles.filter((a) => a.role === 'MEDICAID_AGENCY'),
      ship: roles && roles.filter((a) => a.role === 'SHIP'),
      expansion: want.expansion ? (p.expansion ? toExpansion(p.expansion) : null) : undefined,
      fmapRates: want.fmap ? p.fmaps.map(toFmapRate) : null,
      managedCareAbsence: want.absence ? (p.absence ? toManagedCareAbsence(p.absence) : null) : undefined,
      contractors: want.contractors ? p.contractors.map(([id, coverage]) => record(id, coverage)).sort(byListOrder) : null,
      admins: adminList,
    };
  });
}
