import type {
  ContractRecord,
  MaEntryRecord,
  MedicaidPlanEnrollmentRecord,
  MedicareEnrollmentRecord,
  MedicarePlanRecord,
  ServiceAreaCountyRecord,
} from '../../domain/contractRecords.js';
import type { AssignmentRecord } from '../../domain/records.js';
import { cypher, type QueryRunner } from '../database.js';
import { groupInKeyOrder, oneInKeyOrder, str, toAssignment, toEntity } from './rows.js';
import { validAt, validSince } from './validity.js';

/**
 * Reads of Medicare contracts and Medicaid plans. Lists seek by an indexed key from the last
 * key seen (keyset) and fetch limit + 1 rows to know whether another page follows.
 */

type Props = Record<string, unknown>;
const list = (v: unknown): string[] => (Array.isArray(v) ? v.map(String) : []);
const int = (v: unknown): number | null => (v === null || v === undefined ? null : Number(v));

export const CONTRACTS_BY_IDS = cypher(
  'contract.byIds',
  `UNWIND $ids AS id
   MATCH (c:Entity {id: id}) WHERE c:MedicareContract
   CALL (c) {
     OPTIONAL MATCH (c)-[r:SUBSIDIARY_OF]->(p:Entity) WHERE r.validTo IS NULL
     RETURN p.id AS parentId ORDER BY r.lastSeen DESC LIMIT 1
   }
   RETURN c {.id, .name, .kind, .aliases, .description, .confidence, .validFrom, .validTo, .sources, .contractNumber,
             .organizationName, .marketingName, .organizationType, .effectiveDate} AS c, parentId`,
);

export async function contractsByIds(run: QueryRunner, ids: readonly string[]): Promise<(ContractRecord | null)[]> {
  const rows = await run.read<{ c: Props; parentId: string | null }>(CONTRACTS_BY_IDS, { ids: [...ids] });
  return oneInKeyOrder(
    ids,
    rows.map((r) => ({
      key: String(r.c.id),
      value: {
        ...toEntity(r.c),
        contractNumber: String(r.c.contractNumber),
        organizationName: str(r.c.organizationName),
        marketingName: str(r.c.marketingName),
        organizationType: str(r.c.organizationType),
        effectiveDate: str(r.c.effectiveDate),
        parentId: r.parentId,
      },
    })),
  );
}

/** The contract's Part C / Part D facts valid at a date, batched over "contractId|asOf" keys by the caller. */
export const CONTRACT_ADMINISTRATION = cypher(
  'contract.administration',
  `UNWIND $ids AS id
   MATCH (:Entity {id: id})<-[:BY]-(a:Assignment)
   WHERE a.origin = 'import:ma-contracts'
     AND ${validAt('a')}
   RETURN id AS key, a {.id, .administratorId, .function, .programId, .jurisdictionId, .principalId, .populationIds,
                        .excludeIds, .role, .validFrom, .validTo, .confidence, .note, .sources} AS a
   ORDER BY key, a.programId`,
);

export async function contractAdministration(run: QueryRunner, ids: readonly string[], asOf: string): Promise<AssignmentRecord[][]> {
  const rows = await run.read<{ key: string; a: Props }>(CONTRACT_ADMINISTRATION, { ids: [...ids], asOf });
  return groupInKeyOrder(
    ids,
    rows.map((r) => ({ key: r.key, value: toAssignment(r.a) })),
  );
}

export interface KeyPage<T> {
  items: T[];
  /** The order key of each item, for its cursor. */
  keys: string[];
  hasNextPage: boolean;
  totalCount: number;
}

function keyPage<T>(rows: { key: string; item: T }[], limit: number, totalCount: number): KeyPage<T> {
  const page = rows.slice(0, limit);
  return { items: page.map((r) => r.item), keys: page.map((r) => r.key), hasNextPage: rows.length > limit, totalCount };
}

export const PLANS_OF_CONTRACT = cypher(
  'contract.plans',
  `CALL () {
     MATCH (p:MedicarePlan) WHERE p.contractId = $contractId AND p.id > $after
     RETURN p ORDER BY p.contractId, p.id LIMIT toInteger($limit) + 1
   }
   WITH collect(p {.id, .planId, .name, .planType, .offersPartD, .snp, .eghp, .sources}) AS rows
   CALL () {
     MATCH (p:MedicarePlan) WHERE p.contractId = $contractId AND p.id > '' RETURN count(p) AS total
   }
   RETURN rows, total`,
);

