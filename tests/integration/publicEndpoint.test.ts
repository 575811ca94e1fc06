import { afterAll, describe, expect, it } from 'vitest';
import type { AnswerBody } from '../helpers/graphqlAnswer.js';
import { cypher, RoundTripCounter } from '../../src/db/database.js';
import { DatabaseTimeoutError } from '../../src/db/errors.js';
import { startTestServer, testConfig, useTestServer, type TestServer } from '../helpers/testServer.js';

/** The limits, the rate limit and the HTTP errors a public endpoint needs, with the defaults of src/config.ts. */
const t = useTestServer();
const others: TestServer[] = [];
afterAll(async () => {
  for (const s of others) await s.close();
});

async function post(url: string, body: string, headers: Record<string, string> = { 'content-type': 'application/json' }) {
  const res = await fetch(`${url}/graphql`, { method: 'POST', headers, body });
  const text = await res.text();
  return { status: res.status, headers: res.headers, text, json: JSON.parse(text) as AnswerBody };
}

const LEAK = /\bat .+:\d+:\d+|\/work\/|node_modules|Error:|<html/i;

describe('limits checked before execution', () => {
  const cases: [string, string, string, number, number][] = [
    // limit, query, expected limit name, value, maximum (defaults: depth 10, aliases 30, directives 20, tokens 2000, cost 2500)
    [
      'depth',
      `{ entity(id: "org:cms") { ${'relationships(first: 1) { edges { node { other { '.repeat(3)}id${' } } } }'.repeat(3)} } }`,
      'depth',
      14,
      10,
    ],
    ['aliases', `{ ${Array.from({ length: 31 }, (_, i) => `a${i}: entity(id: "org:cms") { id }`).join(' ')} }`, 'aliases', 31, 30],
    [
      'directives',
      `{ entity(id: "org:cms") { ${Array.from({ length: 21 }, (_, i) => `f${i}: id @include(if: true)`).join(' ')} } }`,
      'directives',
      21,
      20,
    ],
    [
      'tokens',
      `{ ${Array.from({ length: 700 }, () => '__typename').join(' ')} ${Array.from({ length: 700 }, () => 'id: __typename').join(' ')} }`,
      'tokens',
      2 + 700 + 700 * 3,
      2000,
    ],
    [
      'cost',
      '{ entity(id: "org:cms") { relationships(first: 100) { edges { node { other { relationships(first: 100) { edges { node { other { id } } } } } } } } } }',
      'cost',
      40401,
      2500,
    ],
  ];
  it.each(cases)(
    '%s: QUERY_TOO_COMPLEX naming the limit, the value and the maximum, and nothing runs',
    async (_, query, limit, value, maximum) => {
      const before = t.logger.lines.length;
      const r = await post(t.url, JSON.stringify({ query }));
      expect(r.status).toBe(400);
      expect(r.json.data).toBeUndefined();
      expect(r.json.errors?.[0]?.extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit, value, maximum });
      expect(r.json.errors?.[0]?.message).toContain(`${value} > ${maximum}`);
      const log = t.logger.lines.slice(before).find((l) => l.msg === 'graphql request');
      expect(log?.roundTrips).toBe(0);
    },
  );

  it('payload: 413 PAYLOAD_TOO_LARGE over MAX_BODY_BYTES, as JSON', async () => {
    const body = JSON.stringify({ query: `{ __typename } # ${'x'.repeat(200_000)}` });
    const r = await post(t.url, body);
    expect(r.status).toBe(413);
    expect(r.json.errors?.[0]?.extensions).toEqual({ code: 'PAYLOAD_TOO_LARGE', limit: 'bodyBytes', value: body.length, maximum: 102400 });
    expect(r.text).not.toMatch(LEAK);
  });

  it('a 2,000-alias query is refused, not answered in full', async () => {
    const query = `{ ${Array.from({ length: 2000 }, (_, i) => `a${i}: jurisdictions { code }`).join(' ')} }`;
    const r = await post(t.url, JSON.stringify({ query }));
    expect(r.status).toBe(400);
    expect(r.json.errors?.[0]?.extensions.code).toBe('QUERY_TOO_COMPLEX');
    expect(r.json.data).toBeUndefined();
  });

  it('puts extensions.cost on every answer, successful or not', async () => {
    const ok = await post(t.url, JSON.stringify({ query: '{ oversightChain(id: "org:noridian") { relation entity { id } } }' }));
    expect(ok.json.errors).toBeUndefined();
    // 12 for the walk + 12 steps × (step 1 + entity 1)
    expect(ok.json.extensions.cost).toMatchObject({ requested: 36, limit: 2500, throttle: { maximum: 1000000, restoreRate: 1000000 } });
    expect(typeof ok.json.extensions.cost.throttle.remaining).toBe('number');
    const bad = await post(t.url, JSON.stringify({ query: '{ nope }' }));
    expect(bad.status).toBe(400);
    expect(bad.json.extensions.cost).toMatchObject({ requested: 0, limit: 2500 });
  });
});

