/**
 * The one vocabulary of relation names. Each stored relationship type reads "from TYPE to";
 * seen from its target it reads in the passive ("to PASSIVE from"). relationships(types:),
 * paths and oversightChain all speak these names, and the SDL enum Relation mirrors them
 * (a unit test checks both the names and that each is described).
 */
export interface RelationDefinition {
  passive: string;
  /** How "A TYPE B" reads: "A <active> B"; the schema's descriptions repeat it. */
  active: string;
  /** Derived by the loader from administration facts rather than written in the seed. */
  derived?: boolean;
}

export const RELATIONS = {
  PART_OF: { passive: 'HAS_PART', active: 'is a component or member of' },
  OVERSEES: { passive: 'OVERSEEN_BY', active: 'has authority over and supervises' },
  DELEGATES_TO: { passive: 'DELEGATED_BY', active: 'hands part of its own work to' },
  CONTRACTS_WITH: { passive: 'CONTRACTED_BY', active: 'buys services under contract from' },
  FUNDS: { passive: 'FUNDED_BY', active: 'pays money to' },
  ADVISES: { passive: 'ADVISED_BY', active: 'gives advice it is charged with by law or charter to' },
  LOBBIES: { passive: 'LOBBIED_BY', active: 'advocates, for its members or a cause, to' },
  LEGISLATES_FOR: { passive: 'LEGISLATED_BY', active: 'makes the laws of' },
  APPOINTS: { passive: 'APPOINTED_BY', active: 'appoints (nominates) the head or members of' },
  CONFIRMS: { passive: 'CONFIRMED_BY', active: 'gives advice and consent to the appointment of the head of' },
  SUBSIDIARY_OF: { passive: 'PARENT_OF', active: 'is a company owned by' },
  SUCCEEDED_BY: { passive: 'SUCCEEDS', active: 'was replaced by' },
  PARTICIPATES_IN: { passive: 'HAS_PARTICIPANT', active: 'takes part, as a provider or plan, in' },
  AUDITS: { passive: 'AUDITED_BY', active: 'audits' },
  REPORTS_TO: { passive: 'RECEIVES_REPORTS_FROM', active: 'reports to' },
  FINANCES: { passive: 'FINANCED_BY', active: 'is the account that pays for' },
  ENROLLS: { passive: 'ENROLLED_BY', active: 'enrolls (people or providers) in' },
  CERTIFIES: { passive: 'CERTIFIED_BY', active: 'certifies, after a survey, the program participation of' },
  SUBMITS_CLAIMS_TO: { passive: 'RECEIVES_CLAIMS_FROM', active: 'bills for services to' },
  ADMINISTERS: { passive: 'ADMINISTERED_BY', active: 'does a function, by an administration fact, for', derived: true },
  ACTS_UNDER: { passive: 'HAS_AGENT', active: 'acts, by an administration fact, on the authority or contract of', derived: true },
  OPERATES_IN: { passive: 'HOSTS', active: 'does the work of an administration fact in', derived: true },
} as const satisfies Record<string, RelationDefinition>;

export type StoredRelation = keyof typeof RELATIONS;
export const STORED_RELATIONS = Object.keys(RELATIONS) as StoredRelation[];
export const PASSIVE_RELATIONS = STORED_RELATIONS.map((t) => RELATIONS[t].passive);

/** The first step of an oversight chain relates the entity to itself. */
export const SELF = 'SELF';

/** Every name, in the order the SDL enum lists them: each stored type, then its passive, then SELF. */
export const RELATION_NAMES: string[] = [...STORED_RELATIONS.flatMap((t) => [t, RELATIONS[t].passive]), SELF];

const ACTIVE_OF_PASSIVE = new Map<string, StoredRelation>(STORED_RELATIONS.map((t) => [RELATIONS[t].passive, t]));

/** The name a link shows from the entity it is seen from: the type when it points away, the passive when it points in. */
export function relationName(type: string, direction: 'OUTGOING' | 'INCOMING'): string {
  if (direction === 'OUTGOING') return type;
  return (RELATIONS as Record<string, RelationDefinition>)[type]?.passive ?? `${type}_INVERSE`;
}

/**
 * Which stored types to read in each direction for a list of names seen from one entity:
 * OVERSEES reads its outgoing OVERSEES edges, OVERSEEN_BY its incoming ones. Null means
 * every type; an empty list means none in that direction.
 */
export interface RelationTypes {
  outgoing: string[] | null;
  incoming: string[] | null;
}

export function relationFilter(names: readonly string[] | null, direction: 'OUTGOING' | 'INCOMING' | 'BOTH'): RelationTypes {
  const out = direction === 'INCOMING' ? [] : null;
  const inc = direction === 'OUTGOING' ? [] : null;
  if (names === null) return { outgoing: out, incoming: inc };
  const outgoing = names.filter((n) => n in RELATIONS);
  const incoming = names.flatMap((n) => (ACTIVE_OF_PASSIVE.has(n) ? [ACTIVE_OF_PASSIVE.get(n)!] : []));
  return { outgoing: out ?? [...new Set(outgoing)], incoming: inc ?? [...new Set(incoming)] };
}
