import type { OversightStepRecord } from './records.js';
import { relationName } from './relations.js';

/**
 * How an oversight chain is chosen when an entity has several upward links.
 * At each step the link with the best (lowest) rank wins; among equal ranks the target
 * with the broadest authority by kind (a legislature before one of its committees), then
 * the smallest id, so the answer is deterministic. The walk stops at an
 * entity with no upward link, or when it would revisit an entity.
 */
export const UPWARD_RANK: Record<string, number> = {
  'INCOMING:OVERSEES': 1,
  'OUTGOING:ACTS_UNDER': 2,
  'INCOMING:CONTRACTS_WITH': 3,
  'INCOMING:DELEGATES_TO': 4,
  'OUTGOING:PART_OF': 5,
  'OUTGOING:REPORTS_TO': 6,
  'INCOMING:ADMINISTERS': 7,
  'OUTGOING:SUBSIDIARY_OF': 8,
  'INCOMING:LEGISLATES_FOR': 9,
};

/** Relation names (and their passive forms) live in relations.ts, shared with paths and relationships. */
export { relationName };

export interface UpwardEdge {
  type: string;
  direction: 'OUTGOING' | 'INCOMING';
  targetId: string;
  targetKind: string;
}

/** Tie-break among equally ranked links: lower is broader authority. */
const KIND_AUTHORITY: Record<string, number> = {
  LEGISLATURE: 1,
  FEDERAL_AGENCY: 2,
  STATE_AGENCY: 3,
  AGENCY_COMPONENT: 4,
  BOARD: 5,
  COMMITTEE: 6,
};
const authority = (kind: string) => KIND_AUTHORITY[kind] ?? 10;

export const MAX_CHAIN_LENGTH = 12;

/**
 * A program is run before it is legislated: its chain goes first to the body that
 * administers it (the state agency for a state's Medicaid, CMS for Medicare), whose own
 * chain reaches CMS, HHS and Congress; then to the program it is part of; legislators last.
 * Among its administrators the narrowest comes first (the Texas agency before CMS, which
 * the agency's chain reaches anyway), so no level is skipped.
 */
export const PROGRAM_UPWARD_RANK: Record<string, number> = {
  'INCOMING:ADMINISTERS': 1,
  'INCOMING:OVERSEES': 2,
  'OUTGOING:PART_OF': 3,
  'INCOMING:LEGISLATES_FOR': 4,
};

/** Picks the next step up from the candidate edges, or null at the top. fromKind: the kind of the entity climbed from. */
export function chooseUpward(edges: UpwardEdge[], visited: ReadonlySet<string>, fromKind?: string): UpwardEdge | null {
  const ranks = fromKind === 'PROGRAM' ? PROGRAM_UPWARD_RANK : UPWARD_RANK;
  const narrowestFirst = fromKind === 'PROGRAM';
  let best: UpwardEdge | null = null;
  let bestRank = Infinity;
  for (const e of edges) {
    const rank = ranks[`${e.direction}:${e.type}`];
    if (rank === undefined || visited.has(e.targetId)) continue;
    const [mine, theirs] = best ? [authority(e.targetKind), authority(best.targetKind)] : [0, 0];
    const broader = narrowestFirst ? mine > theirs : mine < theirs;
    const better = rank < bestRank || (rank === bestRank && best !== null && (broader || (mine === theirs && e.targetId < best.targetId)));
    if (better) {
      best = e;
      bestRank = rank;
    }
  }
  return best;
}

/**
 * The chain from startId: the best upward link at each step, never revisiting an entity,
 * at most MAX_CHAIN_LENGTH entities. links: each member's candidate links, as read at one date.
 */
export function walkChain(startId: string, startKind: string, links: ReadonlyMap<string, UpwardEdge[]>): OversightStepRecord[] {
  const steps: OversightStepRecord[] = [{ entityId: startId, relation: 'SELF' }];
  const visited = new Set([startId]);
  let current = startId;
  let currentKind = startKind;
  while (steps.length < MAX_CHAIN_LENGTH) {
    const next = chooseUpward(links.get(current) ?? [], visited, currentKind);
    if (!next) break;
    steps.push({ entityId: next.targetId, relation: relationName(next.type, next.direction) });
    visited.add(next.targetId);
    current = next.targetId;
    currentKind = next.targetKind;
  }
  return steps;
}
