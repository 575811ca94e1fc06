import { readFileSync } from 'node:fs';
import path from 'node:path';
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

export interface PersistedDocumentRefusal {
  code: 'PERSISTED_QUERY_NOT_FOUND' | 'PERSISTED_QUERY_NOT_ALLOWED';
  message: string;
}

/**
 * Resolves `documentId` (the persisted-documents convention) to its query text, in place.
 * In `only` mode, a request must name an allow-listed document: free-text queries, and
 * Automatic Persisted Queries registering new ones, are refused before they reach Apollo.
 * Returns why a request is refused, or null.
 */
export function persistedDocuments(mode: PersistedDocumentsMode, documents: Map<string, string>) {
  const allowed = new Set(documents.values());
  return (carrier: Record<string, unknown> | undefined, isGet: boolean): PersistedDocumentRefusal | null => {
    if (!carrier || typeof carrier !== 'object') return null;
    const documentId = carrier.documentId;
    if (documentId !== undefined && isGet) {
      // Apollo reads a GET's operation from its URL, so the query text could not be filled in.
      return {
        code: 'PERSISTED_QUERY_NOT_FOUND',
        message: 'Send a documentId in a POST body: {"documentId": "sha256:…", "variables": {…}}.',
      };
    }
    if (documentId !== undefined) {
      const query = typeof documentId === 'string' ? documents.get(documentId) : undefined;
      if (!query)
        return {
          code: 'PERSISTED_QUERY_NOT_FOUND',
          message: `Unknown documentId ${JSON.stringify(documentId)}: it is not one of the persisted documents.`,
        };
      carrier.query = query;
      delete carrier.documentId;
      return null;
    }
    if (mode === 'only' && !(typeof carrier.query === 'string' && allowed.has(carrier.query))) {
      return {
        code: 'PERSISTED_QUERY_NOT_ALLOWED',
        message:
          'This server only runs persisted documents: send {"documentId": "sha256:…", "variables": {…}} with an id from the allow-list.',
      };
    }
    return null;
  };
}
