/** Shared pieces of the synthetic plan files: contract numbers, parents and counties that line up across kinds. */

export const CPSC_SOURCE = {
  publisher: 'Centers for Medicare & Medicaid Services',
  url: 'https://www.cms.gov/data-research/statistics-trends-and-reports/medicare-advantagepart-d-contract-and-enrollment-data/monthly-enrollment-contract/plan/state/county',
} as const;

const PARENTS = [
  'UnitedHealth Group, Inc.',
  'Humana Inc.',
  'CVS Health Corporation',
  'Elevance Health, Inc.',
  'Centene Corporation',
  'Synthetic Regional Health Plan',
];

/** Contract k of a synthetic file: mostly H, some R and S, always the same for the same k. */
export function synthContractNumber(k: number, _rng: () => number): string {
  const prefix = k % 10 === 9 ? 'S' : k % 10 === 8 ? 'R' : 'H';
  return `${prefix}${String(k % 10000).padStart(4, '0')}`;
}

export function synthParent(k: number): string {
  return PARENTS[k % PARENTS.length]!;
}

/** A few real county FIPS codes per state, so synthetic rows resolve to loaded counties. */
export const SYNTH_COUNTIES: readonly (readonly [fips: string, state: string, county: string])[] = [
  ['06037', 'CA', 'Los Angeles'],
  ['06059', 'CA', 'Orange'],
  ['12086', 'FL', 'Miami-Dade'],
  ['12011', 'FL', 'Broward'],
  ['48201', 'TX', 'Harris'],
  ['48113', 'TX', 'Dallas'],
  ['36047', 'NY', 'Kings'],
  ['17031', 'IL', 'Cook'],
  ['51013', 'VA', 'Arlington'],
  ['51059', 'VA', 'Fairfax'],
  ['04013', 'AZ', 'Maricopa'],
  ['53033', 'WA', 'King'],
];
