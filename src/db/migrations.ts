import { DERIVED_RELATIONSHIP_TYPES, RELATIONSHIP_TYPES } from '../domain/vocabulary.js';
import { cypher, type Database } from './database.js';

/**
 * Schema statements applied at every start. Each is idempotent (IF NOT EXISTS), so
 * running them again is a no-op; a new one is simply appended to the list.
 */
export const MIGRATIONS = [
  cypher('entityIdUnique', 'CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (e:Entity) REQUIRE e.id IS UNIQUE'),
  cypher('sourceIdUnique', 'CREATE CONSTRAINT source_id IF NOT EXISTS FOR (s:Source) REQUIRE s.id IS UNIQUE'),
  cypher('assignmentIdUnique', 'CREATE CONSTRAINT assignment_id IF NOT EXISTS FOR (a:Assignment) REQUIRE a.id IS UNIQUE'),
  cypher('expansionStateUnique', 'CREATE CONSTRAINT expansion_state IF NOT EXISTS FOR (x:MedicaidExpansion) REQUIRE x.stateId IS UNIQUE'),
  cypher('fmapIdUnique', 'CREATE CONSTRAINT fmap_id IF NOT EXISTS FOR (f:FmapRate) REQUIRE f.id IS UNIQUE'),
  cypher('entityKindIndex', 'CREATE INDEX entity_kind IF NOT EXISTS FOR (e:Entity) ON (e.kind)'),
  cypher('entityCodeIndex', 'CREATE INDEX entity_code IF NOT EXISTS FOR (e:Entity) ON (e.code)'),
  cypher('assignmentRoleIndex', 'CREATE INDEX assignment_role IF NOT EXISTS FOR (a:Assignment) ON (a.role)'),
  cypher('assignmentJurisdictionIndex', 'CREATE INDEX assignment_jurisdiction IF NOT EXISTS FOR (a:Assignment) ON (a.jurisdictionId)'),
  cypher('assignmentProgramIndex', 'CREATE INDEX assignment_program IF NOT EXISTS FOR (a:Assignment) ON (a.programId)'),
  cypher('assignmentFunctionIndex', 'CREATE INDEX assignment_function IF NOT EXISTS FOR (a:Assignment) ON (a.function)'),
  cypher('fmapStateIndex', 'CREATE INDEX fmap_state IF NOT EXISTS FOR (f:FmapRate) ON (f.stateId, f.fiscalYear)'),
  // Keyset pages: equality on the owner, then a seek past the last assignment id seen.
  cypher(
    'assignmentAdministratorIdIndex',
    'CREATE INDEX assignment_administrator_id IF NOT EXISTS FOR (a:Assignment) ON (a.administratorId, a.id)',
  ),
  cypher(
    'assignmentJurisdictionRoleIdIndex',
    'CREATE INDEX assignment_jurisdiction_role_id IF NOT EXISTS FOR (a:Assignment) ON (a.jurisdictionId, a.role, a.id)',
  ),
  cypher('dataVersionUnique', 'CREATE CONSTRAINT data_version_id IF NOT EXISTS FOR (v:DataVersion) REQUIRE v.id IS UNIQUE'),
  cypher(
    'entitySearchIndex',
    `CREATE FULLTEXT INDEX entity_search IF NOT EXISTS FOR (e:Entity) ON EACH [e.name, e.aliasText, e.description]
     OPTIONS { indexConfig: { \`fulltext.analyzer\`: 'standard-no-stop-words' } }`,
  ),
  // Imports of the public CMS files (src/import): the checkpoint of each run.
  cypher('importRunIdUnique', 'CREATE CONSTRAINT import_run_id IF NOT EXISTS FOR (r:ImportRun) REQUIRE r.id IS UNIQUE'),
  cypher('importRunKindIndex', 'CREATE INDEX import_run_kind IF NOT EXISTS FOR (r:ImportRun) ON (r.kind, r.status)'),
  // Medicare contracts, their plans, service areas and enrollment; Medicaid plan enrollment.
  cypher('medicarePlanIdUnique', 'CREATE CONSTRAINT medicare_plan_id IF NOT EXISTS FOR (p:MedicarePlan) REQUIRE p.id IS UNIQUE'),
  cypher('serviceAreaIdUnique', 'CREATE CONSTRAINT service_area_id IF NOT EXISTS FOR (s:ServiceArea) REQUIRE s.id IS UNIQUE'),
  cypher('planEnrollmentIdUnique', 'CREATE CONSTRAINT plan_enrollment_id IF NOT EXISTS FOR (e:PlanEnrollment) REQUIRE e.id IS UNIQUE'),
  cypher('maEnrollmentIdUnique', 'CREATE CONSTRAINT ma_enrollment_id IF NOT EXISTS FOR (m:MaEnrollment) REQUIRE m.id IS UNIQUE'),
  cypher(
    'medicaidPlanEnrollmentIdUnique',
    'CREATE CONSTRAINT medicaid_plan_enrollment_id IF NOT EXISTS FOR (e:MedicaidPlanEnrollment) REQUIRE e.id IS UNIQUE',
  ),
  cypher('serviceAreaContractIndex', 'CREATE INDEX service_area_contract IF NOT EXISTS FOR (s:ServiceArea) ON (s.contractId, s.fips)'),
  cypher('serviceAreaLastSeenIndex', 'CREATE INDEX service_area_last_seen IF NOT EXISTS FOR (s:ServiceArea) ON (s.lastSeen)'),
  cypher(
    'planEnrollmentContractIndex',
    'CREATE INDEX plan_enrollment_contract IF NOT EXISTS FOR (e:PlanEnrollment) ON (e.contractId, e.asOf)',
  ),
  cypher('planEnrollmentAsOfIndex', 'CREATE INDEX plan_enrollment_as_of IF NOT EXISTS FOR (e:PlanEnrollment) ON (e.asOf)'),
  cypher('maEnrollmentRankIndex', 'CREATE INDEX ma_enrollment_rank IF NOT EXISTS FOR (m:MaEnrollment) ON (m.placeId, m.sortKey)'),
  cypher(
    'maEnrollmentContractIndex',
    'CREATE INDEX ma_enrollment_contract IF NOT EXISTS FOR (m:MaEnrollment) ON (m.contractId, m.level, m.asOf, m.fips)',
  ),
  cypher('maEnrollmentAsOfIndex', 'CREATE INDEX ma_enrollment_as_of IF NOT EXISTS FOR (m:MaEnrollment) ON (m.asOf)'),
  cypher(
    'medicaidPlanEnrollmentPlanIndex',
    'CREATE INDEX medicaid_plan_enrollment_plan IF NOT EXISTS FOR (e:MedicaidPlanEnrollment) ON (e.planId, e.year)',
  ),
  cypher(
    'medicareContractLastSeenIndex',
    'CREATE INDEX medicare_contract_last_seen IF NOT EXISTS FOR (c:MedicareContract) ON (c.lastSeen)',
  ),
  cypher('medicarePlanContractIndex', 'CREATE INDEX medicare_plan_contract IF NOT EXISTS FOR (p:MedicarePlan) ON (p.contractId, p.id)'),
  cypher('assignmentOriginIndex', 'CREATE INDEX assignment_origin IF NOT EXISTS FOR (a:Assignment) ON (a.origin)'),
  // Providers (NPPES): keyset pages seek by (place, npi), so each filter has its own composite index.
  cypher('providerNpiUnique', 'CREATE CONSTRAINT provider_npi IF NOT EXISTS FOR (p:Provider) REQUIRE p.npi IS UNIQUE'),
  cypher('providerStateIndex', 'CREATE INDEX provider_state_npi IF NOT EXISTS FOR (p:Provider) ON (p.stateId, p.npi)'),
  cypher('providerCountyIndex', 'CREATE INDEX provider_county_npi IF NOT EXISTS FOR (p:Provider) ON (p.countyId, p.npi)'),
  cypher('providerZipIndex', 'CREATE INDEX provider_zip_npi IF NOT EXISTS FOR (p:Provider) ON (p.zip, p.npi)'),
  cypher('providerReleaseIndex', 'CREATE INDEX provider_release IF NOT EXISTS FOR (p:Provider) ON (p.releaseDate)'),
  cypher('providerParentNameIndex', 'CREATE INDEX provider_parent_name IF NOT EXISTS FOR (p:Provider) ON (p.parentOrganizationName)'),
  // Parents are found by matchName, which only organizations carry; an index on every provider's name cost each imported row.
  cypher('providerMatchNameIndex', 'CREATE INDEX provider_match_name IF NOT EXISTS FOR (p:Provider) ON (p.matchName)'),
  cypher('dropProviderNameIndex', 'DROP INDEX provider_name IF EXISTS'),
  // Certified facilities (Provider of Services file), by CCN.
  cypher('facilityCcnUnique', 'CREATE CONSTRAINT facility_ccn IF NOT EXISTS FOR (f:Facility) REQUIRE f.ccn IS UNIQUE'),
  cypher('facilitySourceIndex', 'CREATE INDEX facility_source IF NOT EXISTS FOR (f:Facility) ON (f.sourceId)'),
  cypher('entityKindIdIndex', 'CREATE INDEX entity_kind_id IF NOT EXISTS FOR (e:Entity) ON (e.kind, e.id)'),
  // A full-text index cannot gain a property in place: the one with kind words replaces entity_search.
  cypher(
    'entityTextIndex',
    `CREATE FULLTEXT INDEX entity_text IF NOT EXISTS FOR (e:Entity) ON EACH [e.name, e.aliasText, e.kindText, e.description]
     OPTIONS { indexConfig: { \`fulltext.analyzer\`: 'standard-no-stop-words' } }`,
  ),
  cypher('dropEntitySearchIndex', 'DROP INDEX entity_search IF EXISTS'),
];

