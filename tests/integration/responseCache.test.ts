import { request } from 'node:http';
import { gunzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import type { AnswerBody } from '../helpers/graphqlAnswer.js';
import { bumpDataVersion } from '../../src/db/repositories/dataVersionRepository.js';
import { acquireGraphLock } from '../helpers/graphLock.js';
import { startTestServer, TEST_DEBUG_KEY, testConfig, useTestServer, type TestServer } from '../helpers/testServer.js';

const t = useTestServer();
const others: TestServer[] = [];
afterAll(async () => {
  for (const s of others) await s.close();
});

async function post(query: string, headers: Record<string, string> = {}, url = t.url) {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query }),
  });
  return { res, body: (await res.json()) as AnswerBody };
}

/** A POST as bytes on the wire: fetch would undo the compression this looks at. */
function postRaw(
  query: string,
  headers: Record<string, string>,
  url = t.url,
): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; bytes: Buffer }> {
  return new Promise((resolve, reject) => {
    const req = request(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, bytes: Buffer.concat(chunks) }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(JSON.stringify({ query }));
  });
}

/** Waits until the server has read a version (its cache is off until then). */
async function cacheReady(query: string, url = t.url) {
  for (let i = 0; i < 40; i++) {
    if ((await post(query, {}, url)).res.headers.get('x-cache') !== 'BYPASS') return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('the cache never started');
}

describe('response cache', () => {
  it('answers a repeated query from the cache, and afresh once the data version moves', async () => {
    const query = '{ entity(id: "org:noridian") { id name } }';
    await cacheReady(query);
    await post(query);
    const hit = await post(query);
    expect(hit.res.headers.get('x-cache')).toBe('HIT');
    expect(hit.body.data.entity.id).toBe('org:noridian');
    expect((await post(query, { 'cache-control': 'no-cache' })).res.headers.get('x-cache')).toBe('MISS');

    // A write like any other: files that read the graph at one version (stored chains) hold the lock meanwhile.
    const release = await acquireGraphLock('graph');
    try {
      await bumpDataVersion(t.db.runner());
    } finally {
      release();
    }
    // The server polls the version in the background; it must notice within about a second.
    let seen = 'HIT';
    for (let i = 0; i < 30 && seen === 'HIT'; i++) {
      await new Promise((r) => setTimeout(r, 100));
      seen = (await post(query)).res.headers.get('x-cache') ?? '';
    }
    expect(seen).toBe('MISS');
    expect((await post(query)).res.headers.get('x-cache')).toBe('HIT');
  });

  it('answers Cache-Control: no-cache afresh and does not keep that answer', async () => {
    const query = '{ entity(id: "org:cms") { id kind } }';
    await cacheReady('{ __typename }');
    expect((await post(query, { 'cache-control': 'no-cache' })).res.headers.get('x-cache')).toBe('MISS');
    // Had the fresh answer been kept, this plain request would be a hit.
    expect((await post(query)).res.headers.get('x-cache')).toBe('MISS');
    expect((await post(query)).res.headers.get('x-cache')).toBe('HIT');
  });

  it('never caches errors or debug answers', async () => {
    const bad = '{ whoAdministers(program: "program:nope", state: "CA") { id } }';
    await cacheReady('{ __typename }');
    await post(bad);
    expect((await post(bad)).res.headers.get('x-cache')).toBe('MISS');
    const debug = await post('{ entity(id: "org:cms") { id } }', { 'x-debug': TEST_DEBUG_KEY });
    expect(debug.res.headers.get('x-cache')).toBe('BYPASS');
    expect(debug.body.extensions.debug.roundTrips).toBe(1);
  });

  it('gives GET answers Cache-Control and an ETag, and 304 when the ETag matches', async () => {
    const url = `${t.url}/graphql?query=${encodeURIComponent('{ jurisdiction(code: "MS") { name } }')}`;
    const headers = { 'apollo-require-preflight': 'true' };
    await cacheReady('{ __typename }');
    const first = await fetch(url, { headers });
    expect(first.status).toBe(200);
    expect(((await first.json()) as AnswerBody).data.jurisdiction.name).toBe('Mississippi');
    const etag = first.headers.get('etag');
    expect(etag).toMatch(/^"\d+-[\w-]+"$/);
    expect(first.headers.get('cache-control')).toBe('public, max-age=1');
    // A shared cache keeping it must key it by encoding as well.
    expect(first.headers.get('vary')).toMatch(/accept-encoding/i);
    const again = await fetch(url, { headers: { ...headers, 'if-none-match': etag! } });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
    const other = await fetch(url, { headers: { ...headers, 'if-none-match': '"0-stale"' } });
    expect(other.status).toBe(200);
  });

  it('charges a cached answer its cost and puts the fresh throttle in it; an empty bucket gets 429', async () => {
    // 100 points, one back a second: the chain costs 36 (12 for the walk + 12 steps × 2).
    const s = await startTestServer(testConfig({ RATE_LIMIT_MAXIMUM: '100', RATE_LIMIT_RESTORE_RATE: '1' }));
    others.push(s);
    await cacheReady('{ __typename }', s.url);
    const chain = '{ oversightChain(id: "org:noridian") { relation entity { id } } }';
    const miss = await post(chain, {}, s.url);
    const hit = await post(chain, {}, s.url);
    expect([miss.res.headers.get('x-cache'), hit.res.headers.get('x-cache')]).toEqual(['MISS', 'HIT']);
    expect(hit.body.data).toEqual(miss.body.data);
    expect(hit.body.extensions.cost).toMatchObject({ requested: 36, limit: 2500, throttle: { maximum: 100, restoreRate: 1 } });
    // The hit paid 36 more than the miss left (give or take a second's refill).
    const paid = miss.body.extensions.cost.throttle.remaining - hit.body.extensions.cost.throttle.remaining;
    expect(paid).toBeGreaterThanOrEqual(34);
    expect(paid).toBeLessThanOrEqual(36);
    const refused = await post(chain, {}, s.url);
    expect(refused.res.status).toBe(429);
    expect(refused.res.headers.get('x-cache')).toBe('HIT');
    expect(refused.body.errors?.[0]?.extensions.code).toBe('RATE_LIMITED');
    expect(refused.body.extensions.cost).toMatchObject({ requested: 36, limit: 2500, throttle: { maximum: 100 } });
    expect(Number(refused.res.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
  });

  it('sends a large answer gzipped to a client that takes gzip, fresh and from the cache with its throttle current', async () => {
    // All 56 jurisdictions with their contractors: well over 8 KB.
    const query = '{ jurisdictions { code medicaidAgency { name } medicareContractors { role administrator { name } } } }';
    // A bucket that refills one point a second, so that what the hit paid shows in its throttle.
    const s = await startTestServer(testConfig({ RATE_LIMIT_MAXIMUM: '100000', RATE_LIMIT_RESTORE_RATE: '1' }));
    others.push(s);
    await cacheReady('{ __typename }', s.url);
    const plain = await postRaw(query, { 'accept-encoding': 'identity', 'cache-control': 'no-cache' }, s.url);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.bytes.length).toBeGreaterThan(8 * 1024);
    const expected = (JSON.parse(plain.bytes.toString('utf8')) as AnswerBody).data;

    const miss = await postRaw(query, { 'accept-encoding': 'gzip, deflate' }, s.url);
    const hit = await postRaw(query, { 'accept-encoding': 'gzip' }, s.url);
    expect([miss.headers['x-cache'], hit.headers['x-cache']]).toEqual(['MISS', 'HIT']);
    for (const r of [miss, hit]) {
      expect(r.status).toBe(200);
      expect(r.headers['content-encoding']).toBe('gzip');
      expect(r.bytes.length).toBeLessThan(plain.bytes.length / 4);
    }
    const [missBody, hitBody] = [miss, hit].map((r) => JSON.parse(gunzipSync(r.bytes).toString('utf8')) as AnswerBody);
    expect(missBody!.data).toEqual(expected);
    expect(hitBody!.data).toEqual(expected);
    // The hit's throttle is the one left after it paid, not the one stored with the answer.
    const cost = missBody!.extensions.cost.requested;
    expect(cost).toBeGreaterThan(100);
    const paid = missBody!.extensions.cost.throttle.remaining - hitBody!.extensions.cost.throttle.remaining;
    expect(paid).toBeGreaterThanOrEqual(cost - 5);
    expect(paid).toBeLessThanOrEqual(cost);
    expect(hit.headers.etag).toBe(miss.headers.etag);
    expect(String(hit.headers.etag)).toMatch(/-gzip"$/);

    // The same cached answer, asked for without gzip, comes as it was stored.
    const identity = await postRaw(query, { 'accept-encoding': 'identity' }, s.url);
    expect(identity.headers['x-cache']).toBe('HIT');
    expect(identity.headers['content-encoding']).toBeUndefined();
    expect((JSON.parse(identity.bytes.toString('utf8')) as AnswerBody).data).toEqual(expected);
  });

  it('leaves a small answer uncompressed', async () => {
    const small = await postRaw('{ entity(id: "org:cms") { name } }', { 'accept-encoding': 'gzip' });
    expect(small.headers['content-encoding']).toBeUndefined();
    expect((JSON.parse(small.bytes.toString('utf8')) as AnswerBody).data.entity.name).toBe('Centers for Medicare & Medicaid Services');
  });
});
