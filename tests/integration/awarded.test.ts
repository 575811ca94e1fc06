import { describe, expect, it } from 'vitest';
import { useTestServer } from '../helpers/testServer.js';

const t = useTestServer();

const q = (
  asOf: string,
) => `{ whoAdministers(program: "program:medicare-part-b", state: "IA", function: CLAIMS_PROCESSING, asOf: "${asOf}") {
  role administrator { id } validFrom awarded } }`;

describe('award date apart from the start of the work', () => {
  it('dates WPS in J5 from the 2008 cut-over and keeps the 2007 award in its own field', async () => {
    const { body } = await t.gql(q('2010-01-01'));
    expect(body.errors).toBeUndefined();
    const mac = body.data.whoAdministers.find((a) => a.role === 'AB_MAC');
    expect(mac).toMatchObject({ administrator: { id: 'org:wps' }, validFrom: '2008-02-01', awarded: '2007-09-07' });
  });

  it('does not show WPS as the J5 contractor between the award and the cut-over', async () => {
    const { body } = await t.gql(q('2007-12-01'));
    expect(body.errors).toBeUndefined();
    expect(body.data.whoAdministers.filter((a) => a.administrator.id === 'org:wps')).toEqual([]);
  });
});

describe('one A/B MAC per state across the JH consolidation', () => {
  const abMacs = async (state: string, asOf: string) => {
    const { body } =
      await t.gql(`{ whoAdministers(program: "program:medicare-part-b", state: "${state}", function: CLAIMS_PROCESSING, asOf: "${asOf}") {
      role administrator { id } } }`);
    expect(body.errors).toBeUndefined();
    return body.data.whoAdministers.filter((a) => a.role === 'AB_MAC').map((a) => a.administrator.id);
  };

  // TrailBlazer ran the former J4 until Novitas took over on 2012-11-19 (Texas Medicine, October 2012).
  it.each(['CO', 'NM', 'OK', 'TX'])('gives %s TrailBlazer alone in mid-2012 and Novitas alone in mid-2013', async (state) => {
    expect(await abMacs(state, '2012-06-01')).toEqual(['org:trailblazer']);
    expect(await abMacs(state, '2013-06-01')).toEqual(['org:novitas']);
  });

  it.each(['AR', 'LA', 'MS'])('gives %s Novitas alone in mid-2013', async (state) => {
    expect(await abMacs(state, '2013-06-01')).toEqual(['org:novitas']);
  });
});
