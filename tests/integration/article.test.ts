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
