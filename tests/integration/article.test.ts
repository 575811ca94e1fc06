import { describe, expect, it } from 'vitest';
import type { Entity, Jurisdiction, OversightStep, RelationshipConnection } from '../../src/graphql/generated/resolvers-types.js';
import type { Answer, AnswerBody } from '../helpers/graphqlAnswer.js';
import { useTestServer } from '../helpers/testServer.js';

/**
 * The claims of the article the project models, asked as a researcher would. Each
 * expectation comes from the cited sources in seed/ (named in the comment), not from output.
 */
const t = useTestServer();
const AS_OF = '2026-11-01';

describe('"They contract with private companies, often called MACs, to process claims, handle customer service ..."', () => {
  it('a question about Part A includes the facts of all of Medicare: Ohio appeals go to Livanta, BFCC-QIO Region 5', async () => {
    // MM+ 2023 BFCC-QIO annual reports (src:mac-mmplus-bfcc-2024): Region 5 = IL IN MI MN OH WI, Livanta.
    const { body } = await t.gql(
      `query($d: Date) { whoAdministers(program: "program:medicare-part-a", state: "OH", function: APPEALS, asOf: $d) {
         role administrator { id } program { id } appliesThrough { id } jurisdiction { id } } }`,
      { d: AS_OF },
    );
    expect(body.errors).toBeUndefined();
    const qio = body.data.whoAdministers.filter((a) => a.role === 'BFCC_QIO');
    expect(qio).toEqual([
      {
        role: 'BFCC_QIO',
        administrator: { id: 'org:livanta' },
        program: { id: 'program:medicare' },
        appliesThrough: { id: 'program:medicare' },
        jurisdiction: { id: 'region:bfcc-qio-5' },
      },
    ]);
    // Facts of Part A itself are not marked.
    for (const a of body.data.whoAdministers.filter((x) => x.program.id === 'program:medicare-part-a')) expect(a.appliesThrough).toBeNull();
  });
});

describe('"They\'re a federal agency within the Department of Health and Human Services (HHS)"', () => {
  it('relationships, paths and oversightChain speak one vocabulary, passive forms included', async () => {
    // seed/relationships/federal.yaml: HHS OVERSEES CMS (HHS organizational chart).
    const { body } = await t.gql<{ cms: Answer<Entity>; chain: Answer<OversightStep>[] }>(
      `query($d: Date) {
         cms: entity(id: "org:cms") { relationships(types: [OVERSEEN_BY]) { edges { node { type relation other { id } } } } }
         chain: oversightChain(id: "org:cms", asOf: $d) { relation entity { id } }
       }`,
      { d: AS_OF },
    );
    expect(body.errors).toBeUndefined();
    const overseers = body.data.cms.relationships.edges.map((e) => e.node);
    expect(overseers).toContainEqual({ type: 'OVERSEES', relation: 'OVERSEEN_BY', other: { id: 'org:hhs' } });
    expect(overseers.every((r) => r.relation === 'OVERSEEN_BY')).toBe(true);
    expect(body.data.chain[1]).toEqual({ relation: 'OVERSEEN_BY', entity: { id: 'org:hhs' } });
  });

  it('an unknown relation name is refused with a suggestion', async () => {
    const { body } = await t.gql('{ entity(id: "org:cms") { relationships(types: [OVERSEN_BY]) { totalCount } } }');
    expect(body.errors?.[0]?.message).toMatch(/Did you mean .*OVERSEEN_BY/);
  });
});

