import { describe, expect, it } from 'vitest';
import { seedFromFiles, SEED_ROOT } from '../../src/seed/seedFromFiles.js';
import { loadSeed } from '../../src/seed/load.js';
import { validateSeed } from '../../src/seed/validate.js';
import { cypher } from '../../src/db/database.js';
import { countGraph } from '../helpers/countGraph.js';
import { useTestServer } from '../helpers/testServer.js';
import { useGraphLock } from '../helpers/graphLock.js';

useGraphLock();
const t = useTestServer();

const today = new Date().toISOString().slice(0, 10);

/**
 * What the seed owns: its nodes and the relationships between them. Import tests write to the
 * same database at the same time, so counting the whole graph would see their rows come in.
 */
const COUNT_SEED_GRAPH = cypher(
  'test.countSeedGraph',
  `CALL () { MATCH (n {origin: 'seed'}) UNWIND labels(n) AS label RETURN label, count(*) AS count ORDER BY label }
   WITH collect({label: label, count: count}) AS labels
   CALL () { MATCH ({origin: 'seed'})-[r]->({origin: 'seed'}) RETURN count(r) AS relationships }
   RETURN labels, relationships`,
);
const countSeedGraph = async () => (await t.db.runner().read(COUNT_SEED_GRAPH))[0];

describe('seed loader', () => {
  it('is idempotent: a second run changes no count', async () => {
    const before = await countSeedGraph();
    await seedFromFiles(t.db);
    const after = await countSeedGraph();
    expect(after).toEqual(before);
    expect((await countGraph(t.db.runner())).nodes).toBeGreaterThan(1000);
  });

  it('writes nothing when a statement fails part-way (one transaction)', async () => {
    const result = validateSeed(SEED_ROOT);
    if (!result.ok) throw new Error('seed invalid');
    const before = await countSeedGraph();
    const broken = {
      ...result.bundle,
      entities: [...result.bundle.entities, { ...result.bundle.entities[0]!, id: 'org:half-written-probe' }],
      // date() fails on this value in the last write statements, after the entity above was merged.
      noManagedCare: [
        { state: 'state:AK', asOf: 'not-a-date', confidence: 'verified', note: null, sources: ['src:core-fips-state-codes'] },
      ],
    };
    await expect(loadSeed(t.db, broken)).rejects.toThrow();
    expect(await countSeedGraph()).toEqual(before);
    const probe = await t.gql('{ entity(id: "org:half-written-probe") { id } }');
    expect(probe.body.data.entity).toBeNull();
  });
});

describe('coverage', () => {
  const SOURCELESS = cypher(
    'test.sourceless',
    `CALL () { MATCH (:Entity)-[r]->(:Entity) WHERE size(coalesce(r.sources, [])) = 0 RETURN count(r) AS n }
     CALL () { MATCH (a:Assignment) WHERE size(coalesce(a.sources, [])) = 0 RETURN count(a) AS m }
     CALL () { MATCH (e:Entity) WHERE size(coalesce(e.sources, [])) = 0 RETURN count(e) AS k }
     RETURN n + m + k AS total`,
  );

  it('has a source on every entity, relationship and assignment', async () => {
    const [row] = await t.db.runner().read<{ total: number }>(SOURCELESS);
    expect(row!.total).toBe(0);
  });

  it('has all 56 jurisdictions, each with an A/B, a DME and an HH+H contractor today', async () => {
    const { body } = await t.gql(`{ jurisdictions { code medicareContractors(asOf: "${today}") { role coverage } } }`);
    expect(body.data.jurisdictions).toHaveLength(56);
    for (const j of body.data.jurisdictions) {
      const full = new Set<string>(j.medicareContractors.filter((a) => a.coverage === 'FULL').map((a) => a.role));
      for (const role of ['AB_MAC', 'DME_MAC', 'HHH_MAC']) expect(full.has(role), `${j.code} ${role}`).toBe(true);
    }
  });

  it('gives every state and DC a Medicaid agency and an expansion status', async () => {
    const { body } = await t.gql('{ jurisdictions { code kind medicaidAgency { id } medicaidExpansion { adopted effective } } }');
    const statesAndDc = body.data.jurisdictions.filter((j) => j.kind !== 'TERRITORY');
    expect(statesAndDc).toHaveLength(51);
    for (const j of statesAndDc) {
      expect(j.medicaidAgency, j.code).not.toBeNull();
      expect(j.medicaidExpansion, j.code).not.toBeNull();
      if (j.medicaidExpansion.adopted) expect(j.medicaidExpansion.effective, j.code).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
    expect(statesAndDc.filter((j) => j.medicaidExpansion.adopted)).toHaveLength(41);
  });

  it('keeps history: the JJ contractor differs between 2016 and today', async () => {
    const q = (asOf: string) => `{ jurisdiction(code: "AL") { medicareContractors(asOf: "${asOf}") { role administrator { id } } } }`;
    const jj = async (asOf: string) =>
      (await t.gql(q(asOf))).body.data.jurisdiction.medicareContractors.filter((a) => a.role === 'AB_MAC').map((a) => a.administrator.id);
    const then = await jj('2016-06-01');
    const now = await jj(today);
    expect(then.length).toBeGreaterThan(0);
    expect(now.length).toBeGreaterThan(0);
    expect(then).not.toEqual(now);
  });
});
