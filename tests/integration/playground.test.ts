import { describe, expect, it } from 'vitest';
import { useTestServer } from '../helpers/testServer.js';

const t = useTestServer();

describe('the playground', () => {
  it('serves GraphiQL at / with no external host in the page', async () => {
    const res = await fetch(`${t.url}/`);
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('GraphiQL');
    const urls = html.match(/(https?:)?\/\/[^\s"'<>)]+/g) ?? [];
    expect(urls).toEqual([]);
    for (const src of html.match(/(?:src|href)="([^"]+)"/g) ?? []) expect(src).toMatch(/="\/(playground\/|dashboard")/);
  });

  it('serves its scripts and styles itself', async () => {
    for (const file of ['react.js', 'react-dom.js', 'graphiql.js', 'graphiql.css']) {
      const res = await fetch(`${t.url}/playground/${file}`);
      expect(res.status, file).toBe(200);
      expect((await res.arrayBuffer()).byteLength, file).toBeGreaterThan(1000);
    }
  });

  it('ships example queries that run without errors', async () => {
    const html = await (await fetch(`${t.url}/`)).text();
    const examples = JSON.parse(/defaultQuery: ("(?:[^"\\]|\\.)*")/.exec(html)![1]!) as string;
    for (const name of [...examples.matchAll(/query (\w+)/g)].map((m) => m[1]!)) {
      const res = await fetch(`${t.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: examples, operationName: name }),
      });
      const body = (await res.json()) as { errors?: unknown };
      expect(body.errors, name).toBeUndefined();
    }
  });

  it('answers /health and /ready', async () => {
    expect(await (await fetch(`${t.url}/health`)).json()).toEqual({ status: 'ok' });
    const ready = await fetch(`${t.url}/ready`);
    expect(ready.status).toBe(200);
  });
});
