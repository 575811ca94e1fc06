import { isIsoDate } from '../../domain/dates.js';
import { normalizeStateCode } from '../../domain/places.js';
import { stateCodeFromName } from '../../domain/stateNames.js';

/**
 * Cell parsers for the CMS Medicare Advantage / Part D files and the Medicaid managed care
 * table. Each returns the value or a reason naming what was wrong, so a bad row can go to
 * the rejects file with that reason instead of stopping the import.
 */
export type Cell<T> = { ok: true; value: T } | { ok: false; reason: string };

const ok = <T>(value: T): Cell<T> => ({ ok: true, value });
const bad = <T>(reason: string): Cell<T> => ({ ok: false, reason });

/** H (local MA, cost), R (regional PPO), S (PDP), E (employer direct) + 4 digits; old cost/HCPP contracts are 5 digits. */
const CONTRACT_ID = /^(?:[HRSE]\d{4}|\d{5})$/;

export function parseContractId(raw: string): Cell<string> {
  const v = raw.trim().toUpperCase();
  return CONTRACT_ID.test(v) ? ok(v) : bad(`contract number ${JSON.stringify(raw)} is not H/R/S/E + 4 digits or a 5-digit cost contract`);
}

/** The PBP number: 1-3 digits, zero-padded to 3 ('1' -> '001'); empty on contract-level rows. */
export function parsePlanId(raw: string, { allowEmpty }: { allowEmpty: boolean }): Cell<string | null> {
  const v = raw.trim();
  if (v === '') return allowEmpty ? ok(null) : bad('plan ID is empty');
  return /^\d{1,3}$/.test(v) ? ok(v.padStart(3, '0')) : bad(`plan ID ${JSON.stringify(raw)} is not 1-3 digits`);
}

/** A 5-digit state+county code kept as a string (leading zeros matter); empty -> null. */
export function parseCountyCode(raw: string, what: string): Cell<string | null> {
  const v = raw.trim();
  if (v === '') return ok(null);
  return /^\d{5}$/.test(v) ? ok(v) : bad(`${what} ${JSON.stringify(raw)} is not 5 digits`);
}

/** A count that may carry thousands separators ("12,345"). */
export function parseCount(raw: string, what: string): Cell<number> {
  const v = raw.trim().replace(/,/g, '');
  if (!/^\d{1,10}$/.test(v)) return bad(`${what} ${JSON.stringify(raw)} is not a whole number`);
  return ok(Number(v));
}

export interface Enrollment {
  /** Null when CMS suppressed the count; never 0 for a suppressed cell. */
  count: number | null;
  suppressed: boolean;
}

/** CMS prints '*' for 1-10 enrollees: that is kept as unknown and flagged, never as 0. */
export function parseEnrollment(raw: string): Cell<Enrollment> {
  const v = raw.trim();
  if (v === '*') return ok({ count: null, suppressed: true });
  const n = parseCount(v, 'enrollment');
  return n.ok ? ok({ count: n.value, suppressed: false }) : n;
}

/** Medicaid table counts: numbers with separators; '--', 'n/a' or blank mean not reported. */
export function parseReportedCount(raw: string, what: string): Cell<number | null> {
  const v = raw.trim();
  if (v === '' || v === '--' || v.toLowerCase() === 'n/a' || v === '-') return ok(null);
  return parseCount(v, what);
}

export function parseYesNo(raw: string, what: string): Cell<boolean> {
  const v = raw.trim().toLowerCase();
  if (v === 'yes' || v === 'y') return ok(true);
  if (v === 'no' || v === 'n') return ok(false);
  return bad(`${what} ${JSON.stringify(raw)} is not Yes or No`);
}

/** Service-area flags: '*' (or 'Y', seen in one parser) marks the case; blank does not. */
export function parseMark(raw: string, what: string): Cell<boolean> {
  const v = raw.trim().toUpperCase();
  if (v === '') return ok(false);
  if (v === '*' || v === 'Y' || v === 'YES') return ok(true);
  return bad(`${what} ${JSON.stringify(raw)} is neither * nor blank`);
}

/** MM/DD/YYYY, optionally followed by a time ("01/01/2006 0:00"), to YYYY-MM-DD; empty -> null. */
export function parseUsDate(raw: string, what: string): Cell<string | null> {
  const v = raw.trim();
  if (v === '') return ok(null);
  const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?:\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AP]M)?)?$/i.exec(v);
  const iso = m ? `${m[3]}-${m[1]!.padStart(2, '0')}-${m[2]!.padStart(2, '0')}` : '';
  return m && isIsoDate(iso) ? ok(iso) : bad(`${what} ${JSON.stringify(raw)} is not a date MM/DD/YYYY`);
}

export function parseStateCode(raw: string): Cell<string | null> {
  const v = raw.trim();
  if (v === '') return ok(null);
  const id = normalizeStateCode(v);
  return id ? ok(id.slice('state:'.length)) : bad(`state ${JSON.stringify(raw)} is not a US state or territory code`);
}

/** Medicaid tables name states in full and sometimes append a footnote digit ("Arkansas5"). */
export function parseStateName(raw: string): Cell<string> {
  const name = raw.trim().replace(/\d+$/, '').trim();
  const code = stateCodeFromName(name);
  return code ? ok(code) : bad(`state ${JSON.stringify(raw)} is not a US state or territory name`);
}

export function parseYear(raw: string): Cell<number> {
  const v = raw.trim();
  return /^(19|20)\d{2}$/.test(v) ? ok(Number(v)) : bad(`year ${JSON.stringify(raw)} is not a 4-digit year`);
}

/** "CPSC_Enrollment_Info_2024_07.csv", "MA_Cnty_SA_2024_07.csv" -> 2024-07-01. */
export function releaseDateFromMonthlyName(fileName: string): string | null {
  const m = /_(\d{4})_(\d{2})(?:\D[^/]*)?\.csv$/i.exec(fileName);
  if (!m) return null;
  const iso = `${m[1]}-${m[2]}-01`;
  return isIsoDate(iso) ? iso : null;
}
