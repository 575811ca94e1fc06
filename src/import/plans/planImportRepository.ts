import { cypher, type QueryRunner } from '../../db/database.js';
import { addSource } from '../lib/addSource.js';

/**
 * Writes of the four plan imports. Every statement MERGEs on a stable id, so a batch that
 * runs twice (a retry, --resume) changes nothing the second time; every fact lists the
 * Source of the file it came from. A newer file closes (validTo) what an older one stated
 * and it no longer does, and never deletes it.
 */

// ------------------------------------------------------------------ contracts, parents, plans

/**
 * A contract entity. Files that only mention a contract (service area, enrollment) create it
 * with what they know; the contract file fills in the rest.
 */
export const MERGE_CONTRACTS = cypher(
  'import.plans.mergeContracts',
  `UNWIND $rows AS row
   MERGE (c:Entity {id: row.id})
   ON CREATE SET c.origin = $origin, c.kind = 'MEDICARE_CONTRACT', c.aliases = [], c.aliasText = '', c.confidence = 'verified',
                 c.contractNumber = row.contractNumber, c.name = row.name
   SET c:MedicareContract, ${addSource('c')},
       c.name = CASE WHEN row.authoritative OR c.name IS NULL THEN row.name ELSE c.name END,
       c.organizationName = coalesce(row.organizationName, c.organizationName),
       c.organizationType = coalesce(row.organizationType, c.organizationType),
       c.marketingName = CASE WHEN row.authoritative THEN row.marketingName ELSE c.marketingName END,
       c.effectiveDate = CASE WHEN row.effectiveDate IS NULL THEN c.effectiveDate ELSE date(row.effectiveDate) END,
       c.parentName = CASE WHEN row.authoritative THEN row.parentName ELSE c.parentName END,
       c.aliases = CASE WHEN row.organizationName IS NULL OR row.organizationName IN c.aliases THEN c.aliases ELSE c.aliases + row.organizationName END,
       c.validFrom = CASE WHEN row.effectiveDate IS NULL THEN c.validFrom ELSE date(row.effectiveDate) END,
       c.lastSeen = CASE WHEN row.authoritative AND (c.lastSeen IS NULL OR c.lastSeen < date($releaseDate)) THEN date($releaseDate) ELSE c.lastSeen END,
       c.validTo = CASE WHEN row.authoritative THEN null ELSE c.validTo END
   SET c.aliasText = reduce(t = '', a IN c.aliases | t + ' | ' + a)
   RETURN count(c) AS written`,
);

/** A parent company the seed does not hold becomes an entity of its own; a seed entity is left as curated. */
export const MERGE_PARENTS = cypher(
  'import.plans.mergeParents',
  `UNWIND $rows AS row
   MERGE (p:Entity {id: row.id})
   ON CREATE SET p.origin = $origin, p.kind = 'HEALTH_PLAN_COMPANY', p.name = row.name, p.aliases = [], p.aliasText = '',
                 p.confidence = 'verified', p.sources = [$sourceId]`,
);

/**
 * child SUBSIDIARY_OF parent, as the file states it. When a newer file names another parent,
 * the old link is closed the day before and the new one starts at the file's date.
 */
export const LINK_PARENTS = cypher(
  'import.plans.linkParents',
  `UNWIND $rows AS row
   MATCH (child:Entity {id: row.childId}), (parent:Entity {id: row.parentId})
   CALL (child, row) {
     OPTIONAL MATCH (child)-[old:SUBSIDIARY_OF]->(other:Entity)
     WHERE old.origin = $origin AND old.validTo IS NULL AND other.id <> row.parentId
       AND (old.lastSeen IS NULL OR old.lastSeen < date($releaseDate))
     SET old.validTo = date($dayBefore)
     RETURN count(old) AS closed
   }
   MERGE (child)-[r:SUBSIDIARY_OF {key: $origin + '|' + row.childId + '|' + row.parentId}]->(parent)
   ON CREATE SET r.origin = $origin, r.confidence = 'verified', r.validFrom = CASE WHEN closed > 0 THEN date($releaseDate) ELSE null END
   SET ${addSource('r')}, r.validTo = null,
       r.lastSeen = CASE WHEN r.lastSeen IS NULL OR r.lastSeen < date($releaseDate) THEN date($releaseDate) ELSE r.lastSeen END`,
);

