import type { QueryRunner } from '../db/database.js';
import { DatabaseTimeoutError } from '../db/errors.js';
import {
  edgePage,
  edgesByIds,
  neighbours,
  nodePage,
  nodesByIds,
  rootLabel,
  type ExportEdge,
  type ExportNode,
  type NodeLabel,
} from '../db/repositories/exportRepository.js';
import type { ExportFormat } from '../domain/exportFormats.js';

export const PAGE_SIZE = 500;
export const MAX_DEPTH = 4;
/** A subgraph is gathered before streaming (to answer 400 rather than a truncated file); this bounds it. */
export const MAX_SUBGRAPH_NODES = 50_000;

export class ExportInputError extends Error {
  constructor(
    readonly argument: string,
    message: string,
  ) {
    super(message);
  }
}

export interface ExportScope {
  asOf: string | null;
  root: { id: string; depth: number } | null;
}

/** Where the chunks go; resolves when the sink can take more (backpressure), rejects when the client is gone. */
export type Sink = (chunk: string) => Promise<void>;

const LABELS = ['Entity', 'Assignment'] as const;

/**
 * Reads one page, once more if it timed out: a page is a small keyset read, so a timeout is
 * most likely a cold plan on a busy server, and failing mid-stream would cut the file short.
 */
async function page<T>(read: () => Promise<T>): Promise<T> {
  try {
    return await read();
  } catch (error) {
    if (error instanceof DatabaseTimeoutError) return read();
    throw error;
  }
}

/** Breadth-first over entities and administration facts, both directions, at most depth steps from the root. */
export async function collectSubgraph(
  run: QueryRunner,
  rootId: string,
  depth: number,
  asOf: string | null,
): Promise<Map<string, NodeLabel>> {
  const label = await rootLabel(run, rootId, asOf);
  if (!label)
    throw new ExportInputError(
      'root',
      `Unknown root ${JSON.stringify(rootId)}${asOf ? ` at ${asOf}` : ''}: pass an entity or assignment id such as org:cms.`,
    );
  const seen = new Map<string, NodeLabel>([[rootId, label]]);
  let frontier = [rootId];
  for (let step = 0; step < depth && frontier.length > 0; step++) {
    const next: string[] = [];
    for (let i = 0; i < frontier.length; i += PAGE_SIZE) {
      const found = await page(() => neighbours(run, frontier.slice(i, i + PAGE_SIZE), asOf, MAX_SUBGRAPH_NODES + 1));
      for (const { id, label: foundLabel } of found) {
        if (seen.has(id)) continue;
        seen.set(id, foundLabel);
        next.push(id);
        if (seen.size > MAX_SUBGRAPH_NODES) {
          throw new ExportInputError(
            'depth',
            `The subgraph around ${rootId} has more than ${MAX_SUBGRAPH_NODES} nodes at depth ${depth}: ask for a smaller depth, or export the whole graph.`,
          );
        }
      }
    }
    frontier = next;
  }
  return seen;
}

/**
 * Writes the export through the sink: header, every node, every edge, footer. The whole
 * graph is read page by page (keyset on id), so memory does not grow with the graph.
 */
export async function writeExport(
  run: QueryRunner,
  format: ExportFormat,
  scope: ExportScope,
  sink: Sink,
  subgraph: Map<string, NodeLabel> | null,
): Promise<{ nodes: number; edges: number }> {
  let nodes = 0;
  let edges = 0;
  const writeNodes = async (page: ExportNode[]) => {
    let chunk = '';
    for (const n of page) chunk += format.node(n, nodes, nodes++);
    if (chunk) await sink(chunk);
  };
  const writeEdges = async (page: ExportEdge[]) => {
    let chunk = '';
    for (const e of page) {
      if (subgraph && !(subgraph.has(e.source) && subgraph.has(e.target))) continue;
      chunk += format.edge(e, edges, nodes + edges);
      edges++;
    }
    if (chunk) await sink(chunk);
  };

  await sink(format.header());
  if (subgraph) {
    const idsOf = (label: NodeLabel) =>
      [...subgraph]
        .filter(([, l]) => l === label)
        .map(([id]) => id)
        .sort();
    for (const label of LABELS) {
      const ids = idsOf(label);
      for (let i = 0; i < ids.length; i += PAGE_SIZE)
        await writeNodes(await page(() => nodesByIds(run, label, ids.slice(i, i + PAGE_SIZE))));
    }
    for (const label of LABELS) {
      const ids = idsOf(label);
      for (let i = 0; i < ids.length; i += PAGE_SIZE)
        await writeEdges(await page(() => edgesByIds(run, label, ids.slice(i, i + PAGE_SIZE), scope.asOf)));
    }
  } else {
    for (const label of LABELS) {
      let after = '';
      for (;;) {
        const rows = await page(() => nodePage(run, label, after, PAGE_SIZE, scope.asOf));
        await writeNodes(rows);
        if (rows.length < PAGE_SIZE) break;
        after = rows.at(-1)!.id;
      }
    }
    for (const label of LABELS) {
      let after = '';
      for (;;) {
        const rows = await page(() => edgePage(run, label, after, PAGE_SIZE, scope.asOf));
        await writeEdges(rows.edges);
        if (rows.count < PAGE_SIZE || rows.last === null) break;
        after = rows.last;
      }
    }
  }
  await sink(format.footer());
  return { nodes, edges };
}
