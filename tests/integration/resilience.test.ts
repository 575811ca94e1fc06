import { statSync, mkdtempSync, mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import neo4jDriver from 'neo4j-driver';
import { afterAll, describe, expect, it } from 'vitest';
import type { AnswerError } from '../helpers/graphqlAnswer.js';
import { cypher } from '../../src/db/database.js';
import { startEmbeddedNeo4j, type EmbeddedNeo4j } from '../../src/db/embedded.js';
import { PASSWORD_FILE } from '../../src/db/embeddedPassword.js';
import { superviseEmbeddedNeo4j, type SupervisedNeo4j } from '../../src/db/embeddedSupervisor.js';
import { migrate } from '../../src/db/migrations.js';
import { createMemoryLogger } from '../../src/logger.js';
import { seedFromFiles } from '../../src/seed/seedFromFiles.js';
import { freePort } from '../helpers/freePort.js';
import { startTestServer, testConfig, type TestServer } from '../helpers/testServer.js';

/**
 * Second and third, disposable Neo4j instances that this file kills, stops and starts, so
 * the shared one is never disturbed.
 */
const root = path.resolve('.test-data');
mkdirSync(root, { recursive: true });
const dirs: string[] = [];
const cleanups: (() => Promise<unknown>)[] = [];
afterAll(async () => {
  for (const c of cleanups.reverse()) await c().catch(() => {});
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});
const tempDir = (prefix: string) => {
  const d = mkdtempSync(path.join(root, prefix));
  dirs.push(d);
  return d;
};

const WRITE = cypher('test.write', "MERGE (p:Probe {id: 'survivor'}) SET p.value = 42");
const READ = cypher('test.read', "MATCH (p:Probe {id: 'survivor'}) RETURN p.value AS value");
const CHAIN = '{ oversightChain(id: "org:noridian") { relation entity { id name } } }';
const PATHS = '{ paths(from: "org:cgs", to: "org:us-congress", maxHops: 6, first: 10) { hops steps { from { id } to { id } } } }';
const HEAVY = '{ jurisdictions { code medicaidAgency { name } medicareContractors { administrator { name } } } }';

async function waitFor(check: () => Promise<boolean>, ms: number) {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (await check().catch(() => false)) return true;
    await new Promise((r) => setTimeout(r, 250));
  }
  return false;
}

const codes = (body: { errors?: AnswerError[] }): string[] => (body.errors ?? []).map((e) => e.extensions.code);

