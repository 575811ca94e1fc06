import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Organization } from '../../src/graphql/generated/resolvers-types.js';
import type { Answer } from '../helpers/graphqlAnswer.js';
import { cypher } from '../../src/db/database.js';
import { startTestServer, testConfig, type TestServer } from '../helpers/testServer.js';
import { useGraphLock } from '../helpers/graphLock.js';

// The counts below are of the whole graph: an import in another file must not run between them and the download.
useGraphLock();
// A generous statement timeout: the first, cold plans of the export's page reads are slow on a loaded machine.
let t: TestServer;
beforeAll(async () => {
  t = await startTestServer(testConfig({ QUERY_TIMEOUT_MS: '60000' }));
});
afterAll(() => t?.close());
const OUTPUT = path.resolve('test-output/exports');

// Counted here with Cypher written for the test, independently of the export's queries.
const COUNT_NODES = cypher(
  'test.countExportNodes',
  `CALL () { MATCH (e:Entity) RETURN count(e) AS n UNION ALL MATCH (a:Assignment) RETURN count(a) AS n } RETURN sum(n) AS n`,
);
const COUNT_EDGES = cypher(
  'test.countExportEdges',
  `CALL () { MATCH (:Entity)-[r]->(:Entity) RETURN count(r) AS n
     UNION ALL MATCH (:Assignment)-[r:BY|FOR|IN|UNDER|SERVES|EXCLUDES]->(:Entity) RETURN count(r) AS n }
   RETURN sum(n) AS n`,
);

/** Reads a GraphML file with networkx and returns its node and edge counts and a few attributes. */
function networkx(file: string, probe: string) {
  const script = `import json, networkx
g = networkx.read_graphml(${JSON.stringify(file)})
n = g.nodes.get(${JSON.stringify(probe)}, {})
print(json.dumps({"nodes": g.number_of_nodes(), "edges": g.number_of_edges(), "probe": n}))`;
  return JSON.parse(execFileSync('python3', ['-c', script], { encoding: 'utf8' })) as {
    nodes: number;
    edges: number;
    probe: Record<string, string>;
  };
}

async function download(file: string, query = ''): Promise<{ status: number; type: string | null; text: string }> {
  const res = await fetch(`${t.url}/export/${file}${query}`);
  return { status: res.status, type: res.headers.get('content-type'), text: await res.text() };
}

describe('graph exports', () => {
  it('the whole graph in GraphML opens in networkx with every node and edge', async () => {
    const { status, type, text } = await download('graph.graphml');
    expect(status).toBe(200);
    expect(type).toMatch(/graphml/);
    mkdirSync(OUTPUT, { recursive: true });
    const file = path.join(OUTPUT, 'graph.graphml');
    writeFileSync(file, text);
    const run = t.db.runner();
    const [{ n: nodes }] = (await run.read<{ n: number }>(COUNT_NODES)) as [{ n: number }];
    const [{ n: edges }] = (await run.read<{ n: number }>(COUNT_EDGES)) as [{ n: number }];
    const g = networkx(file, 'org:noridian');
    expect(g.nodes).toBe(nodes);
    expect(g.edges).toBe(edges);
    expect(g.probe).toMatchObject({
      label: 'Entity',
      kind: 'CONTRACTOR',
      name: 'Noridian Healthcare Solutions, LLC',
      confidence: 'VERIFIED',
    });
    expect(g.probe.sources).toMatch(/^src:/);
  });

  it('CSV files have one row per GraphML node and edge', async () => {
    const run = t.db.runner();
    const [{ n: nodes }] = (await run.read<{ n: number }>(COUNT_NODES)) as [{ n: number }];
    const [{ n: edges }] = (await run.read<{ n: number }>(COUNT_EDGES)) as [{ n: number }];
    const nodesCsv = await download('nodes.csv');
    const edgesCsv = await download('edges.csv');
    expect(nodesCsv.text.split('\r\n').filter(Boolean)).toHaveLength(nodes + 1);
    expect(edgesCsv.text.split('\r\n').filter(Boolean)).toHaveLength(edges + 1);
    // The seed writes one fact per function and program, with ids that start with the record's id.
    expect(edgesCsv.text).toMatch(/\r\n(asg:mac-ab-jj-cahaba[^,]*),org:cahaba-gba,BY,[^,]*,2017-09-07,VERIFIED,src:[^,]+,\1\r\n/);
  });

  it('at a date, holds exactly the assignments stats(asOf) counts', async () => {
    const asOf = '2016-06-01';
    const { body } = await t.gql<{ stats: { assignments: number } }>('query($d: Date) { stats(asOf: $d) { assignments } }', { d: asOf });
    const rows = (await download('nodes.csv', `?asOf=${asOf}`)).text.split('\r\n').filter((l) => l.includes(',Assignment,'));
    expect(rows).toHaveLength(body.data.stats.assignments);
    expect(rows.some((r) => r.startsWith('asg:mac-ab-jj-cahaba'))).toBe(true);
    expect(rows.some((r) => r.startsWith('asg:mac-ab-jj-palmetto'))).toBe(false);
  });

  it('a subgraph around a root: depth 1 is the root, its relationships and the facts it takes part in', async () => {
    const asOf = '2026-01-15';
    const doc = JSON.parse((await download('graph.jsonld', `?root=org:noridian&depth=1&asOf=${asOf}`)).text) as {
      '@graph': { '@id': string; '@type': string; source: string; target: string }[];
    };
    const ids = new Set(doc['@graph'].filter((x) => x['@type'] !== 'og:Relationship').map((x) => x['@id']));
    const { body } = await t.gql<{ entity: Answer<Organization> }>(
      `query($d: Date) { entity(id: "org:noridian") { ... on Organization { administers(asOf: $d, first: 100) { totalCount edges { node { id } } } } } }`,
      { d: asOf },
    );
    const administered = body.data.entity.administers.edges.map((e) => e.node.id);
    expect(administered.length).toBe(body.data.entity.administers.totalCount);
    expect(ids.has('org:noridian')).toBe(true);
    for (const id of administered) expect(ids.has(id), id).toBe(true);
    expect([...ids].some((id) => id.startsWith('asg:mac-ab-jj-cahaba'))).toBe(false);
    // Every edge joins two nodes of the subgraph.
    for (const e of doc['@graph'].filter((x) => x['@type'] === 'og:Relationship')) {
      expect(ids.has(e.source) && ids.has(e.target)).toBe(true);
    }
  });

  it('refuses bad parameters with a 400 naming the parameter', async () => {
    for (const [query, argument] of [
      ['?root=org:nope', 'root'],
      ['?root=org:cms&depth=9', 'depth'],
      ['?asOf=2024-13-01', 'asOf'],
      ['?depth=2', 'depth'],
    ] as const) {
      const res = await fetch(`${t.url}/export/edges.csv${query}`);
      expect(res.status, query).toBe(400);
      expect(((await res.json()) as { argument: string }).argument, query).toBe(argument);
    }
  });
});
