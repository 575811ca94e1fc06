import { describe, expect, it } from 'vitest';
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
    const qio = body.data.whoAdministers.filter((a: any) => a.role === 'BFCC_QIO');
    expect(qio).toEqual([
      { role: 'BFCC_QIO', administrator: { id: 'org:livanta' }, program: { id: 'program:medicare' }, appliesThrough: { id: 'program:medicare' }, jurisdiction: { id: 'region:bfcc-qio-5' } },
    ]);
    // Facts of Part A itself are not marked.
    for (const a of body.data.whoAdministers.filter((x: any) => x.program.id === 'program:medicare-part-a')) expect(a.appliesThrough).toBeNull();
  });
});

describe('"They\'re a federal agency within the Department of Health and Human Services (HHS)"', () => {
  it('relationships, paths and oversightChain speak one vocabulary, passive forms included', async () => {
    // seed/relationships/federal.yaml: HHS OVERSEES CMS (HHS organizational chart).
    const { body } = await t.gql(
      `query($d: Date) {
         cms: entity(id: "org:cms") { relationships(types: [OVERSEEN_BY]) { edges { node { type relation other { id } } } } }
         chain: oversightChain(id: "org:cms", asOf: $d) { relation entity { id } }
       }`,
      { d: AS_OF },
    );
    expect(body.errors).toBeUndefined();
    const overseers = body.data.cms.relationships.edges.map((e: any) => e.node);
    expect(overseers).toContainEqual({ type: 'OVERSEES', relation: 'OVERSEEN_BY', other: { id: 'org:hhs' } });
    expect(overseers.every((r: any) => r.relation === 'OVERSEEN_BY')).toBe(true);
    expect(body.data.chain[1]).toEqual({ relation: 'OVERSEEN_BY', entity: { id: 'org:hhs' } });
  });

  it('an unknown relation name is refused with a suggestion', async () => {
    const { body } = await t.gql('{ entity(id: "org:cms") { relationships(types: [OVERSEN_BY]) { totalCount } } }');
    expect(body.errors[0].message).toMatch(/Did you mean .*OVERSEEN_BY/);
  });
});
