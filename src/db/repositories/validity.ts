/**
 * The one way a statement asks "does this hold on that day": bounds inclusive, a missing
 * bound open. Fragments of constant text, spliced into named queries at module load.
 */
export function validAt(x: string, day = 'date($asOf)'): string {
  return `((${x}.validFrom IS NULL OR ${x}.validFrom <= ${day}) AND (${x}.validTo IS NULL OR ${x}.validTo >= ${day}))`;
}

/**
 * validAt for records whose start is always set (imported service areas): the same rule
 * without the open-start case, so a range on the indexed validFrom stays a plain comparison.
 */
export function validSince(x: string, day = 'date($asOf)'): string {
  return `(${x}.validFrom <= ${day} AND (${x}.validTo IS NULL OR ${x}.validTo >= ${day}))`;
}

/**
 * A derived pair edge (one ADMINISTERS, ACTS_UNDER or OPERATES_IN per administrator and target) holds on
 * a day when any of the assignments it stands for does; `froms`/`tos` are those periods with
 * open bounds stored as 0001-01-01 / 9999-12-31, and `roles` their roles, index for index.
 * Any other link (a relationship from the seed, an imported per-fact edge) holds by its own period.
 */
export function pairValidAt(r: string, day = 'date($asOf)', roles?: string): string {
  const role = roles ? ` AND ${r}.roles[i] IN ${roles}` : '';
  const single = roles ? ` AND ${r}.role IN ${roles}` : '';
  // An importer writes its derived edges per assignment, with one period and role and no lists.
  return `(CASE WHEN ${r}.froms IS NULL THEN (${validAt(r, day)}${single})
    ELSE any(i IN range(0, size(${r}.froms) - 1) WHERE ${r}.froms[i] <= ${day} AND ${r}.tos[i] >= ${day}${role}) END)`;
}

/** The fixed projections read for records: the fields the API serves, nothing else. */
export const ENTITY_FIELDS = `.id, .name, .kind, .aliases, .description, .confidence, .validFrom, .validTo, .sources, .code, .fips, .stateId, .website, .phone, .contactSources`;
/** What a request that names entities and nothing more needs: the kind picks the GraphQL type. */
export const ENTITY_NAME_FIELDS = `.id, .name, .kind`;
/** What lists of facts read: enough to filter, order and name; notes, sources and populations come by id when asked. */
export const ASSIGNMENT_CORE_FIELDS = `.id, .administratorId, .function, .programId, .jurisdictionId, .principalId, .role, .validFrom, .validTo, .awarded, .confidence`;
/** What a page that only names the fact's role, function, program and administrator needs; every other field loads by id (facts.ts). */
export const ASSIGNMENT_SLIM_FIELDS = `.id, .administratorId, .function, .programId, .role`;
export const ASSIGNMENT_FIELDS = `.id, .administratorId, .function, .programId, .jurisdictionId, .principalId, .populationIds, .excludeIds, .role, .validFrom, .validTo, .awarded, .confidence, .note, .sources`;