export const MERGE_PLANS = cypher(
  'import.plans.mergePlans',
  `UNWIND $rows AS row
   MATCH (c:Entity {id: row.contractId})
   MERGE (p:MedicarePlan {id: row.id})
   SET p.contractId = row.contractId, p.planId = row.planId, p.name = row.name, p.planType = row.planType,
       p.offersPartD = row.offersPartD, p.snp = row.snp, p.eghp = row.eghp, ${addSource('p')}
   MERGE (c)-[:OFFERS]->(p)`,
);

/**
 * The administration fact: the contract administers Medicare Part C or D under CMS. Same
 * shape as the seed's assignments (BY, FOR, UNDER and the derived ADMINISTERS and
 * ACTS_UNDER edges), with no jurisdiction: where a contract serves is its service area.
 */
export const MERGE_CONTRACT_ASSIGNMENTS = cypher(
  'import.plans.mergeContractAssignments',
  `UNWIND $rows AS row
   MATCH (c:Entity {id: row.administratorId}), (program:Entity {id: row.programId}), (cms:Entity {id: 'org:cms'})
   MERGE (a:Assignment {id: row.id})
   ON CREATE SET a.origin = $origin, a.populationIds = [], a.excludeIds = [], a.confidence = 'verified'
   SET a.function = 'PLAN_SPONSORSHIP', a.role = row.role, a.administratorId = row.administratorId,
       a.programId = row.programId, a.jurisdictionId = null, a.principalId = 'org:cms', a.note = row.note,
       a.validFrom = CASE WHEN row.validFrom IS NULL THEN null ELSE date(row.validFrom) END, a.validTo = null,
       ${addSource('a')}
   MERGE (a)-[:BY]->(c)
   MERGE (a)-[:FOR]->(program)
   MERGE (a)-[:UNDER]->(cms)
   MERGE (c)-[d:ADMINISTERS {key: 'asg|' + row.id}]->(program)
   SET d.assignmentId = row.id, d.function = a.function, d.role = a.role, d.sources = a.sources,
       d.confidence = a.confidence, d.validFrom = a.validFrom, d.validTo = null, d.origin = $origin
   MERGE (c)-[u:ACTS_UNDER {key: 'asg|' + row.id}]->(cms)
   SET u.assignmentId = row.id, u.function = a.function, u.role = a.role, u.sources = a.sources,
       u.confidence = a.confidence, u.validFrom = a.validFrom, u.validTo = null, u.origin = $origin`,
);

/** Contracts an older contract file listed and this one does not: they end, with their administration facts. */
export const CLOSE_MISSING_CONTRACTS = cypher(
  'import.plans.closeMissingContracts',
  `MATCH (c:MedicareContract) WHERE c.lastSeen < date($releaseDate) AND c.validTo IS NULL
   SET c.validTo = date($dayBefore)
   WITH c
   OPTIONAL MATCH (c)<-[:BY]-(a:Assignment {origin: $origin}) WHERE a.validTo IS NULL
   SET a.validTo = date($dayBefore)
   WITH c, a
   OPTIONAL MATCH (c)-[d:ADMINISTERS|ACTS_UNDER]->() WHERE d.origin = $origin AND d.validTo IS NULL
   SET d.validTo = date($dayBefore)
   RETURN count(DISTINCT c) AS closed`,
);

// ------------------------------------------------------------------ service areas

