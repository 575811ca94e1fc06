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
  cypher('entityKindIdIndex', 'CREATE INDEX entity_kind_id IF NOT EXISTS FOR (e:Entity) ON (e.kind, e.id)'),
  // A full-text index cannot gain a property in place: the one with kind words replaces entity_search.
  cypher(
    'entityTextIndex',
    `CREATE FULLTEXT INDEX entity_text IF NOT EXISTS FOR (e:Entity) ON EACH [e.name, e.aliasText, e.kindText, e.description]
     OPTIONS { indexConfig: { \`fulltext.analyzer\`: 'standard-no-stop-words' } }`,
  ),
  cypher('dropEntitySearchIndex', 'DROP INDEX entity_search IF EXISTS'),
];

const AWAIT_INDEXES = cypher('awaitIndexes', 'CALL db.awaitIndexes(300)');

export async function migrate(db: Database): Promise<void> {
  const run = db.runner();
  for (const m of MIGRATIONS) await run.write(m);
  await run.read(AWAIT_INDEXES);
}
