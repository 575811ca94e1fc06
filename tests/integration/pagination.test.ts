import { describe, expect, it } from 'vitest';
import type { Organization, Query, Region } from '../../src/graphql/generated/resolvers-types.js';
import type { Answer } from '../helpers/graphqlAnswer.js';
import { TEST_DEBUG_KEY, useTestServer } from '../helpers/testServer.js';

const t = useTestServer();

/** A page of any connection: nodes with an id, or relationships named by type and other end. */
interface Page {
  edges: { node: { id?: string; type?: string; other?: { id: string } } }[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; endCursor?: string | null };
}

/** Follows endCursor until the last page; returns every node id in the order served and the pages' sizes. */
async function walk<T>(query: string, pick: (data: T) => Page, first: number) {
  const ids: string[] = [];
  const sizes: number[] = [];
  let after: string | null = null;
  for (let guard = 0; guard < 1000; guard++) {
    const { body } = await t.gql<T>(query, { first, after });
    expect(body.errors).toBeUndefined();
    const conn = pick(body.data);
    ids.push(...conn.edges.map((e) => e.node.id ?? `${e.node.type}>${e.node.other?.id}`));
    sizes.push(conn.edges.length);
    expect(conn.pageInfo.hasPreviousPage).toBe(after !== null);
    if (!conn.pageInfo.hasNextPage) return { ids, sizes };
    after = conn.pageInfo.endCursor ?? null;
  }
  throw new Error('no last page');
}

describe('keyset pagination', () => {
  it('pages what Noridian administers by id: every fact once, in order, as many as totalCount', async () => {
    const q = 'query($first: Int, $after: String) { entity(id: "org:noridian") { ... on Organization { administers(asOf: "2026-11-27", first: $first, after: $after) { pageInfo { hasNextPage hasPreviousPage endCursor } edges { node { id } } } } } }';
    const { ids, sizes } = await walk(q, (d: { entity: Answer<Organization> }) => d.entity.administers, 7);
    const { body } = await t.gql<{ entity: Answer<Organization> }>('{ entity(id: "org:noridian") { ... on Organization { administers(asOf: "2026-11-27") { totalCount } } } }');
    expect(ids).toHaveLength(body.data.entity.administers.totalCount);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual(ids);
    expect(sizes.slice(0, -1).every((n) => n === 7)).toBe(true);
    expect(ids.length).toBeGreaterThan(7);
  });

  it('pages relationships and search without repeating or skipping', async () => {
    const rels = 'query($first: Int, $after: String) { entity(id: "org:cms") { relationships(first: $first, after: $after) { pageInfo { hasNextPage hasPreviousPage endCursor } edges { node { type other { id } } } } } }';
    const all = await t.gql('{ entity(id: "org:cms") { relationships(first: 100) { totalCount edges { node { type other { id } } } } } }');
    const firstHundred = all.body.data.entity.relationships.edges.map((e) => `${e.node.type}>${e.node.other.id}`);
    // Imported plan files can give CMS thousands of links in the shared graph: pages of 50, not 9.
    const walked = (await walk(rels, (d: Answer<Query>) => d.entity.relationships, 50)).ids;
    expect(walked).toHaveLength(all.body.data.entity.relationships.totalCount);
    expect(walked.slice(0, firstHundred.length)).toEqual(firstHundred);

    const search = 'query($first: Int, $after: String) { search(text: "medicare", first: $first, after: $after) { pageInfo { hasNextPage hasPreviousPage endCursor } edges { node { id } } } }';
    const one = await t.gql('{ search(text: "medicare", first: 100) { totalCount edges { node { id } } } }');
    const hits = (await walk(search, (d: Answer<Query>) => d.search, 25)).ids;
    expect(hits).toHaveLength(one.body.data.search.totalCount);
    expect(new Set(hits).size).toBe(hits.length);
    expect(hits.slice(0, 100)).toEqual(one.body.data.search.edges.map((e) => e.node.id));
  });

  it('counts only when totalCount is selected', async () => {
    const q = (fields: string) => `{ jurisdiction(code: "NM") { managedCare(first: 1) { ${fields} } } }`;
    const without = await t.gql(q('edges { node { id } }'), undefined, { 'x-debug': TEST_DEBUG_KEY });
    expect(Object.keys(without.body.extensions.debug.queries)).not.toContain('assignment.managedCareCount');
    const withCount = await t.gql(q('totalCount edges { node { id } }'), undefined, { 'x-debug': TEST_DEBUG_KEY });
    expect(Object.keys(withCount.body.extensions.debug.queries)).toContain('assignment.managedCareCount');
    expect(withCount.body.data.jurisdiction.managedCare.totalCount).toBeGreaterThanOrEqual(2);
  });

  it('bounds plain lists: first caps whoAdministers, counties and region members, and over 500 is refused', async () => {
    const { body } = await t.gql<Answer<Query> & { entity: Answer<Region> }>('{ whoAdministers(program: "program:medicare", state: "OH", asOf: "2026-11-27", first: 2) { id } jurisdiction(code: "VA") { counties(first: 3) { id } } entity(id: "region:mac-ab-jm") { ... on Region { members(asOf: "2026-11-27", first: 2) { id } } } }');
    expect(body.data.whoAdministers).toHaveLength(2);
    expect(body.data.jurisdiction.counties.map((c) => c.id)).toEqual(['county:51013', 'county:51059', 'county:51510']);
    expect(body.data.entity.members).toHaveLength(2);
    const tooMany = await t.gql('{ jurisdiction(code: "VA") { counties(first: 501) { id } } }');
    expect(tooMany.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'first' });
  });
});