/**
 * Names statements read before any write may have set them: the open end of a stored period,
 * what only an import writes, a relation no fact has yet. Neo4j answers every run of a
 * statement that names an unknown property or relationship type with a warning, which the
 * driver then decodes (a tenth of the oversight chain's cost per request, on a seeded graph
 * without imports). A registered name costs nothing.
 */
const REGISTERED_PROPERTIES = [
  // Stored answers (dataVersionRepository): an open period has no end.
  'chainsTo',
  'pagesTo',
  // Providers (NPPES import).
  'city',
  'deactivationDate',
  'entityType',
  'enumerationDate',
  'lastUpdateDate',
  'primaryTaxonomy',
  'reactivationDate',
  'taxonomies',
  // Medicare contracts, plans, service areas and enrollment; Medicaid plan enrollment (plan imports).
  'contractNumber',
  'countyName',
  'dual',
  'effectiveDate',
  'eghp',
  'enrollment',
  'marketingName',
  'medicaidOnly',
  'offersPartD',
  'organizationName',
  'organizationType',
  'partial',
  'planType',
  'programName',
  'region',
  'snp',
  'state',
  'suppressed',
  'total',
  // Exports of derived edges, which carry the assignment they come from.
  'assignmentId',
] as const;
const REGISTERED_RELATIONSHIP_TYPES = [...RELATIONSHIP_TYPES, ...DERIVED_RELATIONSHIP_TYPES, 'SUBPART_OF'] as const;

