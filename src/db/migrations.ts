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
  cypher(
    'entitySearchIndex',
    `CREATE FULLTEXT INDEX entity_search IF NOT EXISTS FOR (e:Entity) ON EACH [e.name, e.aliasText, e.description]
     OPTIONS { indexConfig: { \`fulltext.analyzer\`: 'standard-no-stop-words' } }`,
  ),
  // Imports of the public CMS files (src/import): the checkpoint of each run.
  cypher('importRunIdUnique', 'CREATE CONSTRAINT import_run_id IF NOT EXISTS FOR (r:ImportRun) REQUIRE r.id IS UNIQUE'),
  cypher('importRunKindIndex', 'CREATE INDEX import_run_kind IF NOT EXISTS FOR (r:ImportRun) ON (r.kind, r.status)'),
  // Providers (NPPES): keyset pages seek by (place, npi), so each filter has its own composite index.
  cypher('providerNpiUnique', 'CREATE CONSTRAINT provider_npi IF NOT EXISTS FOR (p:Provider) REQUIRE p.npi IS UNIQUE'),
  cypher('providerStateIndex', 'CREATE INDEX provider_state_npi IF NOT EXISTS FOR (p:Provider) ON (p.stateId, p.npi)'),
  cypher('providerCountyIndex', 'CREATE INDEX provider_county_npi IF NOT EXISTS FOR (p:Provider) ON (p.countyId, p.npi)'),
  cypher('providerZipIndex', 'CREATE INDEX provider_zip_npi IF NOT EXISTS FOR (p:Provider) ON (p.zip, p.npi)'),
  cypher('providerReleaseIndex', 'CREATE INDEX provider_release IF NOT EXISTS FOR (p:Provider) ON (p.releaseDate)'),
  cypher('providerParentNameIndex', 'CREATE INDEX provider_parent_name IF NOT EXISTS FOR (p:Provider) ON (p.parentOrganizationName)'),
  cypher('providerNameIndex', 'CREATE INDEX provider_name IF NOT EXISTS FOR (p:Provider) ON (p.name)'),
  // Certified facilities (Provider of Services file), by CCN.
  cypher('facilityCcnUnique', 'CREATE CONSTRAINT facility_ccn IF NOT EXISTS FOR (f:Facility) REQUIRE f.ccn IS UNIQUE'),
  cypher('facilitySourceIndex', 'CREATE INDEX facility_source IF NOT EXISTS FOR (f:Facility) ON (f.sourceId)'),
];

const AWAIT_INDEXES = cypher('awaitIndexes', 'CALL db.awaitIndexes(300)');

export async function migrate(db: Database): Promise<void> {
  const run = db.runner();
  for (const m of MIGRATIONS) await run.write(m);
  await run.read(AWAIT_INDEXES);
}
