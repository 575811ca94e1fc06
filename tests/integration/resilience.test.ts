import { mkdtempSync, mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cypher } from '../../src/db/database.js';
import { startEmbeddedNeo4j, type EmbeddedNeo4j } from '../../src/db/embedded.js';
import { freePort } from '../helpers/freePort.js';
import { startTestServer, testConfig, type TestServer } from '../helpers/testServer.js';

/**
 * A second, disposable Neo4j that this file stops and starts, so the shared one is
 * never disturbed. It proves: /ready follows the database, requests fail fast with
 * DATABASE_UNAVAILABLE while it is down, the service recovers without a restart, and
 * data written before a clean stop is there after the next start.
 */
const root = path.resolve('.test-data');
mkdirSync(root, { recursive: true });
const dataDir = mkdtempSync(path.join(root, 'disposable-'));
let neo4j: EmbeddedNeo4j | null = null;
let t: TestServer | null = null;

afterAll(async () => {
  await t?.close();
  await neo4j?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

const WRITE = cypher('test.write', "MERGE (p:Probe {id: 'survivor'}) SET p.value = 42");
const READ = cypher('test.read', "MATCH (p:Probe {id: 'survivor'}) RETURN p.value AS value");

async function waitFor(check: () => Promise<boolean>, ms: number) {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (await check().catch(() => false)) return true;
    await new Promise((r) => setTimeout(r, 500));
  }
  return false;
}

describe('when the database goes away and comes back', () => {
  it('reports 503, fails fast with DATABASE_UNAVAILABLE, recovers, and keeps the data', async () => {
    const port = await freePort();
    const start = () => startEmbeddedNeo4j({ boltPort: port, dataDir, heapMb: 512, pageCacheMb: 64 });
    neo4j = await start();
    const uri = `bolt://127.0.0.1:${port}`;
    t = await startTestServer(testConfig({ NEO4J_URI: uri, QUERY_TIMEOUT_MS: '5000' }), uri);

    expect((await fetch(`${t.url}/ready`)).status).toBe(200);
    await t.db.runner().write(WRITE);

    await neo4j.stop();
    neo4j = null;

    const ready = await fetch(`${t.url}/ready`);
    expect(ready.status).toBe(503);
    expect(await ready.json()).toMatchObject({ status: 'unavailable' });

    const started = Date.now();
    const { body } = await t.gql('{ entity(id: "org:cms") { id } }');
    expect(Date.now() - started).toBeLessThan(15_000);
    expect(body.errors?.[0]?.extensions?.code).toBe('DATABASE_UNAVAILABLE');
    expect(JSON.stringify(body)).not.toMatch(/stack|ECONNREFUSED/);

    neo4j = await start();
    expect(await waitFor(async () => (await fetch(`${t!.url}/ready`)).status === 200, 30_000)).toBe(true);
    const after = await t.gql('{ __typename entity(id: "org:cms") { id } }');
    expect(after.body.errors).toBeUndefined();

    const [row] = await t.db.runner().read<{ value: number }>(READ);
    expect(row?.value).toBe(42);
  }, 180_000);
});
