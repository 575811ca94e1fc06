/**
 * One company, one entity: CMS's MA and Part D files and Medicaid.gov's managed care table
 * name parent organizations in slightly different ways ("UnitedHealth Group, Inc." and
 * "UnitedHealth Group"), and the curated seed already holds the big parents under stable
 * ids. A parent name is normalised, then looked up in this table; any other parent gets an
 * id derived from its normalised name, so every file that names it alike meets on it.
 */

/** Corporate suffixes that do not distinguish one company from another. */
const SUFFIXES = new Set(['inc', 'incorporated', 'corp', 'corporation', 'co', 'company', 'llc', 'lp', 'ltd', 'plc', 'the']);

/** "UnitedHealth Group, Inc." -> "unitedhealth group"; "The Cigna Group" -> "cigna group". */
export function normalizeOrganizationName(name: string): string {
  const words = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .filter(Boolean);
  while (words.length > 1 && SUFFIXES.has(words.at(-1)!)) words.pop();
  while (words.length > 1 && SUFFIXES.has(words[0]!)) words.shift();
  return words.join(' ');
}

/**
 * Normalised names of the seed's parent companies. Only names of the same legal company are
 * listed: Anthem, Inc. renamed itself Elevance Health, Inc. in 2022; "Aetna Inc." is not mapped
 * to CVS Health because files before the 2018 acquisition name Aetna as its own parent.
 */
export const KNOWN_PARENTS: Readonly<Record<string, string>> = {
  'unitedhealth group': 'org:unitedhealth-group',
  humana: 'org:humana',
  'cvs health': 'org:cvs-health',
  'elevance health': 'org:elevance-health',
  anthem: 'org:elevance-health',
  centene: 'org:centene',
  'molina healthcare': 'org:molina-healthcare',
  'kaiser foundation health plan': 'org:kaiser-permanente',
  'kaiser permanente': 'org:kaiser-permanente',
};

/** The entity id of a parent organization named in a file; null when the file names none. */
export function parentOrganizationId(name: string | null | undefined): string | null {
  if (!name) return null;
  const key = normalizeOrganizationName(name);
  if (key === '' || key === 'n a' || key === 'none') return null;
  return KNOWN_PARENTS[key] ?? `org:${key.replace(/ /g, '-')}`;
}

/** A stable slug for ids: "Superior HealthPlan, Inc." -> "superior-healthplan". */
export function organizationSlug(name: string): string {
  return normalizeOrganizationName(name).replace(/ /g, '-');
}
