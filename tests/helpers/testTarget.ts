import { cypher, type Database } from '../../src/db/database.js';

/**
 * The mark that makes a database fair game for the tests: a node with this label. The
 * suite adds it to an empty database it is pointed at, so a later run against the same
 * one goes ahead; a database that holds anything else is refused.
 */
export const TEST_TARGET_LABEL = 'OversightGraphTestTarget';

const STATE = cypher(
  'test.targetState',
  `OPTIONAL MATCH (m:${TEST_TARGET_LABEL}) WITH count(m) > 0 AS marked
   CALL { MATCH (n) RETURN n LIMIT 1 } WITH marked, count(*) AS any
   RETURN marked, any = 0 AS empty`,
);
const MARK = cypher('test.markTarget', `MERGE (:${TEST_TARGET_LABEL} {since: datetime()})`);

export class RefusedTestTargetError extends Error {
  override name = 'RefusedTestTargetError';
}

/** Refuses (throws) unless the database is empty or already marked for tests; marks an empty one. */
export async function claimTestTarget(db: Database, uri: string): Promise<'empty' | 'marked'> {
  const [state] = await db.runner().read<{ marked: boolean; empty: boolean }>(STATE);
  if (state?.marked) return 'marked';
  if (!state?.empty) {
    throw new RefusedTestTargetError(
      `Refusing to run the tests against ${uri}: it holds data and is not marked for tests, and the tests write ` +
        `(seed, delete stale records). Point NEO4J_URI at an empty database, or, if this one may be overwritten, ` +
        `mark it first with the Cypher statement  CREATE (:${TEST_TARGET_LABEL})`,
    );
  }
  await db.runner().write(MARK);
  return 'empty';
}
