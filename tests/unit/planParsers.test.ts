import { describe, expect, it } from 'vitest';
import { textContaining } from '../helpers/matchers.js';
import type { Row } from '../../src/import/kind.js';
import {
  parseContractId,
  parseCount,
  parseEnrollment,
  parseMark,
  parsePlanId,
  parseUsDate,
  releaseDateFromMonthlyName,
} from '../../src/import/plans/cmsValues.js';
import {
  CONTRACT_INFO_COLUMNS,
  ENROLLMENT_INFO_COLUMNS,
  MEDICAID_PLAN_COLUMNS,
  SERVICE_AREA_COLUMNS,
  parseContractInfoRow,
  parseEnrollmentInfoRow,
  parseMedicaidPlanRow,
  parseServiceAreaRow,
} from '../../src/import/plans/rowParsers.js';
import { normalizeOrganizationName, parentOrganizationId } from '../../src/domain/parentOrganizations.js';
import {
  KEY_PATTERNS,
  decodeKeyCursor,
  dayBefore,
  encodeKeyCursor,
  enrollmentSortKey,
  programsOfContract,
  sumEnrollment,
} from '../../src/domain/medicareAdvantage.js';
import { stateCodeFromName } from '../../src/domain/stateNames.js';

/** A row as the import framework hands it over: values by the column's (first) name. */
function rowOf(columns: Record<string, string | readonly string[]>, values: readonly string[]): Row {
  const names = Object.values(columns).map((c) => (typeof c === 'string' ? c : c[0]!));
  const map = new Map(names.map((n, i) => [n, values[i] ?? '']));
  return {
    get: (c) => {
      if (!map.has(c)) throw new Error(`no column ${c}`);
      return map.get(c)!;
    },
    opt: (c) => map.get(c) ?? null,
  };
}

describe('CMS cell values', () => {
  it.each([
    ['H1234', 'H1234'],
    ['r5941', 'R5941'],
    ['S5601', 'S5601'],
    ['E0654', 'E0654'],
    ['90091', '90091'],
  ])('accepts contract number %s', (raw, id) => {
    expect(parseContractId(raw)).toEqual({ ok: true, value: id });
  });

  it.each(['X1234', 'H123', 'H12345', '9009', ''])('rejects contract number %j', (raw) => {
    const r = parseContractId(raw);
    expect(r.ok).toBe(false);
  });

  it('zero-pads plan IDs to three digits and allows an empty one only on contract rows', () => {
    expect(parsePlanId('1', { allowEmpty: false })).toEqual({ ok: true, value: '001' });
    expect(parsePlanId('801', { allowEmpty: false })).toEqual({ ok: true, value: '801' });
    expect(parsePlanId('', { allowEmpty: true })).toEqual({ ok: true, value: null });
    expect(parsePlanId('', { allowEmpty: false }).ok).toBe(false);
    expect(parsePlanId('1234', { allowEmpty: false }).ok).toBe(false);
  });

  it('keeps a suppressed count unknown and flagged, never 0', () => {
    expect(parseEnrollment('*')).toEqual({ ok: true, value: { count: null, suppressed: true } });
    expect(parseEnrollment('12,345')).toEqual({ ok: true, value: { count: 12345, suppressed: false } });
    expect(parseEnrollment('0')).toEqual({ ok: true, value: { count: 0, suppressed: false } });
    expect(parseEnrollment('abc').ok).toBe(false);
    expect(parseCount('1,234,567', 'n')).toEqual({ ok: true, value: 1234567 });
  });

  it('reads dates with or without a time part, and rejects impossible ones', () => {
    expect(parseUsDate('01/01/2006 0:00', 'd')).toEqual({ ok: true, value: '2006-01-01' });
    expect(parseUsDate('7/4/2024', 'd')).toEqual({ ok: true, value: '2024-07-04' });
    expect(parseUsDate('', 'd')).toEqual({ ok: true, value: null });
    expect(parseUsDate('02/30/2024', 'd').ok).toBe(false);
    expect(parseUsDate('2024-07-01', 'd').ok).toBe(false);
  });

  it('reads the service-area asterisk flags', () => {
    expect(parseMark('*', 'Partial')).toEqual({ ok: true, value: true });
    expect(parseMark('', 'Partial')).toEqual({ ok: true, value: false });
    expect(parseMark('maybe', 'Partial').ok).toBe(false);
  });

  it('takes the release month from monthly file names', () => {
    expect(releaseDateFromMonthlyName('CPSC_Enrollment_Info_2024_07.csv')).toBe('2024-07-01');
    expect(releaseDateFromMonthlyName('/data/MA_Cnty_SA_2018_04.csv')).toBe('2018-04-01');
    expect(releaseDateFromMonthlyName('MA_Cnty_SA_2018_13.csv')).toBeNull();
    expect(releaseDateFromMonthlyName('contracts.csv')).toBeNull();
  });

  it('maps full state names, with footnote digits stripped by the parser', () => {
    expect(stateCodeFromName('District of Columbia')).toBe('DC');
    expect(stateCodeFromName('TOTALS')).toBeNull();
  });
});

