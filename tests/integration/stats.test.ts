import { describe, expect, it } from 'vitest';
import { cypher } from '../../src/db/database.js';
import { TEST_DEBUG_KEY, useTestServer } from '../helpers/testServer.js';

const t = useTestServer();

const STATS = `query($d: Date) { stats(asOf: $d) {
  asOf assignments
  byFunction { key count } byRole { key count } byProgram { key name count }
  byJurisdiction { id name count byRole { key count } }
  topAdministrators { id name jurisdictions assignments }
  plansByParent { id name plans enrollment }
} }`;

// Written for the test: the assignments valid on a day, counted by role.
const ROLE_COUNTS = cypher(
  'test.roleCounts',
  `MATCH (a:Assignment) WHERE (a.validFrom IS NULL OR a.validFrom <= date($d)) AND (a.validTo IS NULL OR a.validTo >= date($d))
   RETURN a.role AS role, count(*) AS n`,
);

describe('stats(asOf)', () => {
  it('answers in one round trip, with counts that agree with the graph', async () => {
    const { body } = await t.gql(STATS, { d: '2026-01-15' }, { 'x-debug': TEST_DEBUG_KEY });
    expect(body.errors).toBeUndefined();
    expect(body.extensions.debug.roundTrips).toBe(1);
    const s = body.data.stats;
    const rows = await t.db.runner().read<{ role: string; n: number }>(ROLE_COUNTS, { d: '2026-01-15' });
    expect(s.assignments).toBe(rows.reduce((sum, r) => sum + r.n, 0));
    expect(Object.fromEntries(s.byRole.map((r: { key: string; count: number }) => [r.key, r.count]))).toEqual(
      Object.fromEntries(rows.map((r) => [r.role, r.n])),
    );
    const sum = (list: { count: number }[]) => list.reduce((a, b) => a + b.count, 0);
    expect(sum(s.byFunction)).toBe(s.assignments);
  });

  it('moves with the date: JJ counts what whoAdministers finds there on each day', async () => {
    for (const d of ['2016-06-01', '2026-01-15']) {
      const { body } = await t.gql(STATS, { d });
      const jj = body.data.stats.byJurisdiction.find((j) => j.id === 'region:mac-ab-jj');
      const abMacs = jj?.byRole.find((r) => r.key === 'AB_MAC')?.count;
      const who = await t.gql(
        `query($d: Date) { whoAdministers(program: "program:medicare", state: "GA", asOf: $d) { role jurisdiction { id } } }`,
        { d },
      );
      const inJj = who.body.data.whoAdministers.filter(
        (a: { role: string; jurisdiction: { id: string } }) => a.role === 'AB_MAC' && a.jurisdiction.id === 'region:mac-ab-jj',
      );
      expect(abMacs, d).toBe(inJj.length);
      expect(abMacs, d).toBeGreaterThan(0);
    }
  });

  it('ranks administrators by the jurisdictions they serve: nationwide bodies reach all 56', async () => {
    const { body } = await t.gql(STATS, { d: '2026-01-15' });
    const top = body.data.stats.topAdministrators as { id: string; jurisdictions: number; assignments: number }[];
    expect(top.length).toBeLessThanOrEqual(10);
    expect(top[0]!.jurisdictions).toBe(56);
    expect(top.map((a) => a.id)).toContain('org:cms');
    for (let i = 1; i < top.length; i++) expect(top[i - 1]!.jurisdictions).toBeGreaterThanOrEqual(top[i]!.jurisdictions);
  });

  it('groups Medicaid managed care plans under their parent company', async () => {
    const { body } = await t.gql(STATS, { d: '2026-01-15' });
    const plans = body.data.stats.plansByParent as { id: string; plans: number; enrollment: number | null }[];
    const nm = await t.gql(`{ jurisdiction(code: "NM") { managedCare(first: 10) { edges { node { administrator { id } } } } } }`);
    expect(nm.body.data.jurisdiction.managedCare.edges.length).toBeGreaterThan(0);
    // New Mexico's Molina plan is a Molina Healthcare subsidiary (seed/relationships/plans.yaml).
    expect(plans.map((p) => p.id)).toContain('org:molina-healthcare');
    for (const p of plans) expect(p.plans).toBeGreaterThan(0);
  });
});
