import { describe, expect, it } from 'vitest';
import { useTestServer } from '../helpers/testServer.js';

const t = useTestServer();

const enrollers = async (program: string, state: string, asOf: string) => {
  const { body } =
    await t.gql(`{ whoAdministers(program: "${program}", state: "${state}", function: BENEFICIARY_ENROLLMENT, asOf: "${asOf}") {
    role administrator { id } principal { id } confidence } }`);
  expect(body.errors).toBeUndefined();
  return body.data.whoAdministers.filter((a) => a.role === 'ENROLLMENT');
};

describe('Medicaid enrollment brokers', () => {
  // The Texas HHS OIG audit names Maximus the state's sole health plan enrollment broker (state fiscal year 2021).
  it('names Maximus as the Texas broker, under the Texas Medicaid agency', async () => {
    const brokers = await enrollers('program:medicaid-tx', 'TX', '2022-06-01');
    expect(brokers).toEqual([
      { role: 'ENROLLMENT', administrator: { id: 'org:maximus' }, principal: { id: 'org:tx-medicaid-agency' }, confidence: 'VERIFIED' },
    ]);
  });

  it('keeps New York, read only up to 2016, marked unverified', async () => {
    const brokers = await enrollers('program:medicaid-ny', 'NY', '2016-06-16');
    expect(brokers.map((b) => [b.administrator.id, b.confidence])).toEqual([['org:maximus', 'UNVERIFIED']]);
  });

  it('does not hand a state broker to a neighbouring state', async () => {
    expect(await enrollers('program:medicaid-ok', 'OK', '2022-06-01')).toEqual([]);
  });
});