describe('"There are also advocacy groups, consumer organizations, and professional associations"', () => {
  it('lists every advocacy group, keyset-paged by id', async () => {
    // seed/entities/general.yaml: four ADVOCACY_GROUP records (and four PROFESSIONAL_ASSOCIATION ones).
    const all = ['org:aarp', 'org:families-usa', 'org:justice-in-aging', 'org:medicare-rights-center'];
    const q = `query($after: String) { entities(kinds: [ADVOCACY_GROUP], first: 3, after: $after) {
      totalCount edges { node { id kind } } pageInfo { hasNextPage hasPreviousPage endCursor } } }`;
    const res = await t.gql(q);
    expect(res.body.errors).toBeUndefined();
    const first = res.body.data.entities;
    expect(first.totalCount).toBe(4);
    expect(first.edges.map((e) => e.node.id)).toEqual(all.slice(0, 3));
    expect(first.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    const second = (await t.gql(q, { after: first.pageInfo.endCursor })).body.data.entities;
    expect(second.edges.map((e) => e.node.id)).toEqual(all.slice(3));
    expect(second.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
  });

  it('lists several kinds merged in id order', async () => {
    const { body } = await t.gql('{ entities(kinds: [PROFESSIONAL_ASSOCIATION, ADVOCACY_GROUP], first: 100) { edges { node { id } } } }');
    const ids = body.data.entities.edges.map((e) => e.node.id);
    expect(ids).toEqual([...ids].sort());
    expect(ids).toEqual(expect.arrayContaining(['org:aarp', 'org:ama', 'org:aha', 'org:ahip', 'org:namd']));
    expect(ids).toHaveLength(8);
  });

  it.each([
    ['Medicare Administrative Contractor', 'org:noridian'],
    ['administrative contractor', 'org:palmetto-gba'],
    ['MAC', 'org:novitas'],
    ['advocacy group', 'org:aarp'],
    ['advocacy', 'org:aarp'],
    ['QIO', 'org:livanta'],
    ['HMO', 'org:kaiser-permanente'],
  ])('search finds bodies by the words for their kind: %s -> %s', async (text, id) => {
    // Every page of hits: more than 100 Medicaid MCOs also carry "HMO" among their kind's words.
    const ids: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 5; page++) {
      const { body }: { body: AnswerBody } = await t.gql(
        'query($t: String!, $a: String) { search(text: $t, first: 100, after: $a) { edges { node { id } } pageInfo { hasNextPage endCursor } } }',
        { t: text, a: after },
      );
      expect(body.errors).toBeUndefined();
      ids.push(...body.data.search.edges.map((e) => e.node.id));
      if (!body.data.search.pageInfo.hasNextPage) break;
      after = body.data.search.pageInfo.endCursor;
    }
    expect(ids).toContain(id);
  });

  it("ranks a name match above a match on the kind's words", async () => {
    const { body } = await t.gql('{ search(text: "MAC", first: 100) { edges { node { id kind } } } }');
    const kinds = body.data.search.edges.map((e) => e.node.kind);
    // Regions are named "A/B MAC Jurisdiction ..."; companies only carry the word as their kind's.
    expect(kinds.indexOf('REGION')).toBeLessThan(kinds.indexOf('CONTRACTOR'));
  });
});

describe('Wrong guesses get a hint', () => {
  it('jurisdiction accepts a name, and a miss names the nearest', async () => {
    const { body } = await t.gql('{ tx: jurisdiction(code: "Texas") { id name } typo: jurisdiction(code: "Texsa") { id } }');
    expect(body.data).toEqual({ tx: { id: 'state:TX', name: 'Texas' }, typo: null });
    expect(body.extensions.suggestions.typo?.[0]).toBe('state:TX');
  });

  it('entity(id: "CMS") is null and suggests org:cms', async () => {
    const { body } = await t.gql('{ entity(id: "CMS") { id } }');
    expect(body.data.entity).toBeNull();
    expect(body.extensions.suggestions.entity).toContain('org:cms');
  });

  it('an unknown program names program:medicare-part-c, whose alias is Medicare Advantage', async () => {
    // seed/entities/programs.yaml: Part C's aliases include "Medicare Advantage".
    const { body } = await t.gql('{ whoAdministers(program: "program:medicare-advantage", state: "FL") { id } }');
    const [error] = body.errors ?? [];
    expect(error?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'program' });
    expect((error?.extensions.suggestions as string[] | undefined)?.[0]).toBe('program:medicare-part-c');
    expect(error?.message).toContain('Did you mean "program:medicare-part-c"');
  });

  it('an enum typo still gets GraphQL\'s own "did you mean"', async () => {
    const { body } = await t.gql('{ whoAdministers(program: "program:medicare", function: CLAIMS) { id } }');
    expect(body.errors?.[0]?.message).toMatch(/Did you mean the enum value "CLAIMS_PROCESSING"/);
  });
});

