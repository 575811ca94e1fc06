import type { NamedQuery, QueryRunner } from '../database.js';

/** The days on which an answer stored at a write can change: every first and last day of the facts it rests on. */
export interface ChangeDays {
  firstDays: string[];
  lastDays: string[];
}

/**
 * The end of a statement whose rows hold lists of first and last days (`firsts`, `lasts`):
 * the distinct days of each side, open bounds (null, 0001-01-01, 9999-12-31) left out.
 */
export const changeDaysOf = (firsts: string, lasts: string) => `
   UNWIND [0, 1] AS side
   UNWIND CASE side WHEN 0 THEN ${firsts} ELSE ${lasts} END AS day
   WITH side, day WHERE day IS NOT NULL AND day > date('0001-01-01') AND day < date('9999-12-31')
   RETURN side, collect(DISTINCT toString(day)) AS days`;

export async function readChangeDays(run: QueryRunner, query: NamedQuery, params: Record<string, unknown> = {}): Promise<ChangeDays> {
  const rows = await run.read<{ side: number; days: string[] }>(query, params);
  const of = (side: number) => rows.find((r) => Number(r.side) === side)?.days ?? [];
  return { firstDays: of(0), lastDays: of(1) };
}