export async function plansOfContract(
  run: QueryRunner,
  contractId: string,
  after: string,
  limit: number,
): Promise<KeyPage<MedicarePlanRecord>> {
  const [r] = await run.read<{ rows: Props[]; total: number }>(PLANS_OF_CONTRACT, { contractId, after, limit });
  const rows = (r?.rows ?? []).map((p) => ({
    key: String(p.id),
    item: {
      id: String(p.id),
      planId: String(p.planId),
      name: str(p.name),
      planType: str(p.planType),
      offersPartD: Boolean(p.offersPartD),
      snp: Boolean(p.snp),
      eghp: Boolean(p.eghp),
      sources: list(p.sources),
    },
  }));
  return keyPage(rows, limit, r?.total ?? 0);
}

const SERVICE_AREA_AT = `sa.contractId = $contractId AND ${validSince('sa')}`;

export const SERVICE_AREA_OF_CONTRACT = cypher(
  'contract.serviceArea',
  `CALL () {
     // The hint keeps the page a seek in index order; left alone the planner sometimes sorts instead.
     MATCH (sa:ServiceArea) USING INDEX sa:ServiceArea(contractId, fips)
     WHERE sa.contractId = $contractId AND sa.fips > $after
     WITH sa ORDER BY sa.contractId, sa.fips
     WHERE ${validSince('sa')}
     RETURN sa LIMIT toInteger($limit) + 1
   }
   WITH collect(sa {.fips, .countyId, .countyName, .state, .partial, .eghp, .validFrom, .validTo, .sources}) AS rows
   CALL () {
     MATCH (sa:ServiceArea) WHERE sa.fips > '' AND ${SERVICE_AREA_AT} RETURN count(sa) AS total
   }
   RETURN rows, total`,
);

export async function serviceAreaOfContract(
  run: QueryRunner,
  contractId: string,
  asOf: string,
  after: string,
  limit: number,
): Promise<KeyPage<ServiceAreaCountyRecord>> {
  const [r] = await run.read<{ rows: Props[]; total: number }>(SERVICE_AREA_OF_CONTRACT, { contractId, asOf, after, limit });
  const rows = (r?.rows ?? []).map((s) => ({
    key: String(s.fips),
    item: {
      fips: String(s.fips),
      countyId: String(s.countyId),
      countyName: str(s.countyName),
      state: str(s.state),
      partial: Boolean(s.partial),
      eghp: Boolean(s.eghp),
      validFrom: str(s.validFrom),
      validTo: str(s.validTo),
      sources: list(s.sources),
    },
  }));
  return keyPage(rows, limit, r?.total ?? 0);
}

function toEnrollment(m: Props): MedicareEnrollmentRecord {
  return {
    placeId: str(m.placeId),
    fips: str(m.fips),
    enrollment: int(m.enrollment),
    suppressed: Boolean(m.suppressed),
    asOf: String(m.asOf),
    sources: list(m.sources),
  };
}

/** The date of the contract's latest enrollment file on or before asOf. */
const LATEST_FILE = `MATCH (t:MaEnrollment) WHERE t.contractId = $contractId AND t.level = 'CONTRACT' AND t.asOf <= date($asOf)
   WITH t ORDER BY t.asOf DESC LIMIT 1`;

export const CONTRACT_TOTAL_ENROLLMENT = cypher(
  'contract.totalEnrollment',
  `${LATEST_FILE}
   RETURN t {.placeId, .fips, .enrollment, .suppressed, .asOf, .sources} AS m`,
);

export async function contractTotalEnrollment(
  run: QueryRunner,
  contractId: string,
  asOf: string,
): Promise<MedicareEnrollmentRecord | null> {
  const [r] = await run.read<{ m: Props }>(CONTRACT_TOTAL_ENROLLMENT, { contractId, asOf });
  return r ? toEnrollment(r.m) : null;
}

export const CONTRACT_ENROLLMENT_BY_STATE = cypher(
  'contract.enrollmentByState',
  `${LATEST_FILE}
   MATCH (m:MaEnrollment) WHERE m.contractId = $contractId AND m.level = 'STATE' AND m.asOf = t.asOf
   RETURN m {.placeId, .fips, .enrollment, .suppressed, .asOf, .sources} AS m
   ORDER BY coalesce(m.enrollment, -1) DESC, m.placeId
   LIMIT 60`,
);

export async function contractEnrollmentByState(run: QueryRunner, contractId: string, asOf: string): Promise<MedicareEnrollmentRecord[]> {
  return (await run.read<{ m: Props }>(CONTRACT_ENROLLMENT_BY_STATE, { contractId, asOf })).map((r) => toEnrollment(r.m));
}

