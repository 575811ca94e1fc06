import { JURISDICTION_KINDS } from './vocabulary.js';

/**
 * Which places an administration fact covers, computed once at load time so a question
 * about a place reads its COVERS edges instead of re-deriving regions, counties and
 * exclusions. A fact's jurisdiction covers:
 * - the nation: every state and county, FULLY;
 * - a state: that state and its counties, FULLY;
 * - a county: that county FULLY, and its state PARTIALLY;
 * - a region: each member state and its counties FULLY, each member county FULLY and the
 *   county's state PARTIALLY, for the period of the membership.
 * A place the fact excludes (and every county of an excluded state) is not covered at
 * all; a state with an excluded county is covered only PARTIALLY. A fact without a
 * jurisdiction covers no place. Several routes to one place over the same period keep the
 * strongest coverage (FULL over PARTIAL, whole over part).
 */
export type CoverageKind = 'FULL' | 'PARTIAL';

export interface PlaceInfo {
  id: string;
  kind: string;
  /** For a county: its state. */
  stateId: string | null;
}

export interface Membership {
  regionId: string;
  memberId: string;
  validFrom: string | null;
  validTo: string | null;
}

export interface CoverageFact {
  id: string;
  jurisdictionId: string | null;
  excludeIds: string[];
}

export interface Cover {
  placeId: string;
  coverage: CoverageKind;
  /**
   * The jurisdiction contains the whole place (PARTIAL then only because of an exclusion).
   * A county missing from the graph is answered from its state's whole covers.
   */
  whole: boolean;
  validFrom: string | null;
  validTo: string | null;
}

const STATE_KINDS = new Set<string>(JURISDICTION_KINDS);

export interface PlaceIndex {
  place(id: string): PlaceInfo | undefined;
  states(): PlaceInfo[];
  countiesOf(stateId: string): PlaceInfo[];
  membersOf(regionId: string): Membership[];
}

export function buildPlaceIndex(places: PlaceInfo[], memberships: Membership[]): PlaceIndex {
  const byId = new Map(places.map((p) => [p.id, p]));
  const counties = new Map<string, PlaceInfo[]>();
  for (const p of places) {
    if (p.kind === 'COUNTY' && p.stateId) counties.set(p.stateId, [...(counties.get(p.stateId) ?? []), p]);
  }
  const members = new Map<string, Membership[]>();
  for (const m of memberships) members.set(m.regionId, [...(members.get(m.regionId) ?? []), m]);
  return {
    place: (id) => byId.get(id),
    states: () => places.filter((p) => STATE_KINDS.has(p.kind)),
    countiesOf: (stateId) => counties.get(stateId) ?? [],
    membersOf: (regionId) => members.get(regionId) ?? [],
  };
}

export function coversOf(fact: CoverageFact, index: PlaceIndex): Cover[] {
  const j = fact.jurisdictionId ? index.place(fact.jurisdictionId) : undefined;
  if (!j) return [];
  const raw: Cover[] = [];
  const add = (placeId: string, coverage: CoverageKind, validFrom: string | null = null, validTo: string | null = null) =>
    raw.push({ placeId, coverage, whole: coverage === 'FULL', validFrom, validTo });
  const stateAndCounties = (stateId: string, from: string | null, to: string | null) => {
    add(stateId, 'FULL', from, to);
    for (const c of index.countiesOf(stateId)) add(c.id, 'FULL', from, to);
  };
  const county = (c: PlaceInfo, from: string | null, to: string | null) => {
    add(c.id, 'FULL', from, to);
    if (c.stateId) add(c.stateId, 'PARTIAL', from, to);
  };
  if (j.kind === 'NATION') for (const s of index.states()) stateAndCounties(s.id, null, null);
  else if (STATE_KINDS.has(j.kind)) stateAndCounties(j.id, null, null);
  else if (j.kind === 'COUNTY') county(j, null, null);
  else if (j.kind === 'REGION') {
    for (const m of index.membersOf(j.id)) {
      const member = index.place(m.memberId);
      if (!member) continue;
      if (STATE_KINDS.has(member.kind)) stateAndCounties(member.id, m.validFrom, m.validTo);
      else if (member.kind === 'COUNTY') county(member, m.validFrom, m.validTo);
    }
  }

  const excluded = new Set(fact.excludeIds);
  const statesWithExcludedPart = new Set<string>();
  for (const x of fact.excludeIds) {
    const p = index.place(x);
    if (p?.kind === 'COUNTY' && p.stateId) statesWithExcludedPart.add(p.stateId);
  }
  const best = new Map<string, Cover>();
  for (const c of raw) {
    const place = index.place(c.placeId);
    if (excluded.has(c.placeId) || (place?.stateId && excluded.has(place.stateId))) continue;
    const coverage: CoverageKind = c.coverage === 'FULL' && statesWithExcludedPart.has(c.placeId) ? 'PARTIAL' : c.coverage;
    const key = `${c.placeId}|${c.validFrom ?? ''}|${c.validTo ?? ''}`;
    const seen = best.get(key);
    if (!seen || (!seen.whole && c.whole) || (seen.coverage === 'PARTIAL' && coverage === 'FULL')) best.set(key, { ...c, coverage });
  }
  return [...best.values()];
}

/** The overlap of two periods (null bounds open), or null when they do not meet. */
export function overlap(
  a: { validFrom: string | null; validTo: string | null },
  b: { validFrom: string | null; validTo: string | null },
): { validFrom: string | null; validTo: string | null } | null {
  const from =
    a.validFrom === null ? b.validFrom : b.validFrom === null ? a.validFrom : a.validFrom > b.validFrom ? a.validFrom : b.validFrom;
  const to = a.validTo === null ? b.validTo : b.validTo === null ? a.validTo : a.validTo < b.validTo ? a.validTo : b.validTo;
  if (from !== null && to !== null && from > to) return null;
  return { validFrom: from, validTo: to };
}
