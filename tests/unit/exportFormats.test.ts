import { describe, expect, it } from 'vitest';
import {
  csvField,
  edgesCsv,
  graphml,
  jsonld,
  nodesCsv,
  schemaTypeOf,
  xmlEscape,
  type EdgeOut,
  type ExportFormat,
  type NodeOut,
} from '../../src/domain/exportFormats.js';

const node: NodeOut = {
  id: 'org:a&b',
  label: 'Entity',
  kind: 'CONTRACTOR',
  name: 'A, "B" & <C>',
  function: null,
  role: null,
  validFrom: '2012-09-20',
  validTo: null,
  confidence: 'unverified',
  sources: ['src:1', 'src:2'],
};
const assignment: NodeOut = {
  ...node,
  id: 'asg:x',
  label: 'Assignment',
  kind: 'ASSIGNMENT',
  name: null,
  function: 'CLAIMS_PROCESSING',
  role: 'AB_MAC',
  confidence: 'verified',
};
const edge: EdgeOut = {
  source: 'asg:x',
  target: 'org:a&b',
  type: 'BY',
  validFrom: null,
  validTo: '2017-09-07',
  confidence: null,
  sources: ['src:1'],
  assignmentId: 'asg:x',
};

function render(format: ExportFormat): string {
  return format.header() + format.node(node, 0, 0) + format.node(assignment, 1, 1) + format.edge(edge, 0, 2) + format.footer();
}

describe('export formats', () => {
  it('quotes CSV fields only when RFC 4180 needs it', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField(null)).toBe('');
  });

  it('writes one CSV row per node and per edge, with confidence spelled out and sources joined', () => {
    expect(render(nodesCsv).split('\r\n')).toEqual([
      'id,label,kind,name,function,role,validFrom,validTo,confidence,sources',
      'org:a&b,Entity,CONTRACTOR,"A, ""B"" & <C>",,,2012-09-20,,UNVERIFIED,src:1;src:2',
      'asg:x,Assignment,ASSIGNMENT,,CLAIMS_PROCESSING,AB_MAC,2012-09-20,,VERIFIED,src:1;src:2',
      '',
    ]);
    expect(render(edgesCsv).split('\r\n')).toEqual([
      'source,target,type,validFrom,validTo,confidence,sources,assignmentId',
      'asg:x,org:a&b,BY,,2017-09-07,VERIFIED,src:1,asg:x',
      '',
    ]);
  });

  it('escapes XML and declares every GraphML key it uses', () => {
    expect(xmlEscape(`<a href="x">&'`)).toBe('&lt;a href=&quot;x&quot;&gt;&amp;&apos;');
    const xml = render(graphml);
    expect(xml).toContain('<node id="org:a&amp;b">');
    expect(xml).toContain('<data key="n_name">A, &quot;B&quot; &amp; &lt;C&gt;</data>');
    expect(xml).toContain('<edge id="e0" source="asg:x" target="org:a&amp;b">');
    const used = new Set([...xml.matchAll(/<data key="([^"]+)"/g)].map((m) => m[1]));
    const declared = new Set([...xml.matchAll(/<key id="([^"]+)"/g)].map((m) => m[1]));
    for (const key of used) expect(declared.has(key), key).toBe(true);
    expect(xml.trim().endsWith('</graphml>')).toBe(true);
  });

  it('writes JSON-LD that parses, with a context and schema.org types', () => {
    const doc = JSON.parse(render(jsonld)) as { '@context': Record<string, unknown>; '@graph': Record<string, unknown>[] };
    expect(doc['@context'].name).toBe('schema:name');
    expect(doc['@graph']).toHaveLength(3);
    expect(doc['@graph'][0]).toMatchObject({
      '@id': 'org:a&b',
      '@type': 'schema:Organization',
      validFrom: '2012-09-20',
      sources: ['src:1', 'src:2'],
    });
    expect(doc['@graph'][2]).toMatchObject({
      '@type': 'og:Relationship',
      relation: 'BY',
      source: 'asg:x',
      target: 'org:a&b',
      assignment: 'asg:x',
    });
    // An export with no nodes but edges (or neither) is still valid JSON.
    expect((JSON.parse(jsonld.header() + jsonld.footer()) as { '@graph': unknown[] })['@graph']).toEqual([]);
  });

  it('maps kinds to schema.org types', () => {
    expect(schemaTypeOf({ label: 'Entity', kind: 'STATE' })).toBe('schema:AdministrativeArea');
    expect(schemaTypeOf({ label: 'Entity', kind: 'FEDERAL_AGENCY' })).toBe('schema:GovernmentOrganization');
    expect(schemaTypeOf({ label: 'Entity', kind: 'PROGRAM' })).toBe('schema:GovernmentService');
    expect(schemaTypeOf({ label: 'Assignment', kind: 'ASSIGNMENT' })).toBe('og:Assignment');
  });
});
