import { cypher, type QueryRunner } from '../database.js';

/**
 * A counter in the graph that every write (seed, import) bumps, so every API instance can
 * tell its cached answers are stale by reading one small node instead of the data.
 */
export const BUMP_DATA_VERSION = cypher(
  'dataVersion.bump',
  `MERGE (v:DataVersion {id: 'graph'})
   SET v.value = coalesce(v.value, 0) + 1, v.changedAt = datetime()
   RETURN v.value AS value`,
);

export const READ_DATA_VERSION = cypher(
  'dataVersion.read',
  `OPTIONAL MATCH (v:DataVersion {id: 'graph'}) RETURN coalesce(v.value, 0) AS value`,
);

export async function bumpDataVersion(run: QueryRunner): Promise<number> {
  const [row] = await run.write<{ value: number }>(BUMP_DATA_VERSION);
  return row?.value ?? 0;
}

export async function readDataVersion(run: QueryRunner): Promise<number> {
  const [row] = await run.read<{ value: number }>(READ_DATA_VERSION);
  return row?.value ?? 0;
}
