import { describe, expect, it } from 'vitest';
import { foldStats, type CountGroup } from '../../src/domain/stats.js';

const g = (fn: string, role: string, programId: string | null, jurisdictionId: string | null, count: number): CountGroup => ({
  function: fn,
  role,
  programId,
  jurisdictionId,
  count,
});

describe('foldStats', () => {
  const groups = [
    g('CLAIMS_PROCESSING', 'AB_MAC', 'program:b', 'region:je', 2),
    g('CLAIMS_PROCESSING', 'DME_MAC', 'program:b', 'region:dme-d', 1),
    g('MANAGED_CARE', 'MEDICAID_MCO', 'program:medicaid-ca', 'state:CA', 3),
    g('POLICY_SETTING', 'MEDICAID_AGENCY', 'program:medicaid-ca', 'state:CA', 1),
    g('LEGISLATION', 'LEGISLATURE', 'program:medicare', null, 1),
  ];
  const programs = new Map([
    ['program:b', 'Part B'],
    ['program:medicaid-ca', 'Medi-Cal'],
    ['program:medicare', 'Medicare'],
  ]);
  const places = new Map([
    ['region:je', 'JE'],
    ['region:dme-d', 'DME D'],
    ['state:CA', 'California'],
  ]);
  const s = foldStats(groups, programs, places);

  it('totals every group once', () => {
    expect(s.assignments).toBe(8);
  });

  it('sums by function and role, largest first, ties by key', () => {
    expect(s.byFunction).toEqual([
      { key: 'CLAIMS_PROCESSING', name: null, count: 3 },
      { key: 'MANAGED_CARE', name: null, count: 3 },
      { key: 'LEGISLATION', name: null, count: 1 },
      { key: 'POLICY_SETTING', name: null, count: 1 },
    ]);
    expect(s.byRole.map((r) => [r.key, r.count])).toEqual([
      ['MEDICAID_MCO', 3],
      ['AB_MAC', 2],
      ['DME_MAC', 1],
      ['LEGISLATURE', 1],
      ['MEDICAID_AGENCY', 1],
    ]);
  });

  it('names programs and breaks jurisdictions down by role; facts without a jurisdiction are not a jurisdiction', () => {
    expect(s.byProgram).toEqual([
      { key: 'program:medicaid-ca', name: 'Medi-Cal', count: 4 },
      { key: 'program:b', name: 'Part B', count: 3 },
      { key: 'program:medicare', name: 'Medicare', count: 1 },
    ]);
    expect(s.byJurisdiction[0]).toEqual({
      id: 'state:CA',
      name: 'California',
      count: 4,
      byRole: [
        { key: 'MEDICAID_MCO', name: null, count: 3 },
        { key: 'MEDICAID_AGENCY', name: null, count: 1 },
      ],
    });
    expect(s.byJurisdiction.map((j) => j.id)).toEqual(['state:CA', 'region:je', 'region:dme-d']);
  });

  it('answers empty series for an empty graph', () => {
    expect(foldStats([], new Map(), new Map())).toEqual({ assignments: 0, byFunction: [], byRole: [], byProgram: [], byJurisdiction: [] });
  });
});
