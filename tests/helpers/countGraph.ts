import { cypher, type QueryRunner } from '../../src/db/database.js';

export const COUNT_GRAPH = cypher(
  'test.countGraph',
  // What the seed writes: imported records (origin import:*, and the import checkpoints) load
  // on their own, possibly while the seed runs, and are not the seed's to count.
  `CALL () { MATCH (n) WHERE NOT n:ImportRun AND NOT coalesce(n.origin, '') STARTS WITH 'import:'
             UNWIND labels(n) AS label RETURN collect({label: label}) AS nodeLabels }
   CALL () { MATCH ()-[r]->() WHERE NOT coalesce(r.origin, '') STARTS WITH 'import:' RETURN count(r) AS relationships }
   CALL () { MATCH (n) WHERE NOT n:ImportRun AND NOT coalesce(n.origin, '') STARTS WITH 'import:' RETURN count(n) AS nodes }
   RETURN nodes, relationships, nodeLabels`,
);

/** Nodes, relationships and labels the seed wrote, to check that a second load changes none. */
export interface GraphCounts {
  nodes: number;
  relationships: number;
  labels: Record<string, number>;
}

export async function countGraph(run: QueryRunner): Promise<GraphCounts> {
  const [row] = await run.read<{ nodes: number; relationships: number; nodeLabels: { label: string }[] }>(COUNT_GRAPH);
  const labels: Record<string, number> = {};
  for (const { label } of row!.nodeLabels) labels[label] = (labels[label] ?? 0) + 1;
  return { nodes: row!.nodes, relationships: row!.relationships, labels };
}
