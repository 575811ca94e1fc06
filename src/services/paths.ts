import type { QueryRunner } from '../db/database.js';
import { shortestPaths } from '../db/repositories/pathRepository.js';
import { relationName } from '../domain/oversight.js';
import type { GraphPathRecord } from '../domain/records.js';

/**
 * Shortest connections between two entities. Parallel edges of one type between the same
 * two entities (a contractor with several assignments under CMS) are one connection, so
 * paths are told apart by their entities and relation names. Links hold at asOf, and no
 * path passes through a program, population or kind of actor (domain/pathRules.ts).
 */
export async function findPaths(
  run: QueryRunner,
  from: string,
  to: string,
  maxHops: number,
  first: number,
  asOf: string,
): Promise<GraphPathRecord[]> {
  const raw = await shortestPaths(run, from, to, maxHops, asOf);
  const seen = new Set<string>();
  const out: GraphPathRecord[] = [];
  for (const p of raw) {
    const steps = p.rels.map((r, i) => {
      const a = p.nodeIds[i]!;
      const b = p.nodeIds[i + 1]!;
      return { fromId: a, toId: b, relation: relationName(r.type, r.fromId === a ? 'OUTGOING' : 'INCOMING') };
    });
    const signature = steps.map((s) => `${s.fromId}>${s.relation}>${s.toId}`).join(' ');
    if (seen.has(signature)) continue;
    seen.add(signature);
    out.push({ hops: steps.length, steps });
  }
  out.sort((x, y) => x.hops - y.hops || pathKey(x).localeCompare(pathKey(y)));
  return out.slice(0, first);
}

const pathKey = (p: GraphPathRecord) => p.steps.map((s) => `${s.toId}:${s.relation}`).join(',');
