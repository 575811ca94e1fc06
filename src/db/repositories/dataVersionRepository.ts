import type { Period } from '../../domain/dates.js';
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
  `OPTIONAL MATCH (v:DataVersion {id: 'graph'})
   RETURN coalesce(v.value, 0) AS value, toString(v.chainsFrom) AS chainsFrom, toString(v.chainsTo) AS chainsTo`,
);

export async function bumpDataVersion(run: QueryRunner): Promise<number> {
  const [row] = await run.write<{ value: number }>(BUMP_DATA_VERSION);
  return row?.value ?? 0;
}

/** The version, and the period its stored chains hold over (null: none stored at it). */
export async function readDataState(run: QueryRunner): Promise<{ version: number; chains: Period | null }> {
  const [row] = await run.read<{ value: number; chainsFrom: string | null; chainsTo: string | null }>(READ_DATA_VERSION);
  if (!row?.chainsFrom) return { version: row?.value ?? 0, chains: null };
  return { version: row.value, chains: { from: row.chainsFrom, to: row.chainsTo } };
}

/**
 * The periods around the day of the last store over which the stored chains and the stored
 * contractor lists hold ([from, to), a null from: since the beginning, a null to: open).
 */
export const STORE_ANSWER_PERIODS = cypher(
  'dataVersion.storeAnswerPeriods',
  `MATCH (v:DataVersion {id: 'graph'})
   SET v.chainsFrom = date(coalesce($chains.from, '0001-01-01')), v.chainsTo = CASE WHEN $chains.to IS NULL THEN null ELSE date($chains.to) END,
       v.pagesFrom = date(coalesce($pages.from, '0001-01-01')), v.pagesTo = CASE WHEN $pages.to IS NULL THEN null ELSE date($pages.to) END`,
);

export async function storeAnswerPeriods(run: QueryRunner, periods: { chains: Period; pages: Period }): Promise<void> {
  await run.write(STORE_ANSWER_PERIODS, periods);
}
