import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { RequestHandler } from 'express';
import { projectRoot } from '../projectRoot.js';

/** The dashboard's documents, hashed by graphql-codegen's client preset (persistedDocuments). */
const MANIFEST = path.join(projectRoot(), 'dashboard/src/gql/persisted-documents.json');

export type PersistedDocumentsMode = 'accept' | 'only';

export function loadPersistedDocuments(file = MANIFEST): Map<string, string> {
  const raw = JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>;
  const out = new Map<string, string>();
  for (const [id, query] of Object.entries(raw)) {
    out.set(id, query);
    out.set(id.replace(/^sha256:/, ''), query);
  }
  return out;
}

function refuse(res: Parameters<RequestHandler>[1], code: string, message: string) {
  res.status(400).json({ errors: [{ message, extensions: { code } }] });
}

/**
 * Resolves `documentId` (the persisted-documents convention) to its query text. In `only`
 * mode, a request must name an allow-listed document: free-text queries, and Automatic
 * Persisted Queries registering new ones, are refused before they reach Apollo.
 */
export function persistedDocuments(mode: PersistedDocumentsMode, documents: Map<string, string>): RequestHandler {
  const allowed = new Set(documents.values());
  return (req, res, next) => {
    const carrier = (req.method === 'GET' ? req.query : req.body) as Record<string, unknown> | undefined;
    if (!carrier || typeof carrier !== 'object') return next();
    const documentId = carrier.documentId;
    if (documentId !== undefined && req.method === 'GET') {
      // Express 5 re-parses req.query on each read, so the query text could not be filled in.
      return refuse(res, 'PERSISTED_QUERY_NOT_FOUND', 'Send a documentId in a POST body: {"documentId": "sha256:…", "variables": {…}}.');
    }
    if (documentId !== undefined) {
      const query = typeof documentId === 'string' ? documents.get(documentId) : undefined;
      if (!query)
        return refuse(
          res,
          'PERSISTED_QUERY_NOT_FOUND',
          `Unknown documentId ${JSON.stringify(documentId)}: it is not one of the persisted documents.`,
        );
      carrier.query = query;
      delete carrier.documentId;
      return next();
    }
    if (mode === 'only' && !(typeof carrier.query === 'string' && allowed.has(carrier.query))) {
      return refuse(
        res,
        'PERSISTED_QUERY_NOT_ALLOWED',
        'This server only runs persisted documents: send {"documentId": "sha256:…", "variables": {…}} with an id from the allow-list.',
      );
    }
    next();
  };
}
