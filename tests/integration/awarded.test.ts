import { describe, expect, it } from 'vitest';
import { useTestServer } from '../helpers/testServer.js';

const t = useTestServer();

const q = (asOf: string) => `{ whoAdministers(program: "program:medicare-part-b", state: "IA", function: CLAIMS_PROCESSING, asOf: "${asOf}") {
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
