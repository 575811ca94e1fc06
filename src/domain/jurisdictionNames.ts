import { normalizeStateCode } from './places.js';

/** The 56 jurisdictions' names and common variants, so a person can ask for "Texas" as well as TX. */
const NAMES: Record<string, string[]> = {
  AL: ['Alabama'],
  AK: ['Alaska'],
  AZ: ['Arizona'],
  AR: ['Arkansas'],
  CA: ['California'],
  CO: ['Colorado'],
  CT: ['Connecticut'],
  DE: ['Delaware'],
  DC: ['District of Columbia', 'Washington DC', 'Washington D.C.', 'D.C.'],
  FL: ['Florida'],
  GA: ['Georgia'],
  HI: ['Hawaii'],
  ID: ['Idaho'],
  IL: ['Illinois'],
  IN: ['Indiana'],
  IA: ['Iowa'],
  KS: ['Kansas'],
  KY: ['Kentucky'],
  LA: ['Louisiana'],
  ME: ['Maine'],
  MD: ['Maryland'],
  MA: ['Massachusetts'],
  MI: ['Michigan'],
  MN: ['Minnesota'],
  MS: ['Mississippi'],
  MO: ['Missouri'],
  MT: ['Montana'],
  NE: ['Nebraska'],
  NV: ['Nevada'],
  NH: ['New Hampshire'],
  NJ: ['New Jersey'],
  NM: ['New Mexico'],
  NY: ['New York'],
  NC: ['North Carolina'],
  ND: ['North Dakota'],
  OH: ['Ohio'],
  OK: ['Oklahoma'],
  OR: ['Oregon'],
  PA: ['Pennsylvania'],
  RI: ['Rhode Island'],
  SC: ['South Carolina'],
  SD: ['South Dakota'],
  TN: ['Tennessee'],
  TX: ['Texas'],
  UT: ['Utah'],
  VT: ['Vermont'],
  VA: ['Virginia'],
  WA: ['Washington', 'Washington State'],
  WV: ['West Virginia'],
  WI: ['Wisconsin'],
  WY: ['Wyoming'],
  AS: ['American Samoa'],
  GU: ['Guam'],
  MP: ['Northern Mariana Islands', 'Commonwealth of the Northern Mariana Islands', 'CNMI'],
  PR: ['Puerto Rico', 'Commonwealth of Puerto Rico'],
  VI: ['U.S. Virgin Islands', 'US Virgin Islands', 'Virgin Islands', 'USVI'],
};

const fold = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^a-z]+/g, ' ')
    .trim();
const BY_NAME = new Map<string, string>(Object.entries(NAMES).flatMap(([code, names]) => names.map((n) => [fold(n), code] as const)));

/** A USPS code (TX), an id (state:TX) or a name ("Texas", "texas", "Washington, D.C."): the id, or null. */
export function resolveJurisdiction(input: string): string | null {
  const byCode = normalizeStateCode(input);
  if (byCode) return byCode;
  const code = BY_NAME.get(fold(input));
  return code ? `state:${code}` : null;
}

/** Every code and name, for suggesting the nearest when nothing matches. */
export function jurisdictionCandidates(): { id: string; words: string[] }[] {
  return Object.entries(NAMES).map(([code, names]) => ({ id: `state:${code}`, words: [code, ...names] }));
}