describe('the embedded Neo4j under its supervisor', () => {
  it('killed with requests in flight: every answer is DATABASE_UNAVAILABLE within 5 s, /ready 503, then the supervisor restarts it and the API answers again', async () => {
    const dataDir = tempDir('killed-');
    const logger = createMemoryLogger();
    const supervised: SupervisedNeo4j = await superviseEmbeddedNeo4j(
      // A 30 s first backoff keeps it down for longer than the checks below take, however fast it restarts.
      { boltPort: await freePort(), dataDir, heapMb: 512, pageCacheMb: 64, initialBackoffMs: 30_000 },
      logger,
    );
    cleanups.push(() => supervised.stop());

    // Its password is its own, kept in DATA_DIR for its owner only; nothing else gets in.
    expect(statSync(path.join(dataDir, PASSWORD_FILE)).mode & 0o777).toBe(0o600);
    expect(supervised.password.length).toBeGreaterThanOrEqual(24);
    for (const auth of [undefined, neo4jDriver.auth.basic('neo4j', 'neo4j'), neo4jDriver.auth.basic('neo4j', 'wrong')]) {
      const stranger = neo4jDriver.driver(supervised.uri, auth, { logging: { level: 'error', logger: () => {} } });
      await expect(stranger.executeQuery('RETURN 1')).rejects.toMatchObject({ code: 'Neo.ClientError.Security.Unauthorized' });
      await stranger.close();
    }

    const t: TestServer = await startTestServer(
      testConfig({ NEO4J_URI: supervised.uri, NEO4J_USER: supervised.user, NEO4J_PASSWORD: supervised.password }),
    );
    cleanups.push(() => t.close());
    await migrate(t.db);
    await seedFromFiles(t.db);
    const warm = await t.gql(HEAVY);
    expect(warm.body.errors, JSON.stringify(warm.body.errors)).toBeUndefined();
    const firstPid = supervised.pid;

    // Requests in flight when the process dies.
    const inFlight = Array.from({ length: 8 }, (_, i) => {
      const sent = Date.now();
      return t.gql(i % 2 ? CHAIN : PATHS).then((r) => ({ ...r, at: Date.now(), sent }));
    });
    await new Promise((r) => setTimeout(r, 150));
    const killedAt = Date.now();
    process.kill(firstPid, 'SIGKILL');

    const answers = await Promise.all(inFlight);
    const afterKill = answers.filter((a) => a.at >= killedAt);
    expect(afterKill.length).toBeGreaterThan(0);
    for (const a of afterKill) {
      expect(a.at - killedAt, JSON.stringify(afterKill.map((x) => x.at - killedAt))).toBeLessThan(5000);
      expect(codes(a.body)).toContain('DATABASE_UNAVAILABLE');
      expect(JSON.stringify(a.body)).not.toMatch(/stack|ECONNREFUSED|bolt:|127\.0\.0\.1/);
    }

    // While it is down /ready says why.
    const ready = await fetch(`${t.url}/ready`);
    expect(ready.status).toBe(503);
    expect(await ready.json()).toEqual({ status: 'unavailable', reason: 'DATABASE_UNAVAILABLE' });

    // New requests while it is down: each one fails fast.
    for (let i = 0; i < 3; i++) {
      const started = Date.now();
      const { body } = await t.gql('{ entity(id: "org:cms") { id } }');
      expect(Date.now() - started).toBeLessThan(5000);
      expect(codes(body)).toEqual(['DATABASE_UNAVAILABLE']);
    }

    // The supervisor brings it back; the same server, never restarted, answers again.
    expect(await waitFor(async () => (await fetch(`${t.url}/ready`)).status === 200, 180_000)).toBe(true);
    const after = await t.gql('{ entity(id: "org:cms") { id name } }');
    expect(after.body.errors).toBeUndefined();
    expect(after.body.data.entity.id).toBe('org:cms');
    // The supervisor counts the restart once the process announces READY, a moment after Bolt answers.
    expect(await waitFor(async () => supervised.restarts >= 1, 30_000), `restarts: ${supervised.restarts}`).toBe(true);
    expect(supervised.pid).not.toBe(firstPid);
    expect(logger.lines.map((l) => l.msg)).toEqual(
      expect.arrayContaining(['embedded Neo4j exited; restarting it', 'embedded Neo4j restarted']),
    );
    expect(logger.lines.find((l) => l.msg === 'embedded Neo4j exited; restarting it')).toMatchObject({ signal: 'SIGKILL' });
  }, 600_000);
});

describe('an external server that goes away and comes back', () => {
  it('reports 503, fails fast with DATABASE_UNAVAILABLE, recovers without a restart, and keeps the data', async () => {
    const dataDir = tempDir('disposable-');
    const port = await freePort();
    const start = () => startEmbeddedNeo4j({ boltPort: port, dataDir, heapMb: 512, pageCacheMb: 64 });
    let neo4j: EmbeddedNeo4j | null = await start();
    cleanups.push(() => neo4j?.stop() ?? Promise.resolve());
    const t = await startTestServer(testConfig({ NEO4J_URI: neo4j.uri, NEO4J_PASSWORD: neo4j.password, QUERY_TIMEOUT_MS: '5000' }));
    cleanups.push(() => t.close());

    expect((await fetch(`${t.url}/ready`)).status).toBe(200);
    await t.db.runner().write(WRITE);

    await neo4j.stop();
    neo4j = null;

    const started = Date.now();
    const { body } = await t.gql('{ entity(id: "org:cms") { id } }');
    expect(Date.now() - started).toBeLessThan(5000);
    expect(codes(body)).toEqual(['DATABASE_UNAVAILABLE']);
    expect(JSON.stringify(body)).not.toMatch(/stack|ECONNREFUSED/);

    neo4j = await start();
    expect(await waitFor(async () => (await fetch(`${t.url}/ready`)).status === 200, 30_000)).toBe(true);
    const after = await t.gql('{ __typename entity(id: "org:cms") { id } }');
    expect(after.body.errors).toBeUndefined();

    const [row] = await t.db.runner().read<{ value: number }>(READ);
    expect(row?.value).toBe(42);
  }, 420_000);
});
