import type { Router } from 'express';
import express from 'express';
import type { Database } from '../db/database.js';
import { isIsoDate } from '../domain/dates.js';
import { edgesCsv, graphml, jsonld, nodesCsv, type ExportFormat } from '../domain/exportFormats.js';
import type { Logger } from '../logger.js';
import { drained } from './drained.js';
import { collectSubgraph, ExportInputError, MAX_DEPTH, writeExport } from '../services/graphExport.js';

const FORMATS: Record<string, ExportFormat> = {
  'graph.graphml': graphml,
  'nodes.csv': nodesCsv,
  'edges.csv': edgesCsv,
  'graph.jsonld': jsonld,
};

function one(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/** Reads ?root=ID&depth=N&asOf=DATE; a bad value is an ExportInputError naming the parameter. */
export function exportScope(query: Record<string, unknown>) {
  const asOf = one(query.asOf) ?? null;
  if (asOf !== null && !isIsoDate(asOf))
    throw new ExportInputError('asOf', `asOf must be a date like 2024-03-01 (got ${JSON.stringify(asOf)}).`);
  const rootId = one(query.root);
  const depthText = one(query.depth);
  if (depthText !== undefined && !rootId) throw new ExportInputError('depth', 'depth needs a root: pass ?root=ID&depth=N.');
  const depth = depthText === undefined ? 2 : Number(depthText);
  if (!Number.isInteger(depth) || depth < 0 || depth > MAX_DEPTH || !/^\d+$/.test(depthText ?? '2')) {
    throw new ExportInputError('depth', `depth must be an integer from 0 to ${MAX_DEPTH} (got ${JSON.stringify(depthText)}).`);
  }
  return { asOf, root: rootId ? { id: rootId, depth } : null };
}

/**
 * GET /export/graph.graphml, nodes.csv, edges.csv, graph.jsonld: the whole graph or a
 * subgraph, streamed as it is read. Errors found before the first byte are a 400 JSON body;
 * a failure mid-stream can only cut the response short, so it is logged and the socket closed.
 */
export function exportRouter(database: Database, logger: Logger): Router {
  const router = express.Router();
  router.get('/export/:file', async (req, res, next) => {
    const format = FORMATS[req.params.file];
    if (!format) return next();
    const run = database.runner();
    let started = false;
    try {
      const scope = exportScope(req.query);
      const subgraph = scope.root ? await collectSubgraph(run, scope.root.id, scope.root.depth, scope.asOf) : null;
      res.status(200).type(format.contentType).set('Content-Disposition', `inline; filename="${req.params.file}"`);
      started = true;
      let closed = false;
      res.on('close', () => (closed = true));
      const sink = async (chunk: string) => {
        if (closed) throw new Error('client closed the connection');
        if (!res.write(chunk)) await drained(res);
      };
      const counts = await writeExport(run, format, scope, sink, subgraph);
      res.end();
      logger.info('export written', { file: req.params.file, ...counts, root: scope.root?.id ?? null, asOf: scope.asOf });
    } catch (error) {
      if (error instanceof ExportInputError) {
        res.status(400).json({ error: error.message, argument: error.argument });
      } else if (!started) {
        logger.error('export failed', { file: req.params.file, error: error instanceof Error ? error.message : String(error) });
        res.status(503).json({ error: 'the export could not be read from the database; try again' });
      } else {
        logger.warn('export cut short', { file: req.params.file, error: error instanceof Error ? error.message : String(error) });
        res.destroy();
      }
    }
  });
  return router;
}
