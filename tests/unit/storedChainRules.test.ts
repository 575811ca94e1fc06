import { describe, expect, it } from 'vitest';
import { inPeriod, unchangedPeriod } from '../../src/domain/dates.js';
import { MAX_CHAIN_LENGTH, walkChain, type UpwardEdge } from '../../src/domain/oversight.js';

const up = (
  targetId: string,
  type = 'OVERSEES',
  direction: 'INCOMING' | 'OUTGOING' = 'INCOMING',
  targetKind = 'FEDERAL_AGENCY',
): UpwardEdge => ({
  type,
  direction,
  targetId,
  targetKind,
});

describe('unchangedPeriod', () => {
  it('runs from the last change on or before the day to the first change after it', () => {
    expect(unchangedPeriod(['2020-01-01', '2026-05-01', '2027-01-01'], [], '2026-12-05')).toEqual({ from: '2026-05-01', to: '2027-01-01' });
  });

  it('counts a link that ends as changing on the day after its last day, since the last day still holds', () => {
    expect(unchangedPeriod([], ['2026-12-05'], '2026-12-05')).toEqual({ from: null, to: '2026-12-06' });
    expect(unchangedPeriod([], ['2026-12-04'], '2026-12-05')).toEqual({ from: '2026-12-05', to: null });
    expect(unchangedPeriod([], ['2024-02-28', '2024-12-31'], '2024-06-01')).toEqual({ from: '2024-02-29', to: '2025-01-01' });
  });

  it('includes a change on the day itself in the period, which starts that day', () => {
    expect(unchangedPeriod(['2026-12-05'], [], '2026-12-05')).toEqual({ from: '2026-12-05', to: null });
  });

  it('treats the last day of the calendar as an open end, and no changes as one period for all time', () => {
    expect(unchangedPeriod([], ['9999-12-31'], '2026-12-05')).toEqual({ from: null, to: null });
    expect(unchangedPeriod([], [], '2026-12-05')).toEqual({ from: null, to: null });
  });
});

describe('walkChain', () => {
  it('takes the best link at each step and names each step by its relation seen from below', () => {
    const links = new Map<string, UpwardEdge[]>([
      ['org:mac', [up('org:cms', 'ACTS_UNDER', 'OUTGOING'), up('org:parent', 'SUBSIDIARY_OF', 'OUTGOING', 'HEALTH_PLAN_COMPANY')]],
      ['org:cms', [up('org:hhs')]],
      ['org:hhs', [up('org:congress', 'OVERSEES', 'INCOMING', 'LEGISLATURE')]],
    ]);
    expect(walkChain('org:mac', 'CONTRACTOR', links)).toEqual([
      { entityId: 'org:mac', relation: 'SELF' },
      { entityId: 'org:cms', relation: 'ACTS_UNDER' },
      { entityId: 'org:hhs', relation: 'OVERSEEN_BY' },
      { entityId: 'org:congress', relation: 'OVERSEEN_BY' },
    ]);
  });

  it('never returns to an entity it has passed, and stops at the length limit', () => {
    const loop = new Map<string, UpwardEdge[]>([
      ['a', [up('b')]],
      ['b', [up('a')]],
    ]);
    expect(walkChain('a', 'BOARD', loop).map((s) => s.entityId)).toEqual(['a', 'b']);
    const ladder = new Map<string, UpwardEdge[]>(Array.from({ length: 30 }, (_, i) => [`n${i}`, [up(`n${i + 1}`)]]));
    expect(walkChain('n0', 'BOARD', ladder)).toHaveLength(MAX_CHAIN_LENGTH);
  });

  it('is the entity alone when it has no link up', () => {
    expect(walkChain('org:alone', 'BOARD', new Map())).toEqual([{ entityId: 'org:alone', relation: 'SELF' }]);
  });
});

describe('inPeriod', () => {
  it('holds from the first day and up to, not on, the day the period ends', () => {
    const period = { from: '2017-09-08', to: '2026-01-01' };
    expect(inPeriod(period, '2017-09-07')).toBe(false);
    expect(inPeriod(period, '2017-09-08')).toBe(true);
    expect(inPeriod(period, '2025-12-31')).toBe(true);
    expect(inPeriod(period, '2026-01-01')).toBe(false);
  });

  it('treats a null end as open', () => {
    expect(inPeriod({ from: null, to: '2000-01-01' }, '1900-06-01')).toBe(true);
    expect(inPeriod({ from: '2000-01-01', to: null }, '2999-06-01')).toBe(true);
    expect(inPeriod({ from: '2000-01-01', to: null }, '1999-12-31')).toBe(false);
  });
});
