/**
 * Rules about Medicare contracts that do not need the database: which programs a contract
 * administers, how suppressed enrollment adds up, how a service-area row maps to coverage,
 * and the order key that pages contracts by enrollment.
 */

export const PART_C = 'program:medicare-part-c';
export const PART_D = 'program:medicare-part-d';

export function contractEntityId(contractNumber: string): string {
  return `contract:${contractNumber}`;
}

/** H and R contracts and the numeric cost contracts enrol people in Part C; S and E are Part D plans. */
export function isMedicareAdvantageContract(contractNumber: string): boolean {
  return /^[HR]\d{4}$|^\d{5}$/.test(contractNumber);
}

/** Part C for MA contracts; Part D for drug plans and for MA contracts with a plan that offers it. */
export function programsOfContract(contractNumber: string, offersPartD: boolean): string[] {
  const programs: string[] = [];
  if (isMedicareAdvantageContract(contractNumber)) programs.push(PART_C);
  if (!isMedicareAdvantageContract(contractNumber) || offersPartD) programs.push(PART_D);
  return programs;
}

export interface EnrollmentTotal {
  /** Sum of the counts CMS printed; null when every count was suppressed. */
  enrollment: number | null;
  /** True when at least one count was suppressed: the sum is then a lower bound. */
  suppressed: boolean;
}

/** Adds plan-level counts where CMS suppressed some (null): the known ones add up, the flag says more exist. */
export function sumEnrollment(counts: readonly { count: number | null; suppressed: boolean }[]): EnrollmentTotal {
  let sum = 0;
  let known = 0;
  let suppressed = false;
  for (const c of counts) {
    if (c.suppressed || c.count === null) suppressed = true;
    else {
      sum += c.count;
      known += 1;
    }
  }
  return { enrollment: known > 0 ? sum : null, suppressed };
}

export type CoverageValue = 'FULL' | 'PARTIAL';

export function coverageOf(partial: boolean): CoverageValue {
  return partial ? 'PARTIAL' : 'FULL';
}

const RANK_WIDTH = 11;
const RANK_CEILING = 10 ** RANK_WIDTH - 1;

/**
 * A string that sorts largest enrollment first, suppressed-only (null) after every count,
 * then by contract number; stored on the fact and indexed, so a page is an index seek from
 * the last key seen rather than a sort of every contract in the place.
 */
export function enrollmentSortKey(enrollment: number | null, contractNumber: string): string {
  const rank = enrollment === null ? 0 : enrollment + 1;
  return `${String(RANK_CEILING - rank).padStart(RANK_WIDTH, '0')}|${contractNumber}`;
}

export class CursorError extends Error {}

/** Keyset cursors: the order key of the last edge, opaque to clients. */
export function encodeKeyCursor(key: string): string {
  return Buffer.from(`k:${key}`, 'utf8').toString('base64url');
}

/** The keys each keyset-paged list orders by. */
export const KEY_PATTERNS = {
  enrollmentRank: /^\d{11}\|[A-Z0-9]{5}$/,
  fips: /^\d{5}$/,
  planId: /^[A-Z0-9]{5}-\d{3}$/,
} as const;

export function decodeKeyCursor(cursor: string, pattern: RegExp): string {
  const text = Buffer.from(cursor, 'base64url').toString('utf8');
  const key = text.startsWith('k:') ? text.slice(2) : '';
  if (!pattern.test(key))
    throw new CursorError(`Invalid cursor ${JSON.stringify(cursor)}: pass an endCursor or cursor from an earlier page.`);
  return key;
}

/** The day before an ISO date: when a newer file no longer lists a fact, it held until then. */
export function dayBefore(iso: string): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

/** Part D began on 2006-01-01: a contract older than that administers it only from then. */
export function administrationStart(programId: string, effectiveDate: string | null): string | null {
  if (programId === PART_D && (effectiveDate === null || effectiveDate < '2006-01-01')) return '2006-01-01';
  return effectiveDate;
}

export type EnrollmentLevel = 'COUNTY' | 'STATE' | 'CONTRACT';

export interface PlaceCountsRow {
  contractId: string;
  state: string | null;
  fips: string | null;
  counts: { count: number | null; suppressed: boolean }[];
}

export interface ContractEnrollmentFact extends EnrollmentTotal {
  id: string;
  level: EnrollmentLevel;
  contractId: string;
  placeId: string | null;
  fips: string | null;
  sortKey: string | null;
}

/**
 * Plan-level counts of one date, grouped by county, rolled up to each contract's county,
 * state and total enrollment. Rows without a county (enrollees outside the service area)
 * count only in the state they name, if any, and in the total.
 */
export function rollUpEnrollment(rows: readonly PlaceCountsRow[], asOf: string): ContractEnrollmentFact[] {
  const groups = new Map<
    string,
    { level: EnrollmentLevel; contractId: string; placeId: string | null; fips: string | null; counts: PlaceCountsRow['counts'] }
  >();
  const add = (
    level: EnrollmentLevel,
    contractId: string,
    placeId: string | null,
    fips: string | null,
    counts: PlaceCountsRow['counts'],
  ) => {
    const key = `${level}|${placeId ?? '-'}|${contractId}`;
    const g = groups.get(key) ?? { level, contractId, placeId, fips, counts: [] };
    g.counts.push(...counts);
    groups.set(key, g);
  };
  for (const r of rows) {
    const contractId = contractEntityId(r.contractId);
    if (r.fips) add('COUNTY', contractId, `county:${r.fips}`, r.fips, r.counts);
    if (r.state) add('STATE', contractId, `state:${r.state}`, null, r.counts);
    add('CONTRACT', contractId, null, null, r.counts);
  }
  return [...groups.values()].map((g) => {
    const total = sumEnrollment(g.counts);
    const number = g.contractId.slice('contract:'.length);
    const listed = g.level !== 'CONTRACT' && isMedicareAdvantageContract(number);
    return {
      id: `mae|${g.level}|${g.placeId ?? '-'}|${number}|${asOf}`,
      level: g.level,
      contractId: g.contractId,
      placeId: g.placeId,
      fips: g.fips,
      ...total,
      sortKey: listed ? enrollmentSortKey(total.enrollment, number) : null,
    };
  });
}