describe('"While CMS oversees Medicaid at the federal level, the states play a huge role in its administration"', () => {
  it("a state Medicaid program's chain goes through the state agency and CMS before any legislator", async () => {
    // seed/assignments/medicaid.yaml: Texas HHSC administers program:medicaid-tx (MEDICAID_AGENCY);
    // seed/relationships/medicaid.yaml: CMCS oversees the Texas agency; CMCS is part of CMS.
    const { body } = await t.gql(
      'query($d: Date) { oversightChain(id: "program:medicaid-tx", asOf: $d) { relation entity { id kind } } }',
      { d: AS_OF },
    );
    const chain = body.data.oversightChain;
    expect(chain[1]).toEqual({ relation: 'ADMINISTERED_BY', entity: { id: 'org:tx-medicaid-agency', kind: 'STATE_AGENCY' } });
    const ids = chain.map((s) => s.entity.id);
    const cms = ids.indexOf('org:cms');
    expect(cms).toBeGreaterThan(1);
    const firstLegislator = chain.findIndex((s) => ['LEGISLATURE', 'COMMITTEE'].includes(s.entity.kind));
    expect(firstLegislator === -1 || firstLegislator > cms).toBe(true);
  });

  it('paths go from a state to the bodies working in it: California reaches Congress through DHCS and CMS', async () => {
    const { body } = await t.gql(
      'query($d: Date) { paths(from: "state:CA", to: "org:us-congress", first: 10, asOf: $d) { hops steps { from { id } relation to { id } } } }',
      { d: AS_OF },
    );
    expect(body.errors).toBeUndefined();
    const routes = body.data.paths.map((p) => [p.steps[0]?.from.id, ...p.steps.map((s) => s.to.id)]);
    const viaDhcs = routes.find((r) => r[1] === 'org:ca-medicaid-agency');
    expect(viaDhcs).toBeDefined();
    expect(viaDhcs).toContain('org:cms');
    const first = body.data.paths.find((p) => p.steps[0]?.to.id === 'org:ca-medicaid-agency');
    expect(first?.steps[0]?.relation).toBe('HOSTS');
  });

  it('paths never pass through a program: a hospital is not connected to the Ohio agency through Medicaid and an MCO', async () => {
    const { body } = await t.gql(
      'query($d: Date) { paths(from: "type:hospital", to: "org:oh-medicaid-agency", maxHops: 6, first: 10, asOf: $d) { steps { to { id kind } } } }',
      { d: AS_OF },
    );
    expect(body.errors).toBeUndefined();
    for (const p of body.data.paths) {
      const inner = p.steps.slice(0, -1).map((s) => s.to.kind);
      expect(inner).not.toContain('PROGRAM');
    }
  });

  it("travels in time: New Mexico's agency before and after the Health Care Authority took over on 2024-07-01", async () => {
    // seed/assignments/medicaid.yaml: org:nm-hsd until 2024-06-30, org:nm-medicaid-agency from 2024-07-01.
    const { body } = await t.gql<{
      jurisdiction: Answer<Jurisdiction> & { before: { id: string }; after: { id: string } };
    }>(`{ jurisdiction(code: "NM") {
      before: medicaidAgency(asOf: "2024-06-30") { id } after: medicaidAgency(asOf: "2024-07-01") { id }
      regions(asOf: "2024-07-01") { id } ship(asOf: "2024-07-01") { id } managedCare(asOf: "2024-07-01") { totalCount } } }`);
    expect(body.errors).toBeUndefined();
    expect(body.data.jurisdiction.before).toEqual({ id: 'org:nm-hsd' });
    expect(body.data.jurisdiction.after).toEqual({ id: 'org:nm-medicaid-agency' });
    expect(body.data.jurisdiction.regions.map((r) => r.id)).toContain('region:bfcc-qio-6');
  });

  it('paths honour asOf: before the Health Care Authority existed, New Mexico reaches CMS through the Human Services Department', async () => {
    const q = 'query($d: Date) { paths(from: "state:NM", to: "org:cms", first: 10, asOf: $d) { steps { to { id } } } }';
    const via = async (d: string) => (await t.gql(q, { d })).body.data.paths.map((p) => p.steps[0]?.to.id);
    expect(await via('2024-01-01')).toContain('org:nm-hsd');
    expect(await via('2024-01-01')).not.toContain('org:nm-medicaid-agency');
    expect(await via(AS_OF)).toContain('org:nm-medicaid-agency');
  });
});