const REGISTER_PROPERTIES = cypher(
  'registerProperties',
  'UNWIND $names AS name CALL db.createProperty(name) RETURN count(*) AS registered',
);
const REGISTER_RELATIONSHIP_TYPES = cypher(
  'registerRelationshipTypes',
  'UNWIND $names AS name CALL db.createRelationshipType(name) RETURN count(*) AS registered',
);

const AWAIT_INDEXES = cypher('awaitIndexes', 'CALL db.awaitIndexes(300)');

const INDEXES_NOT_ONLINE = cypher(
  'indexesNotOnline',
  `SHOW INDEXES YIELD name, state, populationPercent WHERE state <> 'ONLINE'
   RETURN name, state, populationPercent AS percent ORDER BY name`,
);

export interface PendingIndex {
  name: string;
  state: string;
  percent: number;
}

/**
 * Migrations, then a wait for every index to be online. Indexes created over a store that
 * already holds millions of nodes (a bulk-loaded one) take minutes to populate: polling with
 * short statements, instead of one awaitIndexes call, keeps each under the statement timeout
 * and lets the caller show the progress.
 */
export async function migrate(
  db: Database,
  options: { onPopulating?: (pending: PendingIndex[]) => void; pollMs?: number } = {},
): Promise<void> {
  const run = db.runner();
  for (const m of MIGRATIONS) await run.write(m);
  await run.write(REGISTER_PROPERTIES, { names: REGISTERED_PROPERTIES });
  await run.write(REGISTER_RELATIONSHIP_TYPES, { names: REGISTERED_RELATIONSHIP_TYPES });
  if (!options.onPopulating) {
    await run.read(AWAIT_INDEXES);
    return;
  }
  for (;;) {
    const pending = await run.read<PendingIndex>(INDEXES_NOT_ONLINE);
    const failed = pending.find((p) => p.state === 'FAILED');
    if (failed) throw new Error(`index ${failed.name} failed to populate`);
    if (pending.length === 0) return;
    options.onPopulating(pending);
    await new Promise((resolve) => setTimeout(resolve, options.pollMs ?? 1000));
  }
}