describe('row parsers', () => {
  it('parses a CPSC contract info row', () => {
    const r = parseContractInfoRow(
      rowOf(CONTRACT_INFO_COLUMNS, [
        'H9001',
        '2',
        'Local CCP',
        'HMO D-SNP',
        'Yes',
        'Yes',
        'No',
        'EXAMPLE ORG',
        'Example',
        'Example Dual (HMO D-SNP)',
        'UnitedHealth Group, Inc.',
        '01/01/2006 0:00',
      ]),
    );
    expect(r).toEqual({
      ok: true,
      record: {
        contractNumber: 'H9001',
        planId: '002',
        organizationType: 'Local CCP',
        planType: 'HMO D-SNP',
        offersPartD: true,
        snp: true,
        eghp: false,
        organizationName: 'EXAMPLE ORG',
        marketingName: 'Example',
        planName: 'Example Dual (HMO D-SNP)',
        parentName: 'UnitedHealth Group, Inc.',
        parentId: 'org:unitedhealth-group',
        effectiveDate: '2006-01-01',
      },
    });
  });

  it('rejects a contract row with a Yes/No flag that is neither', () => {
    const r = parseContractInfoRow(
      rowOf(CONTRACT_INFO_COLUMNS, ['H9006', '001', 'Local CCP', 'HMO', 'Maybe', 'No', 'No', 'o', 'm', 'p', 'x', '01/01/2020']),
    );
    expect(r).toEqual({ ok: false, reason: textContaining('Offers Part D') });
  });

  it('parses enrollment rows: suppressed, out of area, and bad FIPS', () => {
    const sup = parseEnrollmentInfoRow(rowOf(ENROLLMENT_INFO_COLUMNS, ['H9001', '002', '05200', '06037', 'CA', 'Los Angeles', '*']));
    expect(sup).toMatchObject({ ok: true, record: { fips: '06037', state: 'CA', enrollment: null, suppressed: true } });
    const away = parseEnrollmentInfoRow(rowOf(ENROLLMENT_INFO_COLUMNS, ['E0654', '801', '', '', '', '', '*']));
    expect(away).toMatchObject({ ok: true, record: { fips: null, state: null, county: null, planId: '801' } });
    const badFips = parseEnrollmentInfoRow(rowOf(ENROLLMENT_INFO_COLUMNS, ['H9001', '001', '05200', '6037', 'CA', 'Los Angeles', '10']));
    expect(badFips).toEqual({ ok: false, reason: textContaining('FIPS code "6037"') });
    const badState = parseEnrollmentInfoRow(rowOf(ENROLLMENT_INFO_COLUMNS, ['H9001', '001', '05200', '06037', 'ZZ', 'x', '10']));
    expect(badState).toEqual({ ok: false, reason: textContaining('state "ZZ"') });
  });

  it('parses service-area rows and rejects one without a county code', () => {
    const r = parseServiceAreaRow(
      rowOf(SERVICE_AREA_COLUMNS, ['H9002', 'ORG', 'Local CCP', 'Local PPO', '*', '*', '49290', '51059', 'Fairfax', 'VA', '']),
    );
    expect(r).toMatchObject({
      ok: true,
      record: { contractNumber: 'H9002', partial: true, eghp: true, fips: '51059', state: 'VA', notes: null },
    });
    const none = parseServiceAreaRow(
      rowOf(SERVICE_AREA_COLUMNS, ['H9001', 'ORG', 'Local CCP', 'HMO', '', '', '', '', 'Pending', 'CA', 'pending']),
    );
    expect(none).toEqual({ ok: false, reason: textContaining('FIPS code is empty') });
  });

  it('parses Medicaid plan rows: footnoted state, separators, not-reported counts', () => {
    const r = parseMedicaidPlanRow(
      rowOf(MEDICAID_PLAN_COLUMNS, ['Arkansas5', '', 'PASSE', 'Plan A', 'Statewide', '30,000', '--', 'n/a', '2024', 'Centene Corporation']),
    );
    expect(r).toEqual({
      ok: true,
      record: {
        state: 'AR',
        notes: null,
        programName: 'PASSE',
        planName: 'Plan A',
        region: 'Statewide',
        medicaidOnly: 30000,
        dual: null,
        total: null,
        year: 2024,
        parentName: 'Centene Corporation',
        parentId: 'org:centene',
      },
    });
    expect(parseMedicaidPlanRow(rowOf(MEDICAID_PLAN_COLUMNS, ['TOTALS', '', '', '', '', '1', '1', '2', '2024', '']))).toMatchObject({
      ok: false,
    });
    expect(parseMedicaidPlanRow(rowOf(MEDICAID_PLAN_COLUMNS, ['Texas', '', 'STAR', 'P', '', '1', '0', '1', '20x4', '']))).toEqual({
      ok: false,
      reason: textContaining('year'),
    });
  });
});