describe('"CMS also oversees the Medicare Advantage program (Part C) ... private health plans, like HMOs and PPOs"', () => {
  const q = `query($s: String!, $d: Date) { whoAdministers(program: "program:medicare-part-c", state: $s, function: PLAN_SPONSORSHIP, asOf: $d) {
    administrator { id } jurisdiction { id } coverage } }`;

  it('Florida: the national MA sponsors, but not Kaiser Permanente, which has no plans there', async () => {
    // seed/assignments/article.yaml: Kaiser's MA facts are for CA CO GA HI MD OR VA WA DC only.
    const { body } = await t.gql(q, { s: 'FL', d: AS_OF });
    expect(body.errors).toBeUndefined();
    const ids = body.data.whoAdministers.map((a) => a.administrator.id);
    expect(ids).not.toContain('org:kaiser-permanente');
    expect(ids).toEqual(expect.arrayContaining(['org:unitedhealth-group', 'org:humana']));
  });

  it('Maryland: Kaiser Permanente, for the state itself', async () => {
    const { body } = await t.gql(q, { s: 'MD', d: AS_OF });
    expect(body.data.whoAdministers).toContainEqual({
      administrator: { id: 'org:kaiser-permanente' },
      jurisdiction: { id: 'state:MD' },
      coverage: 'FULL',
    });
  });
});

describe('Who appoints and confirms the people in charge (implied by the article)', () => {
  it('the President appoints, and the Senate confirms, the HHS Secretary and the CMS Administrator', async () => {
    // SSA §1117(a) for CMS; Reorganization Plan No. 1 of 1953 §1 for the Secretary.
    const { body } = await t.gql<{ hhs: Answer<Entity>; cms: Answer<Entity> }>(`{
      hhs: entity(id: "org:hhs") { relationships(types: [APPOINTED_BY, CONFIRMED_BY]) { edges { node { relation other { id } sources { url } } } } }
      cms: entity(id: "org:cms") { relationships(types: [APPOINTED_BY, CONFIRMED_BY]) { edges { node { relation other { id } note } } } }
    }`);
    expect(body.errors).toBeUndefined();
    const pairs = (x: Answer<Entity>) => x.relationships.edges.map((e) => `${e.node.relation} ${e.node.other.id}`).sort();
    expect(pairs(body.data.hhs)).toEqual(['APPOINTED_BY org:us-president', 'CONFIRMED_BY org:us-senate']);
    expect(pairs(body.data.cms)).toEqual(['APPOINTED_BY org:us-president', 'CONFIRMED_BY org:us-senate']);
    expect(body.data.cms.relationships.edges[0]?.node.note).toMatch(/1117/);
  });
});

describe('"Advocacy groups, consumer organizations, and professional associations ... play a role in shaping policy"', () => {
  it('lobbying is its own relation, apart from statutory advice', async () => {
    // seed/relationships: AARP, AHA, Families USA, AMA (verified) and AHIP, Justice in Aging (unverified) lobby Congress;
    // MedPAC and MACPAC advise Congress by statute.
    const { body } = await t.gql<{
      entity: { lobbied: Answer<RelationshipConnection>; advised: Answer<RelationshipConnection> };
    }>(`{ entity(id: "org:us-congress") {
      lobbied: relationships(types: [LOBBIED_BY], first: 50) { edges { node { other { id } confidence } } }
      advised: relationships(types: [ADVISED_BY], first: 50) { edges { node { other { id } } } } } }`);
    expect(body.errors).toBeUndefined();
    const lobbyists = body.data.entity.lobbied.edges.map((e) => e.node.other.id);
    expect(lobbyists).toEqual(
      expect.arrayContaining(['org:aarp', 'org:aha', 'org:families-usa', 'org:ama', 'org:ahip', 'org:justice-in-aging']),
    );
    const advisers = body.data.entity.advised.edges.map((e) => e.node.other.id);
    expect(advisers).toEqual(expect.arrayContaining(['org:medpac', 'org:macpac']));
    expect(advisers).not.toContain('org:aarp');
  });
});

