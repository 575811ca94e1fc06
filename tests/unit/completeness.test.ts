import { describe, expect, it } from 'vitest';
import { COMPLETE_COLUMNS, completenessReport, isGovernmentUrl } from '../../src/seed/completeness.js';
import { SEED_ROOT } from '../../src/seed/seedFromFiles.js';
import { validateSeed, type SeedBundle } from '../../src/seed/validate.js';

const AS_OF = '2026-11-27';

function bundle(parts: Partial<SeedBundle>): SeedBundle {
  return {
    sources: [],
    entities: [],
    relationships: [],
    assignments: [],
    expansions: [],
    fmaps: [],
    noManagedCare: [],
    absences: [],
    ...parts,
  };
}
const place = (code: string, kind = 'STATE') => ({
  id: `state:${code}`,
  kind,
  name: code,
  aliases: [],
  description: null,
  sources: ['src:a'],
  confidence: 'verified',
  validFrom: null,
  validTo: null,
  note: null,
  code,
  fips: '01',
  state: null,
  website: null,
  phone: null,
  contactSources: [],
});
const region = { ...place('XX'), id: 'region:r', kind: 'REGION', code: null };
const asg = (role: string, jurisdiction: string, validTo: string | null = null) => ({
  id: `asg:${role}-${jurisdiction}`,
  administrator: 'org:x',
  function: 'CLAIMS_PROCESSING',
  program: 'program:medicare',
  jurisdiction,
  excludes: [],
  principal: null,
  populations: [],
  role,
  validFrom: null,
  validTo,
  awarded: null,
  sources: ['src:a'],
  confidence: 'verified',
  note: null,
});

describe('completeness report', () => {
  it('finds a MAC through the region a state belongs to, and only while the fact holds', () => {
    const b = bundle({
      entities: [place('AA'), place('BB'), region],
      relationships: [
        {
          key: 'k',
          type: 'PART_OF',
          from: 'state:AA',
          to: 'region:r',
          sources: ['src:a'],
          validFrom: null,
          validTo: null,
          confidence: 'verified',
          note: null,
        },
      ],
      assignments: [asg('AB_MAC', 'region:r'), asg('DME_MAC', 'nation:us', '2020-12-31')],
    });
    const rows = Object.fromEntries(completenessReport(b, AS_OF).rows.map((r) => [r.state, r.cells]));
    expect(rows['state:AA']!['ab-mac']).toBe('yes');
    expect(rows['state:BB']!['ab-mac']).toBe('GAP');
    expect(rows['state:AA']!['dme-mac']).toBe('GAP');
    expect(completenessReport(b, '2020-06-01').rows[1]!.cells['dme-mac']).toBe('yes');
  });

  it('counts a sourced absence (and the no-managed-care record) as known, and expansion as not applicable in a territory', () => {
    const b = bundle({
      entities: [place('AA'), place('GU', 'TERRITORY')],
      absences: [{ state: 'state:GU', column: 'mfcu', asOf: '2025-10-01', confidence: 'verified', note: 'none', sources: ['src:a'] }],
      noManagedCare: [{ state: 'state:AA', asOf: '2019-07-01', confidence: 'verified', note: null, sources: ['src:a'] }],
    });
    const report = completenessReport(b, AS_OF);
    const gu = report.rows.find((r) => r.state === 'state:GU')!.cells;
    expect(gu.mfcu).toBe('absent');
    expect(gu.expansion).toBe('n/a');
    expect(report.rows.find((r) => r.state === 'state:AA')!.cells['managed-care']).toBe('absent');
    expect(report.gaps).toContain('state:AA expansion');
    expect(report.gaps).not.toContain('state:GU mfcu');
  });

  it('tells government sources from others, looking through web-archive copies', () => {
    expect(isGovernmentUrl('https://www.govinfo.gov/content/pkg/FR-2025-11-28/html/2025-21332.htm')).toBe(true);
    expect(isGovernmentUrl('https://jobs.utah.gov/blog/post/2019/06/24/x')).toBe(true);
    expect(isGovernmentUrl('http://www.dhs.state.or.us/x')).toBe(true);
    expect(isGovernmentUrl('https://web.archive.org/web/20180712191118/https://oig.hhs.gov/fraud/index.asp')).toBe(true);
    expect(isGovernmentUrl('https://webarchive.library.unt.edu/eot2008/20090117183334/http:/oig.hhs.gov/publications/mfcu.asp')).toBe(true);
    expect(isGovernmentUrl('https://web.archive.org/web/20180712191118/https://www.kff.org/x')).toBe(false);
    expect(isGovernmentUrl('https://kff.org/medicaid/issue-brief/x')).toBe(false);
    expect(isGovernmentUrl('https://www.gov.example.com/x')).toBe(false);
    expect(isGovernmentUrl(null)).toBe(false);
  });

  it('has no unrecorded gap in the seed for the columns declared complete', () => {
    const result = validateSeed(SEED_ROOT);
    if (!result.ok) throw new Error('seed invalid');
    const report = completenessReport(result.bundle, AS_OF);
    expect(report.rows).toHaveLength(56);
    const enforced = report.gaps.filter((g) => COMPLETE_COLUMNS.some((c) => g.endsWith(` ${c}`)));
    expect(enforced).toEqual([]);
  });
});