describe('parent organizations', () => {
  it.each([
    ['UnitedHealth Group, Inc.', 'org:unitedhealth-group'],
    ['UnitedHealth Group', 'org:unitedhealth-group'],
    ['Elevance Health, Inc.', 'org:elevance-health'],
    ['Anthem Inc.', 'org:elevance-health'],
    ['CVS Health Corporation', 'org:cvs-health'],
    ['Centene Corporation', 'org:centene'],
    ['Molina Healthcare, Inc.', 'org:molina-healthcare'],
    ['Kaiser Foundation Health Plan, Inc.', 'org:kaiser-permanente'],
    ['Humana Inc.', 'org:humana'],
  ])('maps %s to the seed entity %s', (name, id) => {
    expect(parentOrganizationId(name)).toBe(id);
  });

  it('gives other parents an id from the normalised name, the same however the suffix is written', () => {
    expect(parentOrganizationId('Highmark Health')).toBe('org:highmark-health');
    expect(parentOrganizationId('The Cigna Group')).toBe(parentOrganizationId('Cigna Group, Inc.'));
    expect(parentOrganizationId('Aetna Inc.')).toBe('org:aetna');
    expect(parentOrganizationId('')).toBeNull();
    expect(normalizeOrganizationName('Blue Cross & Blue Shield of Texas, LLC')).toBe('blue cross and blue shield of texas');
  });
});