describe('rate limit', () => {
  it('answers 429 RATE_LIMITED with Retry-After when the bucket is empty; an API key has its own bucket', async () => {
    const key = 'k'.repeat(20) + 'dashboard';
    const s = await startTestServer(
      testConfig({
        RATE_LIMIT_MAXIMUM: '100',
        RATE_LIMIT_RESTORE_RATE: '1',
        API_KEYS: `${key},another-key-0123456789`,
        API_KEY_RATE_LIMIT_MAXIMUM: '1000',
      }),
    );
    others.push(s);
    const chain = JSON.stringify({ query: '{ oversightChain(id: "org:noridian") { relation entity { id } } }' }); // costs 36
    const first = await post(s.url, chain);
    const second = await post(s.url, chain);
    expect([first.status, second.status]).toEqual([200, 200]);
    expect(second.json.extensions.cost.throttle).toMatchObject({ maximum: 100, restoreRate: 1 });
    expect(second.json.extensions.cost.throttle.remaining).toBeLessThanOrEqual(100 - 72 + 2);

    const third = await post(s.url, chain);
    expect(third.status).toBe(429);
    expect(third.json.errors?.[0]?.extensions.code).toBe('RATE_LIMITED');
    expect(third.json.data).toBeUndefined();
    const retryAfter = Number(third.headers.get('retry-after'));
    // 36 needed, about 28 left, 1 point a second: about 8 s
    expect(retryAfter).toBeGreaterThanOrEqual(6);
    expect(retryAfter).toBeLessThanOrEqual(36);

    const withKey = await post(s.url, chain, { 'content-type': 'application/json', authorization: `Bearer ${key}` });
    expect(withKey.status).toBe(200);
    expect(withKey.json.extensions.cost.throttle).toMatchObject({ maximum: 1000, remaining: 1000 - 36 });
    const unknownKey = await post(s.url, chain, { 'content-type': 'application/json', authorization: 'Bearer not-a-configured-key-123' });
    expect(unknownKey.status).toBe(429);
  });
});