describe('"The CMS website is a great resource"', () => {
  /** Each entity's website, phone and the pages that give them, in one request, under the key given for it. */
  async function contactsOf<K extends string>(ids: Record<K, string>): Promise<Record<K, Answer<Entity>>> {
    const fields = Object.entries<string>(ids).map(
      ([key, id]) => `${key}: entity(id: ${JSON.stringify(id)}) { website phone contactSources { url } }`,
    );
    const { body } = await t.gql<Record<K, Answer<Entity>>>(`{ ${fields.join('\n')} }`);
    expect(body.errors).toBeUndefined();
    return body.data;
  }

  it('gives CMS and Medicare a website and 1-800-MEDICARE, each with its source', async () => {
    // Medicare.gov accessibility notice: "For Medicare, call us at 1-800-MEDICARE (1-800-633-4227). TTY: 1-877-486-2048."
    const data = await contactsOf({ cms: 'org:cms', medicare: 'program:medicare', trustees: 'org:medicare-trustees', hi: 'fund:hi' });
    expect(data.cms.website).toBe('https://www.cms.gov');
    expect(data.medicare.phone).toContain('1-800-633-4227');
    expect(data.medicare.contactSources.map((s) => s.url)).toContain(
      'https://medicare.gov/about-us/nondiscrimination/accessibility-nondiscrimination.html',
    );
    // The trustees have no site of their own; their reports are published on CMS's trustees report page.
    expect(data.trustees.website).toMatch(
      /^https:\/\/www\.cms\.gov\/data-research\/statistics-trends-and-reports\/trustees-report-trust-funds/,
    );
    expect(data.trustees.contactSources.map((s) => s.url)).toContain(data.trustees.website);
    // A trust fund is an account, not a body anyone can call: null, not a guess.
    expect(data.hi).toEqual({ website: null, phone: null, contactSources: [] });
  });

  it('gives the bodies people and providers call their numbers: a DME MAC’s contact center, the BCRC and SSA', async () => {
    // cgsmedicare.com/jb/help/ivr.html: "Our customer service representatives are available at 866.590.6727";
    // Medicare.gov: "call the Benefits Coordination & Recovery Center at 1-855-798-2627";
    // SSA Handbook 110: "You can call our toll-free telephone number, 1-800-772-1213".
    const data = await contactsOf({ cgs: 'org:cgs', bcrc: 'org:bcrc', ssa: 'org:ssa' });
    expect(data.cgs.website).toBe('https://www.cgsmedicare.com');
    expect(data.cgs.phone).toContain('866-590-6727');
    expect(data.cgs.contactSources.map((s) => s.url)).toContain('https://cgsmedicare.com/jb/help/ivr.html');
    expect(data.bcrc.phone).toContain('1-855-798-2627');
    expect(data.ssa).toMatchObject({ website: 'https://www.ssa.gov', phone: '1-800-772-1213' });
  });
});

describe('"SHIPs offer free counseling to people with Medicare"', () => {
  it('gives Hawaii’s SHIP its own name, host and toll-free number, with the state page that states them', async () => {
    // Hawaii Department of Health, Executive Office on Aging: "please contact Hawaii SHIP at 586-7299 on O'ahu
    // and toll-free at 1-888-875-9229"; hawaiiship.org: "administered by the Hawaii Department of Health, Executive Office on Aging".
    const { body } = await t.gql<{ jurisdiction: { ship: Entity & { description: string } } }>(`{
      jurisdiction(code: "HI") { ship(asOf: "2026-12-05") { name description website phone contactSources { url } } } }`);
    expect(body.errors).toBeUndefined();
    const ship = body.data.jurisdiction.ship;
    expect(ship.name).toContain('Hawaii SHIP');
    expect(ship.description).toContain('Executive Office on Aging');
    expect(ship.website).toBe('https://hawaiiship.org');
    expect(ship.phone).toContain('1-888-875-9229');
    expect(ship.contactSources.map((s) => s.url)).toContain('https://health.hawaii.gov/eoa/home');
  });
});