/** A county whose flags changed since the last file: the old period ends the day before. */
export const CLOSE_CHANGED_SERVICE_AREAS = cypher(
  'import.plans.closeChangedServiceAreas',
  `UNWIND $rows AS row
   MATCH (sa:ServiceArea {contractId: row.contractId, fips: row.fips})
   WHERE sa.validTo IS NULL AND sa.lastSeen < date($releaseDate) AND (sa.partial <> row.partial OR sa.eghp <> row.eghp)
   SET sa.validTo = date($dayBefore)`,
);

/** The same county, same flags: still served; the period goes on. */
export const TOUCH_SERVICE_AREAS = cypher(
  'import.plans.touchServiceAreas',
  `UNWIND $rows AS row
   MATCH (sa:ServiceArea {contractId: row.contractId, fips: row.fips})
   WHERE sa.validTo IS NULL AND sa.partial = row.partial AND sa.eghp = row.eghp AND sa.lastSeen < date($releaseDate)
   SET sa.lastSeen = date($releaseDate), ${addSource('sa')}`,
);

/** A county with no open period: a new one starts at the file's date. */
export const OPEN_SERVICE_AREAS = cypher(
  'import.plans.openServiceAreas',
  `UNWIND $rows AS row
   MATCH (c:Entity {id: row.contractId})
   WITH c, row WHERE NOT EXISTS {
     MATCH (open:ServiceArea {contractId: row.contractId, fips: row.fips}) WHERE open.validTo IS NULL
   }
   MERGE (sa:ServiceArea {id: row.id})
   ON CREATE SET sa.origin = $origin, sa.contractId = row.contractId, sa.fips = row.fips, sa.countyId = row.countyId,
                 sa.countyName = row.countyName, sa.state = row.state, sa.partial = row.partial, sa.eghp = row.eghp,
                 sa.notes = row.notes, sa.validFrom = date($releaseDate), sa.lastSeen = date($releaseDate),
                 sa.sources = [$sourceId]
   MERGE (c)-[:SERVES_AREA]->(sa)
   WITH sa, row
   OPTIONAL MATCH (county:Entity {id: row.countyId})
   FOREACH (_ IN CASE WHEN county IS NULL THEN [] ELSE [1] END | MERGE (sa)-[:IN]->(county))`,
);

/** Counties the newest file no longer lists for a contract: the contract left them. */
export const CLOSE_MISSING_SERVICE_AREAS = cypher(
  'import.plans.closeMissingServiceAreas',
  `MATCH (sa:ServiceArea) WHERE sa.validTo IS NULL AND sa.lastSeen < date($releaseDate)
   SET sa.validTo = date($dayBefore)
   RETURN count(sa) AS closed`,
);

// ------------------------------------------------------------------ enrollment

export const MERGE_PLAN_ENROLLMENT = cypher(
  'import.plans.mergePlanEnrollment',
  `UNWIND $rows AS row
   MERGE (e:PlanEnrollment {id: row.id})
   SET e.contractId = row.contractId, e.planId = row.planId, e.fips = row.fips, e.ssa = row.ssa, e.state = row.state,
       e.county = row.county, e.enrollment = toInteger(row.enrollment), e.suppressed = row.suppressed, e.asOf = date($releaseDate),
       e.sources = [$sourceId], e.origin = $origin`,
);

export const CONTRACTS_ENROLLED_AT = cypher(
  'import.plans.contractsEnrolledAt',
  `MATCH (e:PlanEnrollment) WHERE e.asOf = date($releaseDate)
   RETURN DISTINCT e.contractId AS contractId ORDER BY contractId`,
);

export async function contractsEnrolledAt(db: QueryRunner, releaseDate: string): Promise<string[]> {
  return (await db.read<{ contractId: string }>(CONTRACTS_ENROLLED_AT, { releaseDate })).map((r) => r.contractId);
}

