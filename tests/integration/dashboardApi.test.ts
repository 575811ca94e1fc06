import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { startTestServer, testConfig, useTestServer } from '../helpers/testServer.js';

const t = useTestServer();
const manifest = JSON.parse(readFileSync('dashboard/src/gql/persisted-documents.json', 'utf8')) as Record<string, string>;
const idOf = (operation: string) => Object.entries(manifest).find(([, q]) => q.includes(`query ${operation}(`))![0];

const post = (url: string, body: unknown) =>
  fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

describe('the dashboard page', () => {
  it('is served with its bundle and map geometry, and links nowhere off this host', async () => {
    const res = await fetch(`${t.url}/dashboard`);
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html.match(/(https?:)?\/\/[^\s"'<>)]+/g) ?? []).toEqual([]);
    expect(html).toContain('/dashboard/app.js');
    const js = await fetch(`${t.url}/dashboard/app.js`);
    expect(js.status).toBe(200);
    expect(js.headers.get('content-type')).toMatch(/javascript/);
    expect((await js.text()).length).toBeGreaterThan(10_000);
    const atlas = (await (await fetch(`${t.url}/dashboard/states-10m.json`)).json()) as { objects: { states: { geometries: unknown[] } } };
    expect(atlas.objects.states.geometries).toHaveLength(56);
  });

  it('is linked from the playground', async () => {
    expect(await (await fetch(`${t.url}/`)).text()).toContain('href="/dashboard"');
  });
});

describe('persisted documents', () => {
  it('the manifest ids are the sha256 of the documents', () => {
    for (const [id, query] of Object.entries(manifest)) expect(id).toBe(`sha256:${createHash('sha256').update(query).digest('hex')}`);
  });

  it('runs a dashboard document by documentId, and refuses an unknown id', async () => {
    const ok = await post(t.url, { documentId: idOf('OversightChain'), variables: { id: 'org:noridian', asOf: '2026-01-15' } });
    const body = (await ok.json()) as { data: { oversightChain: { entity: { id: string } }[] } };
    expect(body.data.oversightChain.at(-1)!.entity.id).toBe('org:us-congress');
    const unknown = await post(t.url, { documentId: 'sha256:0000', variables: {} });
    expect(unknown.status).toBe(400);
    expect(((await unknown.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code).toBe(
      'PERSISTED_QUERY_NOT_FOUND',
    );
  });

  it('supports Automatic Persisted Queries: a hash alone after the query was sent once', async () => {
    const query = '{ jurisdiction(code: "MS") { name } }';
    const sha256Hash = createHash('sha256').update(query).digest('hex');
    const extensions = { persistedQuery: { version: 1, sha256Hash } };
    const miss = (await (await post(t.url, { extensions })).json()) as { errors: { extensions: { code: string } }[] };
    expect(miss.errors[0]!.extensions.code).toBe('PERSISTED_QUERY_NOT_FOUND');
    await post(t.url, { query, extensions });
    const hit = (await (await post(t.url, { extensions })).json()) as { data: { jurisdiction: { name: string } } };
    expect(hit.data.jurisdiction.name).toBe('Mississippi');
  });

  it('PERSISTED_DOCUMENTS=only accepts the allow-list and nothing else', async () => {
    const only = await startTestServer(testConfig({ PERSISTED_DOCUMENTS: 'only' }));
    try {
      const ok = await post(only.url, { documentId: idOf('OversightChain'), variables: { id: 'org:cms' } });
      expect(ok.status).toBe(200);
      const free = await post(only.url, { query: '{ jurisdictions { code } }' });
      expect(free.status).toBe(400);
      expect(((await free.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code).toBe(
        'PERSISTED_QUERY_NOT_ALLOWED',
      );
      const apq = await post(only.url, {
        query: '{ jurisdictions { code } }',
        extensions: { persistedQuery: { version: 1, sha256Hash: 'x' } },
      });
      expect(apq.status).toBe(400);
    } finally {
      await only.close();
    }
  });
});