describe('Medicare contract rules', () => {
  it('names the programs a contract administers', () => {
    expect(programsOfContract('H1234', true)).toEqual(['program:medicare-part-c', 'program:medicare-part-d']);
    expect(programsOfContract('H1234', false)).toEqual(['program:medicare-part-c']);
    expect(programsOfContract('S5601', false)).toEqual(['program:medicare-part-d']);
    expect(programsOfContract('90091', false)).toEqual(['program:medicare-part-c']);
  });

  it('adds counts around suppressed cells: a lower bound with the flag, null when all are suppressed', () => {
    expect(
      sumEnrollment([
        { count: 10, suppressed: false },
        { count: null, suppressed: true },
        { count: 5, suppressed: false },
      ]),
    ).toEqual({ enrollment: 15, suppressed: true });
    expect(sumEnrollment([{ count: null, suppressed: true }])).toEqual({ enrollment: null, suppressed: true });
    expect(sumEnrollment([{ count: 0, suppressed: false }])).toEqual({ enrollment: 0, suppressed: false });
  });

  it('orders by enrollment descending, suppressed-only last, then contract number', () => {
    const keys = [
      enrollmentSortKey(null, 'H0001'),
      enrollmentSortKey(500, 'H0003'),
      enrollmentSortKey(15579, 'H0002'),
      enrollmentSortKey(0, 'H0004'),
      enrollmentSortKey(500, 'H0001'),
    ].sort();
    expect(keys.map((k) => k.slice(-5))).toEqual(['H0002', 'H0001', 'H0003', 'H0004', 'H0001']);
    expect(keys.at(-1)).toBe(enrollmentSortKey(null, 'H0001'));
  });

  it('round-trips keyset cursors and rejects forged ones', () => {
    const key = enrollmentSortKey(42, 'R9003');
    expect(decodeKeyCursor(encodeKeyCursor(key), KEY_PATTERNS.enrollmentRank)).toBe(key);
    expect(() => decodeKeyCursor('bm9wZQ', KEY_PATTERNS.enrollmentRank)).toThrow(/Invalid cursor/);
    expect(() => decodeKeyCursor(encodeKeyCursor('06037'), KEY_PATTERNS.enrollmentRank)).toThrow(/Invalid cursor/);
  });

  it('ends a superseded fact the day before the newer file', () => {
    expect(dayBefore('2024-08-01')).toBe('2024-07-31');
    expect(dayBefore('2024-03-01')).toBe('2024-02-29');
  });
});

describe('enrollment roll-up', () => {
  it('rolls plan counts up to county, state and contract, keeping suppression and listing only MA contracts', async () => {
    const { rollUpEnrollment } = await import('../../src/domain/medicareAdvantage.js');
    const facts = rollUpEnrollment(
      [
        {
          contractId: 'H9001',
          state: 'CA',
          fips: '06037',
          counts: [
            { count: 100, suppressed: false },
            { count: null, suppressed: true },
          ],
        },
        { contractId: 'H9001', state: 'CA', fips: '06059', counts: [{ count: 50, suppressed: false }] },
        { contractId: 'H9001', state: null, fips: null, counts: [{ count: 7, suppressed: false }] },
        { contractId: 'S9004', state: 'CA', fips: '06037', counts: [{ count: null, suppressed: true }] },
      ],
      '2024-07-01',
    );
    const byId = Object.fromEntries(facts.map((f) => [f.id, f]));
    expect(byId['mae|COUNTY|county:06037|H9001|2024-07-01']).toMatchObject({ enrollment: 100, suppressed: true, fips: '06037' });
    expect(byId['mae|STATE|state:CA|H9001|2024-07-01']).toMatchObject({ enrollment: 150, suppressed: true, placeId: 'state:CA' });
    expect(byId['mae|CONTRACT|-|H9001|2024-07-01']).toMatchObject({ enrollment: 157, suppressed: true, sortKey: null });
    expect(byId['mae|STATE|state:CA|S9004|2024-07-01']).toMatchObject({ enrollment: null, suppressed: true, sortKey: null });
    expect(byId['mae|STATE|state:CA|H9001|2024-07-01']!.sortKey).toBe(enrollmentSortKey(150, 'H9001'));
    expect(facts).toHaveLength(7);
  });

  it('reads the Medicaid table year from its file name and normalises contract ids for the API', async () => {
    const { releaseDateOfMedicaidTable, medicaidPlanId } = await import('../../src/import/kinds/medicaidManagedCare.js');
    expect(releaseDateOfMedicaidTable('managed-care-enrollment-by-program-and-plan2024-table4.csv')).toBe('2024-07-01');
    expect(releaseDateOfMedicaidTable('table4.csv')).toBeNull();
    expect(medicaidPlanId('TX', 'Superior HealthPlan, Inc.')).toBe('org:mco-tx-superior-healthplan');
    const { contractIdFrom } = await import('../../src/services/medicareAdvantage.js');
    expect(contractIdFrom('h1234')).toBe('contract:H1234');
    expect(contractIdFrom('contract:90091')).toBe('contract:90091');
    expect(() => contractIdFrom('X1')).toThrow(/contract number like H1234/);
  });
});
