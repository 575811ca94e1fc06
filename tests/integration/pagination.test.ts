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
    const q =
      'query($first: Int, $after: String) { entity(id: "org:noridian") { ... on Organization { administers(asOf: "2026-11-27", first: $first, after: $after) { pageInfo { hasNextPage hasPreviousPage endCursor } edges { node { id } } } } } }';
    const { ids, sizes } = await walk(q, (d: { entity: Answer<Organization> }) => d.entity.administers, 7);
    const { body } = await t.gql<{ entity: Answer<Organization> }>(
      '{ entity(id: "org:noridian") { ... on Organization { administers(asOf: "2026-11-27") { totalCount } } } }',
    );
    expect(ids).toHaveLength(body.data.entity.administers.totalCount);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual(ids);
    expect(sizes.slice(0, -1).every((n) => n === 7)).toBe(true);
    expect(ids.length).toBeGreaterThan(7);
  });

  it('reads an organization with its first page of facts in one statement, the page the field reads on its own', async () => {
    const facts = 'edges { node { id role program { name } jurisdiction { name } } } pageInfo { hasNextPage endCursor }';
    const one = await t.gql<{ entity: Answer<Organization> }>(
      `{ entity(id: "org:noridian") { ... on Organization { administers(asOf: "2026-11-27", first: 5) { ${facts} } } } }`,
      {},
      { 'x-debug': TEST_DEBUG_KEY },
    );
    expect(one.body.errors).toBeUndefined();
    expect(one.body.extensions.debug.roundTrips).toBe(1);
    expect(one.body.data.entity.administers.edges).toHaveLength(5);
    // Asked twice, the field reads each page itself (entity, then the pages): the same first page.
    type Apart = { entity: { a: Answer<Organization>['administers']; b: Answer<Organization>['administers'] } };
    const apart = await t.gql<Apart>(
      `{ entity(id: "org:noridian") { ... on Organization { a: administers(asOf: "2026-11-27", first: 5) { ${facts} } b: administers(asOf: "2026-11-27", first: 1) { edges { node { id } } } } } }`,
      {},
      { 'x-debug': TEST_DEBUG_KEY },
    );
    expect(apart.body.extensions.debug.roundTrips).toBe(3);
    expect(apart.body.data.entity.a).toEqual(one.body.data.entity.administers);
    expect(apart.body.data.entity.b.edges[0]?.node.id).toBe(one.body.data.entity.administers.edges[0]?.node.id);
    expect(apart.body.data.entity.b.edges[0]?.node.id).toMatch(/^asg:/);
  });

  it('reads only id, name and kind when a request asks an entity or a search hit for nothing more', async () => {
    const debug = { 'x-debug': TEST_DEBUG_KEY };
    type Named = { entity: { id: string; name: string; __typename: string; description?: string } };
    const slim = await t.gql<Named>('{ entity(id: "org:noridian") { id name __typename } }', {}, debug);
    const whole = await t.gql<Named>('{ entity(id: "org:noridian") { id name __typename description } }', {}, debug);
    expect(Object.keys(slim.body.extensions.debug.queries)).toEqual(['entity.namesByIds']);
    expect(Object.keys(whole.body.extensions.debug.queries)).toEqual(['entity.byIds']);
    const { description, ...named } = whole.body.data.entity;
    expect(typeof description).toBe('string');
    expect(slim.body.data.entity).toEqual(named);
    expect(named.__typename).toBe('Organization');

    const hits = 'pageInfo { endCursor } edges { cursor node { id name } }';
    const names = await t.gql(`{ search(text: "medicare administrative contractor", first: 6) { ${hits} } }`, {}, debug);
    const full = await t.gql(
      `{ search(text: "medicare administrative contractor", first: 6) { ${hits} edges { node { kind } } } }`,
      {},
      debug,
    );
    expect(Object.keys(names.body.extensions.debug.queries)).toEqual(['entity.searchNames']);
    expect(Object.keys(full.body.extensions.debug.queries)).toEqual(['entity.search']);
    expect(names.body.data.search.edges).toHaveLength(6);
    expect(names.body.data.search.edges).toEqual(
      full.body.data.search.edges.map((e) => ({ cursor: e.cursor, node: { id: e.node.id, name: e.node.name } })),
    );

    // A state page that only names its administrators reads their names; asked for more, whole records.
    type Page = { jurisdiction: Answer<Query>['jurisdiction'] & { c: Answer<Query>['jurisdiction']['medicareContractors'] } };
    const namesPage = await t.gql<Page>(
      '{ jurisdiction(code: "VA") { medicaidAgency { name } c: medicareContractors { role administrator { name } } } }',
      {},
      debug,
    );
    const wholePage = await t.gql<Page>(
      '{ jurisdiction(code: "VA") { medicaidAgency { name phone } c: medicareContractors { role administrator { name website } } } }',
      {},
      debug,
    );
    expect(namesPage.body.errors).toBeUndefined();
    expect(namesPage.body.extensions.debug.queries['state.pagesAdminNames']?.count).toBe(1);
    expect(Object.keys(wholePage.body.extensions.debug.queries)).toEqual(['state.pages']);
    expect(namesPage.body.data.jurisdiction.medicaidAgency.name).toBe(wholePage.body.data.jurisdiction.medicaidAgency.name);
    expect(namesPage.body.data.jurisdiction.c.length).toBeGreaterThan(3);
    expect(namesPage.body.data.jurisdiction.c).toEqual(
      wholePage.body.data.jurisdiction.c.map((a) => ({ role: a.role, administrator: { name: a.administrator.name } })),
    );
  });

  it('pages relationships and search without repeating or skipping', async () => {
    const rels =
      'query($first: Int, $after: String) { entity(id: "org:cms") { relationships(first: $first, after: $after) { pageInfo { hasNextPage hasPreviousPage endCursor } edges { node { type other { id } } } } } }';
    const all = await t.gql('{ entity(id: "org:cms") { relationships(first: 100) { totalCount edges { node { type other { id } } } } } }');
    const firstHundred = all.body.data.entity.relationships.edges.map((e) => `${e.node.type}>${e.node.other.id}`);
    // Imported plan files can give CMS thousands of links in the shared graph: pages of 50, not 9.
    const walked = (await walk(rels, (d: Answer<Query>) => d.entity.relationships, 50)).ids;
    expect(walked).toHaveLength(all.body.data.entity.relationships.totalCount);
    expect(walked.slice(0, firstHundred.length)).toEqual(firstHundred);

    const search =
      'query($first: Int, $after: String) { search(text: "medicare", first: $first, after: $after) { pageInfo { hasNextPage hasPreviousPage endCursor } edges { node { id } } } }';
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
    const { body } = await t.gql<Answer<Query> & { entity: Answer<Region> }>(
      '{ whoAdministers(program: "program:medicare", state: "OH", asOf: "2026-11-27", first: 2) { id } jurisdiction(code: "VA") { counties(first: 3) { id } } entity(id: "region:mac-ab-jm") { ... on Region { members(asOf: "2026-11-27", first: 2) { id } } } }',
    );
    expect(body.data.whoAdministers).toHaveLength(2);
    // Virginia's counties are the seed's three or, once another file has imported every county, all 133:
    // either way the first three are the first three of the whole list in id order.
    const all = (await t.gql('{ jurisdiction(code: "VA") { counties(first: 500) { id } } }')).body.data.jurisdiction.counties.map(
      (c) => c.id,
    );
    expect(all).toContain('county:51013');
    expect(all.every((id) => /^county:51\d{3}$/.test(id))).toBe(true);
    expect(all).toEqual([...all].sort());
    expect(body.data.jurisdiction.counties.map((c) => c.id)).toEqual(all.slice(0, 3));
    expect(body.data.entity.members).toHaveLength(2);
    const tooMany = await t.gql('{ jurisdiction(code: "VA") { counties(first: 501) { id } } }');
    expect(tooMany.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'first' });
  });
});