/** Plan-level counts of a few contracts at one date, grouped by place, for the pure aggregation. */
export const PLAN_COUNTS_OF_CONTRACTS = cypher(
  'import.plans.planCountsOfContracts',
  `UNWIND $contractIds AS cid
   MATCH (e:PlanEnrollment {contractId: cid, asOf: date($releaseDate)})
   RETURN cid AS contractId, e.state AS state, e.fips AS fips,
          collect({count: e.enrollment, suppressed: e.suppressed}) AS counts`,
);

export interface PlaceCounts {
  contractId: string;
  state: string | null;
  fips: string | null;
  counts: { count: number | null; suppressed: boolean }[];
}

export function planCountsOfContracts(db: QueryRunner, contractIds: string[], releaseDate: string): Promise<PlaceCounts[]> {
  return db.read<PlaceCounts>(PLAN_COUNTS_OF_CONTRACTS, { contractIds, releaseDate });
}

/**
 * Contract enrollment per place at one date. sortKey (largest first) is set only on the
 * newest date's state and county facts of MA contracts: it is what medicareAdvantage pages on.
 */
export const MERGE_CONTRACT_ENROLLMENT = cypher(
  'import.plans.mergeContractEnrollment',
  `UNWIND $rows AS row
   MERGE (m:MaEnrollment {id: row.id})
   SET m.level = row.level, m.placeId = row.placeId, m.fips = row.fips, m.contractId = row.contractId,
       m.enrollment = toInteger(row.enrollment), m.suppressed = row.suppressed, m.asOf = date($releaseDate),
       m.sortKey = CASE WHEN $current THEN row.sortKey ELSE null END, m.sources = [$sourceId], m.origin = $origin
   WITH m, row
   MATCH (c:Entity {id: row.contractId})
   MERGE (c)-[:HAS_ENROLLMENT]->(m)
   WITH m, row
   OPTIONAL MATCH (place:Entity {id: row.placeId})
   FOREACH (_ IN CASE WHEN place IS NULL THEN [] ELSE [1] END | MERGE (m)-[:IN]->(place))`,
);

export const LATEST_ENROLLMENT_DATE = cypher(
  'import.plans.latestEnrollmentDate',
  `MATCH (m:MaEnrollment) WHERE m.asOf IS NOT NULL RETURN toString(m.asOf) AS asOf ORDER BY m.asOf DESC LIMIT 1`,
);

export async function latestEnrollmentDate(db: QueryRunner): Promise<string | null> {
  return (await db.read<{ asOf: string }>(LATEST_ENROLLMENT_DATE))[0]?.asOf ?? null;
}

/** Older dates stop being the ones medicareAdvantage lists; their counts stay as history. */
export const RETIRE_OLDER_SORT_KEYS = cypher(
  'import.plans.retireOlderSortKeys',
  `MATCH (m:MaEnrollment) WHERE m.asOf < date($releaseDate) AND m.sortKey IS NOT NULL
   REMOVE m.sortKey
   RETURN count(m) AS retired`,
);

// ------------------------------------------------------------------ Medicaid managed care

export const MERGE_MEDICAID_PLANS = cypher(
  'import.plans.mergeMedicaidPlans',
  `UNWIND $rows AS row
   MATCH (s:Entity {id: row.stateId})
   MERGE (p:Entity {id: row.id})
   ON CREATE SET p.origin = $origin, p.kind = 'MANAGED_CARE_ORGANIZATION', p.name = row.name, p.aliases = [],
                 p.aliasText = '', p.confidence = 'verified', p.stateId = row.stateId,
                 p.description = 'Medicaid managed care plan in ' + s.name + '.'
   SET ${addSource('p')}`,
);

/**
 * The plan does managed care for the state's Medicaid program, under the state agency, from
 * the July 1 of the first year the table lists it. firstYear/lastYear widen with every row.
 */
