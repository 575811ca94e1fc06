import { describe, expect, it } from 'vitest';
import {
  defaultFiscalYear,
  fiscalYearOf,
  layerView,
  macRegionOf,
  NO_DATA,
  sequential,
  type MapJurisdiction,
} from '../../dashboard/src/layers.js';
import { groupPanel, sectionOf, type PanelAssignment } from '../../dashboard/src/panel.js';
import { STATE_CODES_BY_FIPS } from '../../dashboard/src/stateCodes.js';
import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';

const contractor = (role: string, regionId: string, coverage: 'FULL' | 'PARTIAL', name = 'Acme') => ({
  role,
  coverage,
  program: { id: 'program:medicare-part-b' },
  administrator: { id: `org:${name}`, name },
  jurisdiction: { id: regionId, name: regionId.toUpperCase() },
});

const place = (code: string, extra: Partial<MapJurisdiction> = {}): MapJurisdiction => ({
  id: `state:${code}`,
  code,
  name: code,
  fips: '00',
  medicareContractors: [],
  medicaidExpansion: null,
  fmapRates: [],
  ship: null,
  ...extra,
});

describe('dashboard layers', () => {
  it('draws shapes under the same FIPS → USPS codes as the 56 jurisdictions of the seed', () => {
    const seeded = (parseYaml(readFileSync('seed/entities/jurisdictions.yaml', 'utf8')) as { id: string; code?: string; fips?: string }[])
      .filter((j) => j.id.startsWith('state:') && j.code && j.fips)
      .map((j) => [j.fips!, j.code!] as const);
    expect(seeded).toHaveLength(56);
    expect([...STATE_CODES_BY_FIPS].sort()).toEqual([...seeded].sort());
  });

  it('puts a date in its federal fiscal year (October starts the next one)', () => {
    expect(fiscalYearOf('2025-09-30')).toBe(2025);
    expect(fiscalYearOf('2025-10-01')).toBe(2026);
    expect(fiscalYearOf('2016-06-01')).toBe(2016);
  });

  it('opens the FMAP layer on the loaded year the date falls in, or the latest before it', () => {
    const j = [
      place('MS', {
        fmapRates: [
          { fiscalYear: 2025, percent: 76.9 },
          { fiscalYear: 2026, percent: 76.9 },
        ],
      }),
    ];
    expect(defaultFiscalYear(j, '2025-11-01')).toBe(2026);
    expect(defaultFiscalYear(j, '2030-01-01')).toBe(2026);
    expect(defaultFiscalYear(j, '2010-01-01')).toBe(2025);
    expect(defaultFiscalYear([place('XX')], '2025-01-01')).toBeNull();
  });

  it('colours a state by the region that covers all of it, not the one with a carve-out', () => {
    const va = place('VA', {
      medicareContractors: [contractor('AB_MAC', 'region:jm', 'PARTIAL'), contractor('AB_MAC', 'region:jl', 'FULL')],
    } as Partial<MapJurisdiction>);
    expect(macRegionOf(va, 'AB_MAC')?.id).toBe('region:jl');
    expect(macRegionOf(va, 'DME_MAC')).toBeNull();
  });

  it('gives each region one colour and names its contractor in the legend', () => {
    const list = [
      place('CA', { medicareContractors: [contractor('AB_MAC', 'region:je', 'FULL', 'Noridian')] } as Partial<MapJurisdiction>),
      place('NV', { medicareContractors: [contractor('AB_MAC', 'region:je', 'FULL', 'Noridian')] } as Partial<MapJurisdiction>),
      place('OR', { medicareContractors: [contractor('AB_MAC', 'region:jf', 'FULL', 'Noridian')] } as Partial<MapJurisdiction>),
      place('PR'),
    ];
    const view = layerView('ab', list, [], '2026-01-01', 2026);
    expect(view.shades.get('CA')!.color).toBe(view.shades.get('NV')!.color);
    expect(view.shades.get('CA')!.color).not.toBe(view.shades.get('OR')!.color);
    expect(view.shades.get('PR')!.color).toBe(NO_DATA);
    expect(view.legend.map((l) => l.label)).toEqual(['REGION:JE — Noridian', 'REGION:JF — Noridian', 'No contractor on record']);
  });

  it('tells adopted-and-effective expansion from adopted-later at the chosen date', () => {
    const list = [
      place('NC', { medicaidExpansion: { adopted: true, effective: '2023-12-01' } }),
      place('TX', { medicaidExpansion: { adopted: false, effective: null } }),
    ];
    expect(layerView('expansion', list, [], '2020-01-01', 2020).shades.get('NC')!.key).toBe('later');
    expect(layerView('expansion', list, [], '2024-01-01', 2024).shades.get('NC')!.key).toBe('effective');
    expect(layerView('expansion', list, [], '2024-01-01', 2024).shades.get('TX')!.key).toBe('no');
  });

  it('bins a sequential layer into five equal ranges, missing values grey', () => {
    const values = new Map<string, number | null>([
      ['A', 50],
      ['B', 60],
      ['C', 100],
      ['D', null],
    ]);
    const view = sequential(
      values,
      new Map([
        ['A', 'A'],
        ['B', 'B'],
        ['C', 'C'],
        ['D', 'D'],
      ]),
      (v) => v.toFixed(0),
      '%',
    );
    expect(view.shades.get('A')!.key).toBe('bin0');
    expect(view.shades.get('B')!.key).toBe('bin1');
    expect(view.shades.get('C')!.key).toBe('bin4');
    expect(view.shades.get('D')!.color).toBe(NO_DATA);
    expect(view.legend.map((l) => l.label)).toEqual(['50–60%', '60–70%', '70–80%', '80–90%', '90–100%', 'Not recorded']);
  });
});

describe('dashboard panel grouping', () => {
  const a = (id: string, role: string, fn: string): PanelAssignment => ({ id, role, function: fn }) as PanelAssignment;

  it('sorts facts into sections by program family and kind of body, then by function', () => {
    expect(sectionOf(a('1', 'AB_MAC', 'CLAIMS_PROCESSING'), 'medicare')).toBe('Medicare contractors');
    expect(sectionOf(a('2', 'MEDICAID_AGENCY', 'FUNDING'), 'medicaid')).toBe('Medicaid agency and programs');
    expect(sectionOf(a('3', 'SHIP', 'COUNSELING'), 'medicare')).toMatch(/^SHIP/);
    const sections = groupPanel(
      [a('1', 'AB_MAC', 'CLAIMS_PROCESSING'), a('4', 'AB_MAC', 'APPEALS'), a('5', 'FEDERAL_ADMINISTRATOR', 'POLICY_SETTING')],
      [a('2', 'MEDICAID_AGENCY', 'FUNDING'), a('6', 'MEDICAID_MCO', 'MANAGED_CARE'), a('1', 'AB_MAC', 'CLAIMS_PROCESSING')],
    );
    expect(sections.map((s) => s.title)).toEqual([
      'Medicare contractors',
      'Medicaid agency and programs',
      'Medicaid managed care plans',
      'Medicare: federal administration and oversight',
    ]);
    expect(sections[0]!.byFunction.map(([fn, items]) => [fn, items.length])).toEqual([
      ['APPEALS', 1],
      ['CLAIMS_PROCESSING', 1],
    ]);
  });
});
