import { PLACE_KINDS } from './vocabulary.js';

/**
 * Writers for the graph exports. Each format is a header, one chunk per node, one chunk per
 * edge, and a footer, so a response can be written as pages arrive (nodes first, then edges).
 */

export interface NodeOut {
  id: string;
  label: 'Entity' | 'Assignment';
  kind: string;
  name: string | null;
  function: string | null;
  role: string | null;
  validFrom: string | null;
  validTo: string | null;
  confidence: string | null;
  sources: string[];
}

export interface EdgeOut {
  source: string;
  target: string;
  type: string;
  validFrom: string | null;
  validTo: string | null;
  confidence: string | null;
  sources: string[];
  assignmentId: string | null;
}

export interface ExportFormat {
  contentType: string;
  header(): string;
  /** index counts nodes; item counts everything written so far (nodes, then edges). */
  node(n: NodeOut, index: number, item: number): string;
  edge(e: EdgeOut, index: number, item: number): string;
  footer(): string;
}

const confidenceOf = (c: string | null) => (c === 'unverified' || c === 'UNVERIFIED' ? 'UNVERIFIED' : 'VERIFIED');

/** RFC 4180: quote a field when it holds a comma, quote, or line break; double inner quotes. */
export function csvField(value: string | null | undefined): string {
  const s = value ?? '';
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}
const csvRow = (fields: (string | null)[]) => `${fields.map(csvField).join(',')}\r\n`;

export const NODE_COLUMNS = ['id', 'label', 'kind', 'name', 'function', 'role', 'validFrom', 'validTo', 'confidence', 'sources'];
export const EDGE_COLUMNS = ['source', 'target', 'type', 'validFrom', 'validTo', 'confidence', 'sources', 'assignmentId'];

export const nodesCsv: ExportFormat = {
  contentType: 'text/csv; charset=utf-8',
  header: () => csvRow(NODE_COLUMNS),
  node: (n) =>
    csvRow([n.id, n.label, n.kind, n.name, n.function, n.role, n.validFrom, n.validTo, confidenceOf(n.confidence), n.sources.join(';')]),
  edge: () => '',
  footer: () => '',
};

export const edgesCsv: ExportFormat = {
  contentType: 'text/csv; charset=utf-8',
  header: () => csvRow(EDGE_COLUMNS),
  node: () => '',
  edge: (e) =>
    csvRow([e.source, e.target, e.type, e.validFrom, e.validTo, confidenceOf(e.confidence), e.sources.join(';'), e.assignmentId]),
  footer: () => '',
};

export function xmlEscape(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

const NODE_KEYS = ['label', 'kind', 'name', 'function', 'role', 'validFrom', 'validTo', 'confidence', 'sources'] as const;
const EDGE_KEYS = ['type', 'validFrom', 'validTo', 'confidence', 'sources', 'assignmentId'] as const;

function dataElements(prefix: string, values: Record<string, string | null>): string {
  return Object.entries(values)
    .filter(([, v]) => v !== null && v !== '')
    .map(([k, v]) => `<data key="${prefix}_${k}">${xmlEscape(v!)}</data>`)
    .join('');
}

export const graphml: ExportFormat = {
  contentType: 'application/graphml+xml; charset=utf-8',
  header: () =>
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" ' +
    'xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n' +
    NODE_KEYS.map((k) => `<key id="n_${k}" for="node" attr.name="${k}" attr.type="string"/>\n`).join('') +
    EDGE_KEYS.map((k) => `<key id="e_${k}" for="edge" attr.name="${k}" attr.type="string"/>\n`).join('') +
    '<graph id="oversight-graph" edgedefault="directed">\n',
  node: (n) =>
    `<node id="${xmlEscape(n.id)}">${dataElements('n', {
      label: n.label,
      kind: n.kind,
      name: n.name,
      function: n.function,
      role: n.role,
      validFrom: n.validFrom,
      validTo: n.validTo,
      confidence: confidenceOf(n.confidence),
      sources: n.sources.join(';'),
    })}</node>\n`,
  edge: (e, i) =>
    `<edge id="e${i}" source="${xmlEscape(e.source)}" target="${xmlEscape(e.target)}">${dataElements('e', {
      type: e.type,
      validFrom: e.validFrom,
      validTo: e.validTo,
      confidence: confidenceOf(e.confidence),
      sources: e.sources.join(';'),
      assignmentId: e.assignmentId,
    })}</edge>\n`,
  footer: () => '</graph>\n</graphml>\n',
};

/** The JSON-LD context: schema.org terms where one fits, the project's own vocabulary (og:) otherwise. */
export const JSONLD_CONTEXT = {
  schema: 'https://schema.org/',
  og: 'https://oversight-graph.invalid/vocab#',
  name: 'schema:name',
  validFrom: { '@id': 'schema:startDate', '@type': 'schema:Date' },
  validTo: { '@id': 'schema:endDate', '@type': 'schema:Date' },
  sources: { '@id': 'schema:citation', '@type': '@id', '@container': '@set' },
  kind: 'og:kind',
  confidence: 'og:confidence',
  function: 'og:function',
  role: 'og:role',
  relation: 'og:relation',
  source: { '@id': 'og:source', '@type': '@id' },
  target: { '@id': 'og:target', '@type': '@id' },
  assignment: { '@id': 'og:assignment', '@type': '@id' },
};

const PLACE_KIND_SET = new Set<string>(PLACE_KINDS);
const GOVERNMENT_KINDS = new Set([
  'LEGISLATURE',
  'COMMITTEE',
  'FEDERAL_AGENCY',
  'AGENCY_COMPONENT',
  'STATE_AGENCY',
  'ADVISORY_COMMISSION',
  'BOARD',
]);

export function schemaTypeOf(n: Pick<NodeOut, 'label' | 'kind'>): string {
  if (n.label === 'Assignment') return 'og:Assignment';
  if (PLACE_KIND_SET.has(n.kind)) return 'schema:AdministrativeArea';
  if (n.kind === 'PROGRAM') return 'schema:GovernmentService';
  if (n.kind === 'POPULATION') return 'schema:Audience';
  if (GOVERNMENT_KINDS.has(n.kind)) return 'schema:GovernmentOrganization';
  if (n.kind === 'PROVIDER_TYPE' || n.kind === 'ORGANIZATION_TYPE') return 'og:ActorType';
  return 'schema:Organization';
}

const compact = (o: Record<string, unknown>) => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== null && v !== undefined));

export const jsonld: ExportFormat = {
  contentType: 'application/ld+json; charset=utf-8',
  header: () => `{"@context":${JSON.stringify(JSONLD_CONTEXT)},"@graph":[\n`,
  node: (n, _i, item) =>
    (item === 0 ? '' : ',\n') +
    JSON.stringify(
      compact({
        '@id': n.id,
        '@type': schemaTypeOf(n),
        name: n.name,
        kind: n.kind,
        function: n.function,
        role: n.role,
        validFrom: n.validFrom,
        validTo: n.validTo,
        confidence: confidenceOf(n.confidence),
        sources: n.sources,
      }),
    ),
  edge: (e, i, item) =>
    `${item === 0 ? '' : ',\n'}${JSON.stringify(
      compact({
        '@id': `_:e${i}`,
        '@type': 'og:Relationship',
        relation: e.type,
        source: e.source,
        target: e.target,
        validFrom: e.validFrom,
        validTo: e.validTo,
        confidence: confidenceOf(e.confidence),
        sources: e.sources,
        assignment: e.assignmentId,
      }),
    )}`,
  footer: () => '\n]}\n',
};
