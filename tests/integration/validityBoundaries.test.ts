import { describe, expect, it } from 'vitest';
import { useTestServer } from '../helpers/testServer.js';

/**
 * The day a fact ends and the day its successor starts, asked of every query that filters by
 * validity in Cypher. seed/assignments/medicare-contractors.yaml: Cahaba held A/B MAC
 * jurisdiction JJ until 2017-09-07 (validTo, inclusive); Palmetto GBA from 2017-09-08.
 */
const t = useTestServer();
const LAST_CAHABA_DAY = '2017-09-07';
const FIRST_PALMETTO_DAY = '2017-09-08';

async function exportedAssignmentIds(asOf: string): Promise<string[]> {
  const res = await fetch(`${t.url}/export/nodes.csv?asOf=${asOf}`);
  expect(res.status).toBe(200);
  return (await res.text())
    .split('\r\n')
    .filter((line) => line.includes(',Assignment,'))
    .map((line) => line.split(',')[0]!);
}

describe('validity at a date, at its bounds', () => {
  it('exports: the last day of a fact still includes it, the next day holds its successor instead', async () => {
    const onLastDay = await exportedAssignmentIds(LAST_CAHABA_DAY);
    expect(onLastDay.some((id) => id.startsWith('asg:mac-ab-jj-cahaba'))).toBe(true);
    expect(onLastDay.some((id) => id.startsWith('asg:mac-ab-jj-palmetto'))).toBe(false);
    const onFirstDay = await exportedAssignmentIds(FIRST_PALMETTO_DAY);
    expect(onFirstDay.some((id) => id.startsWith('asg:mac-ab-jj-cahaba'))).toBe(false);
    expect(onFirstDay.some((id) => id.startsWith('asg:mac-ab-jj-palmetto'))).toBe(true);
  });

  it('stats: JJ has an A/B MAC on both days, counted from the fact valid that day', async () => {
    const q = `query($d: Date) {
      stats(asOf: $d) { byJurisdiction { id byRole { key count } } }
      whoAdministers(program: "program:medicare", state: "GA", asOf: $d) { id role administrator { id } jurisdiction { id } }
    }`;
    for (const [day, contractor] of [
      [LAST_CAHABA_DAY, 'org:cahaba-gba'],
      [FIRST_PALMETTO_DAY, 'org:palmetto-gba'],
    ] as const) {
      const { body } = await t.gql(q, { d: day });
      expect(body.errors).toBeUndefined();
      const inJj = body.data.whoAdministers.filter((a) => a.role === 'AB_MAC' && a.jurisdiction.id === 'region:mac-ab-jj');
      expect(new Set(inJj.map((a) => a.administrator.id)), day).toEqual(new Set([contractor]));
      const jj = body.data.stats.byJurisdiction.find((j) => j.id === 'region:mac-ab-jj');
      expect(jj?.byRole.find((r) => r.key === 'AB_MAC')?.count, day).toBe(new Set(inJj.map((a) => a.id)).size);
    }
  });
});