export const MERGE_MEDICAID_ASSIGNMENTS = cypher(
  'import.plans.mergeMedicaidAssignments',
  `UNWIND $rows AS row
   MATCH (plan:Entity {id: row.administratorId}), (program:Entity {id: row.programId}), (state:Entity {id: row.stateId})
   MERGE (a:Assignment {id: row.id})
   ON CREATE SET a.origin = $origin, a.populationIds = [], a.excludeIds = [], a.confidence = 'verified',
                 a.firstYear = toInteger(row.year), a.lastYear = toInteger(row.year)
   SET a.function = 'MANAGED_CARE', a.role = 'MEDICAID_MCO', a.administratorId = row.administratorId,
       a.programId = row.programId, a.jurisdictionId = row.stateId, a.note = row.note,
       a.firstYear = CASE WHEN row.year < a.firstYear THEN toInteger(row.year) ELSE a.firstYear END,
       a.lastYear = CASE WHEN row.year > a.lastYear THEN toInteger(row.year) ELSE a.lastYear END,
       ${addSource('a')}
   SET a.validFrom = date({year: toInteger(a.firstYear), month: 7, day: 1})
   MERGE (a)-[:BY]->(plan)
   MERGE (a)-[:FOR]->(program)
   MERGE (a)-[:IN]->(state)
   MERGE (plan)-[d:ADMINISTERS {key: 'asg|' + row.id}]->(program)
   SET d.assignmentId = row.id, d.function = a.function, d.role = a.role, d.sources = a.sources,
       d.confidence = a.confidence, d.validFrom = a.validFrom, d.origin = $origin
   WITH a, plan, row
   OPTIONAL MATCH (agency:Entity {id: row.principalId})
   FOREACH (_ IN CASE WHEN agency IS NULL THEN [] ELSE [1] END |
     SET a.principalId = row.principalId
     MERGE (a)-[:UNDER]->(agency)
     MERGE (plan)-[u:ACTS_UNDER {key: 'asg|' + row.id}]->(agency)
     SET u.assignmentId = row.id, u.function = a.function, u.role = a.role, u.sources = a.sources,
         u.confidence = a.confidence, u.validFrom = a.validFrom, u.origin = $origin)`,
);

export const MERGE_MEDICAID_ENROLLMENT = cypher(
  'import.plans.mergeMedicaidEnrollment',
  `UNWIND $rows AS row
   MATCH (plan:Entity {id: row.planId})
   MERGE (e:MedicaidPlanEnrollment {id: row.id})
   SET e.planId = row.planId, e.stateId = row.stateId, e.programName = row.programName, e.region = row.region,
       e.year = toInteger(row.year), e.medicaidOnly = toInteger(row.medicaidOnly), e.dual = toInteger(row.dual), e.total = toInteger(row.total),
       e.note = row.note, e.sources = [$sourceId], e.origin = $origin
   MERGE (plan)-[:HAS_ENROLLMENT]->(e)`,
);

/**
 * After the whole table: a plan's program fact ends the day before the July 1 report that no
 * longer lists it (the table's last year is its newest report), and is open otherwise.
 */
export const END_MEDICAID_ASSIGNMENTS = cypher(
  'import.plans.endMedicaidAssignments',
  `MATCH (a:Assignment {origin: $origin})
   WITH a, CASE WHEN a.lastYear < $lastYear THEN date({year: toInteger(a.lastYear) + 1, month: 6, day: 30}) ELSE null END AS end
   SET a.validTo = end
   WITH a, end
   OPTIONAL MATCH ()-[d:ADMINISTERS|ACTS_UNDER]->() WHERE d.key = 'asg|' + a.id
   SET d.validTo = end
   RETURN count(DISTINCT a) AS facts, count(DISTINCT CASE WHEN end IS NOT NULL THEN a END) AS ended`,
);

export const LAST_MEDICAID_YEAR = cypher(
  'import.plans.lastMedicaidYear',
  `MATCH (e:MedicaidPlanEnrollment) WHERE $sourceId IN e.sources RETURN max(e.year) AS year`,
);