export const CONTRACT_ENROLLMENT_BY_COUNTY = cypher(
  'contract.enrollmentByCounty',
  `${LATEST_FILE}
   CALL (t) {
     // The hint: with few enrollment rows the planner may seek the asOf index and sort instead.
     MATCH (m:MaEnrollment) USING INDEX m:MaEnrollment(contractId, level, asOf, fips)
     WHERE m.contractId = $contractId AND m.level = 'COUNTY' AND m.asOf = t.asOf AND m.fips > $after
     RETURN m ORDER BY m.contractId, m.level, m.asOf, m.fips LIMIT toInteger($limit) + 1
   }
   WITH t, collect(m {.placeId, .fips, .enrollment, .suppressed, .asOf, .sources}) AS rows
   CALL (t) {
     MATCH (m:MaEnrollment) WHERE m.contractId = $contractId AND m.level = 'COUNTY' AND m.asOf = t.asOf AND m.fips > ''
     RETURN count(m) AS total
   }
   RETURN rows, total`,
);

export async function contractEnrollmentByCounty(
  run: QueryRunner,
  contractId: string,
  asOf: string,
  after: string,
  limit: number,
): Promise<KeyPage<MedicareEnrollmentRecord>> {
  const [r] = await run.read<{ rows: Props[]; total: number }>(CONTRACT_ENROLLMENT_BY_COUNTY, { contractId, asOf, after, limit });
  const rows = (r?.rows ?? []).map((m) => ({ key: String(m.fips), item: toEnrollment(m) }));
  return keyPage(rows, limit, r?.total ?? 0);
}

/**
 * Contracts with enrollees in a place (state:CA or county:06037), largest first, from the
 * newest enrollment file: only its facts carry sortKey, and (placeId, sortKey) is indexed, so
 * a page is one index seek. For a county, the service area valid at the file's date says
 * whether the contract covers it fully or partly.
 */
export const MEDICARE_ADVANTAGE_IN = cypher(
  'contract.medicareAdvantageIn',
  `CALL () {
     MATCH (m:MaEnrollment) WHERE m.placeId = $placeId AND m.sortKey > $after
     RETURN m ORDER BY m.placeId, m.sortKey LIMIT toInteger($limit) + 1
   }
   CALL (m) {
     OPTIONAL MATCH (sa:ServiceArea) WHERE m.fips IS NOT NULL AND sa.contractId = m.contractId AND sa.fips = m.fips
       AND ${validSince('sa', 'm.asOf')}
     RETURN sa.partial AS partial LIMIT 1
   }
   WITH collect({contractId: m.contractId, enrollment: m.enrollment, suppressed: m.suppressed, asOf: m.asOf,
                 sortKey: m.sortKey, partial: partial}) AS rows
   CALL () {
     MATCH (m:MaEnrollment) WHERE m.placeId = $placeId AND m.sortKey > '' RETURN count(m) AS total
   }
   RETURN rows, total`,
);

export async function medicareAdvantageIn(
  run: QueryRunner,
  placeId: string,
  after: string,
  limit: number,
): Promise<KeyPage<MaEntryRecord>> {
  const [r] = await run.read<{ rows: Props[]; total: number }>(MEDICARE_ADVANTAGE_IN, { placeId, after, limit });
  const rows = (r?.rows ?? []).map((m) => ({
    key: String(m.sortKey),
    item: {
      contractId: String(m.contractId),
      enrollment: int(m.enrollment),
      suppressed: Boolean(m.suppressed),
      asOf: String(m.asOf),
      coverage: m.partial === null || m.partial === undefined ? null : m.partial ? ('PARTIAL' as const) : ('FULL' as const),
    },
  }));
  return keyPage(rows, limit, r?.total ?? 0);
}

/** A Medicaid plan's enrollment facts, batched over plan ids, newest year first, at most 100 each. */
export const MEDICAID_PLAN_ENROLLMENT = cypher(
  'contract.medicaidPlanEnrollment',
  `UNWIND $ids AS id
   CALL (id) {
     MATCH (e:MedicaidPlanEnrollment) WHERE e.planId = id AND ($year IS NULL OR e.year = $year)
     RETURN e ORDER BY e.year DESC, e.programName, e.region LIMIT 100
   }
   RETURN id AS key, e {.year, .stateId, .programName, .region, .medicaidOnly, .dual, .total, .note, .sources} AS e`,
);

export async function medicaidPlanEnrollment(
  run: QueryRunner,
  ids: readonly string[],
  year: number | null,
): Promise<MedicaidPlanEnrollmentRecord[][]> {
  const rows = await run.read<{ key: string; e: Props }>(MEDICAID_PLAN_ENROLLMENT, { ids: [...ids], year });
  return groupInKeyOrder(
    ids,
    rows.map((r) => ({
      key: r.key,
      value: {
        year: Number(r.e.year),
        stateId: str(r.e.stateId),
        programName: String(r.e.programName),
        region: str(r.e.region),
        medicaidOnly: int(r.e.medicaidOnly),
        dual: int(r.e.dual),
        total: int(r.e.total),
        note: str(r.e.note),
        sources: list(r.e.sources),
      },
    })),
  );
}
