import { isIsoDate } from './dates.js';
import type { EntityRecord } from './records.js';

/**
 * NPI check digit: the Luhn formula over the 9-digit base prefixed with 80840 (the ISO
 * card issuer prefix of US health identifiers), as CMS's NPI standard specifies.
 */
export function npiCheckDigit(base9: string): number {
  if (!/^\d{9}$/.test(base9)) throw new TypeError(`an NPI base is 9 digits: ${base9}`);
  const digits = `80840${base9}`;
  let sum = 0;
  // Doubling starts at the rightmost digit of the base, since the check digit will follow it.
  for (let i = digits.length - 1, double = true; i >= 0; i -= 1, double = !double) {
    let d = digits.charCodeAt(i) - 48;
    if (double) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return (10 - (sum % 10)) % 10;
}

export function isValidNpi(npi: string): boolean {
  return /^\d{10}$/.test(npi) && npiCheckDigit(npi.slice(0, 9)) === npi.charCodeAt(9) - 48;
}

/** MM/DD/YYYY (NPPES) to YYYY-MM-DD; '' to null; anything else (or a day that does not exist) to undefined. */
export function parseUsDate(value: string): string | null | undefined {
  if (value === '') return null;
  const m = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(value);
  if (!m) return undefined;
  const iso = `${m[3]}-${m[1]}-${m[2]}`;
  return isIsoDate(iso) ? iso : undefined;
}

/** YYYYMMDD (POS) to YYYY-MM-DD; '' to null; anything else to undefined. */
export function parseCompactDate(value: string): string | null | undefined {
  if (value === '') return null;
  const m = /^(\d{4})(\d{2})(\d{2})$/.exec(value);
  if (!m) return undefined;
  const iso = `${m[1]}-${m[2]}-${m[3]}`;
  return isIsoDate(iso) ? iso : undefined;
}

/**
 * The last day an NPI is active: none while it was never deactivated or was reactivated on
 * or after its deactivation; otherwise the day before the deactivation date.
 */
export function providerValidTo(deactivation: string | null, reactivation: string | null): string | null {
  if (deactivation === null) return null;
  if (reactivation !== null && reactivation >= deactivation) return null;
  const d = new Date(`${deactivation}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

/** A provider as the API reads it; an EntityRecord so it can stand wherever an Entity can. */
export interface ProviderRecord extends EntityRecord {
  npi: string;
  ccn: string | null;
  entityType: 'INDIVIDUAL' | 'ORGANIZATION' | null;
  taxonomies: string[];
  primaryTaxonomy: string | null;
  city: string | null;
  zip: string | null;
  countyId: string | null;
  enumerationDate: string | null;
  lastUpdateDate: string | null;
  deactivationDate: string | null;
  reactivationDate: string | null;
  parentOrganizationName: string | null;
  parentNpi: string | null;
}

/** Keyset cursor over NPIs: opaque to clients, the last NPI of the page inside. */
export function encodeNpiCursor(npi: string): string {
  return Buffer.from(`npi:${npi}`, 'utf8').toString('base64url');
}

export function decodeNpiCursor(cursor: string): string | null {
  const m = /^npi:(\d{10})$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  return m ? m[1]! : null;
}

/**
 * The form of an organization's name used to match a certified facility (POS) to its NPI:
 * upper case, '&' as AND, punctuation dropped, spaces collapsed. Legal suffixes stay, so
 * "X HOSPITAL INC" and "X HOSPITAL" differ: a missed match is better than a wrong one.
 */
export function matchName(name: string): string {
  return name
    .toUpperCase()
    .replace(/&/g, ' AND ')
    .replace(/[^A-Z0-9 ]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
