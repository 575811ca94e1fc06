import { describe, expect, it } from 'vitest';
import { RoundTripCounter } from '../../src/db/database.js';
import { createLoaders } from '../../src/graphql/loaders.js';
import { useTestServer } from '../helpers/testServer.js';

const t = useTestServer();

function fresh() {
  const counter = new RoundTripCounter();
  return { counter, loaders: createLoaders(t.db.runner(counter), '2026-11-27') };
}

describe('DataLoaders over the real database', () => {
  it('answer shuffled, duplicate and missing ids in key order, in one round trip', async () => {
    const { counter, loaders } = fresh();
    const ids = ['org:hhs', 'org:nope', 'org:cms', 'org:hhs', 'state:CA'];
    const got = await loaders.entity.loadMany(ids);
    expect(got.map((e) => (e && !(e instanceof Error) ? e.id : null))).toEqual(['org:hhs', null, 'org:cms', 'org:hhs', 'state:CA']);
    expect(counter.count).toBe(1);
  });

  it('batch keys with different dates and still answer each key with its own date', async () => {
    const { counter, loaders } = fresh();
    const keys = ['state:AL|2026-11-27', 'state:AL|2016-06-01', 'state:ZZ|2026-11-27', 'state:GA|2016-06-01'];
    const got = await Promise.all(keys.map((k) => loaders.medicareContractors.load(k)));
    const abMac = (list: { role: string; administratorId: string }[]) => [
      ...new Set(list.filter((a) => a.role === 'AB_MAC').map((a) => a.administratorId)),
    ];
    expect(abMac(got[0]!)).toEqual(['org:palmetto-gba']);
    expect(abMac(got[1]!)).toEqual(['org:cahaba-gba']);
    expect(got[2]).toEqual([]);
    expect(abMac(got[3]!)).toEqual(['org:cahaba-gba']);
    expect(counter.count).toBe(2);
  });

  it('answer FMAP rates for shuffled, duplicate and missing states in key order', async () => {
    const { counter, loaders } = fresh();
    const got = await loaders.fmapRates.loadMany(['state:MS', 'state:DC', 'state:ZZ', 'state:MS']);
    const fy2025 = (i: number) => (got[i] as { fiscalYear: number; percent: number }[]).find((r) => r.fiscalYear === 2025)?.percent;
    expect(fy2025(0)).toBeCloseTo(76.9, 2);
    expect(fy2025(1)).toBe(70);
    expect(got[2]).toEqual([]);
    expect(fy2025(3)).toBeCloseTo(76.9, 2);
    expect(counter.count).toBe(1);
  });
});