describe('errors outside GraphQL are JSON with a code, never HTML or a stack', () => {
  it.each([
    ['malformed JSON', () => post(t.url, '{"query": "{ __typename }"'), 400, 'BAD_REQUEST'],
    [
      'invalid UTF-8 in JSON',
      () => post(t.url, Buffer.from([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x3a, 0x31, 0x7d]) as unknown as string),
      400,
      'BAD_REQUEST',
    ],
    ['a JSON array (batch)', () => post(t.url, '[{"query":"{ __typename }"},{"query":"{ __typename }"}]'), 400, 'BAD_REQUEST'],
    ['text/plain', () => post(t.url, '{"query":"{ __typename }"}', { 'content-type': 'text/plain' }), 400, 'BAD_REQUEST'],
    ['unknown route', () => fetch(`${t.url}/nope/../../etc/passwd`).then(read), 404, 'NOT_FOUND'],
    ['prototype name as asset', () => fetch(`${t.url}/playground/constructor`).then(read), 404, 'NOT_FOUND'],
    ['PUT /graphql', () => fetch(`${t.url}/graphql`, { method: 'PUT', body: '{}' }).then(read), 405, 'METHOD_NOT_ALLOWED'],
    ['POST /ready', () => fetch(`${t.url}/ready`, { method: 'POST' }).then(read), 405, 'METHOD_NOT_ALLOWED'],
  ] as const)('%s', async (_, send, status, code) => {
    const r = await send();
    expect(r.status).toBe(status);
    expect(r.json.errors?.[0]?.extensions.code).toBe(code);
    expect(r.text).not.toMatch(LEAK);
  });

  it('says which methods a path allows', async () => {
    const res = await fetch(`${t.url}/graphql`, { method: 'DELETE' });
    expect(res.headers.get('allow')).toBe('GET, POST');
  });

  it('serves a favicon, and the playground links it', async () => {
    const res = await fetch(`${t.url}/favicon.ico`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^image\/svg\+xml/);
    expect(await res.text()).toMatch(/^<svg/);
    expect(await (await fetch(`${t.url}/`)).text()).toContain('<link rel="icon" href="/playground/favicon.svg"');
    expect((await fetch(`${t.url}/playground/favicon.svg`)).status).toBe(200);
  });
});

async function read(res: Response) {
  const text = await res.text();
  return { status: res.status, text, json: JSON.parse(text) as AnswerBody };
}

describe('database budget per request', () => {
  const SLOW = cypher('test.slow', 'UNWIND range(1, 300000000) AS x RETURN count(x) AS n');
  const PING = cypher('test.ping', 'RETURN 1 AS one');

  it('does not send a statement once the request deadline has passed', async () => {
    const counter = new RoundTripCounter();
    await expect(t.db.runner(counter, Date.now() - 1).read(PING)).rejects.toBeInstanceOf(DatabaseTimeoutError);
    expect(counter.count).toBe(0);
  });

  it('gives a statement only the time left before the deadline, not a whole statement timeout', async () => {
    const started = Date.now();
    await expect(t.db.runner(undefined, Date.now() + 500).read(SLOW)).rejects.toBeInstanceOf(DatabaseTimeoutError);
    // The statement timeout here is 60 s; the deadline cut it at 0.5 s (plus the server's check interval).
    expect(Date.now() - started).toBeLessThan(10_000);
  });

  it('answers SERVICE_OVERLOADED (503, Retry-After) when no pooled connection frees up in time, and /ready says so', async () => {
    const s = await startTestServer(testConfig({ NEO4J_POOL_SIZE: '1', NEO4J_ACQUIRE_TIMEOUT_MS: '300' }));
    others.push(s);
    // Hold the only connection of the server's pool in an open transaction.
    const session = s.driver.session();
    const tx = await session.beginTransaction();
    await tx.run('RETURN 1');
    try {
      const r = await post(s.url, JSON.stringify({ query: '{ entity(id: "org:cms") { id } }' }));
      expect(r.status).toBe(503);
      expect(r.headers.get('retry-after')).toBe('1');
      expect(r.json.errors?.[0]?.extensions.code).toBe('SERVICE_OVERLOADED');
      const ready = await fetch(`${s.url}/ready`);
      expect(ready.status).toBe(503);
      expect(await ready.json()).toEqual({ status: 'unavailable', reason: 'SERVICE_OVERLOADED' });
    } finally {
      await tx.rollback();
      await session.close();
    }
    const after = await post(s.url, JSON.stringify({ query: '{ entity(id: "org:cms") { id } }' }));
    expect(after.json).toMatchObject({ data: { entity: { id: 'org:cms' } } });
  });
});
