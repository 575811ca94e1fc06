/**
 * Plain records that cross from the database layer to the GraphQL layer. Repositories
 * return these; codegen maps GraphQL types onto them, so resolvers are typed end to end.
 * References to other entities are ids, resolved per request through DataLoaders.
 */
export type ConfidenceValue = 'VERIFIED' | 'UNVERIFIED';

export interface EntityRecord {
  id: string;
  name: string;
  kind: string;
  aliases: string[];
  description: string | null;
  confidence: ConfidenceValue;
  validFrom: string | null;
  validTo: string | null;
  sources: string[];
  /** USPS code for jurisdictions, FIPS for counties, US for the nation. */
  code: string | null;
  fips: string | null;
  /** For a county: the jurisdiction it lies in. */
  stateId: string | null;
  website?: string | null;
  phone?: string | null;
  contactSources?: string[];
}

export interface SourceRecord {
  id: string;
  title: string;
  publisher: string | null;
  url: string | null;
  date: string | null;
  dateKind: string | null;
}

export interface AssignmentRecord {
  id: string;
  administratorId: string;
  function: string;
  programId: string;
  jurisdictionId: string | null;
  principalId: string | null;
  populationIds: string[];
  excludeIds: string[];
  role: string;
  validFrom: string | null;
  validTo: string | null;
  /** When the contract was awarded or the arrangement announced, where that differs from validFrom. */
  awarded: string | null;
  confidence: ConfidenceValue;
  note: string | null;
  sources: string[];
  coverage?: 'FULL' | 'PARTIAL' | null;
  /** False when read with the core fields only: note, sources, populations and exclusions are then loaded by id. */
  detailed?: boolean;
  /**
   * Set when read with id, administrator, program, function and role only (and the place's id
   * with 'WITH_PLACE', as a listing of an organization's facts reads them): every other field
   * is loaded by id.
   */
  slim?: 'WITHOUT_PLACE' | 'WITH_PLACE';
  /** Entities this fact points at, read in the same statement so resolving them costs no round trip. */
  related?: EntityRecord[];
  /** The same, read with id, name and kind only, when the request asks them for nothing more. */
  relatedNames?: EntityRecord[];
  /** Set by whoAdministers: the broader program (an ancestor of the one asked about) this fact is for. */
  appliesThroughId?: string | null;
}

export interface RelationshipRecord {
  type: string;
  direction: 'OUTGOING' | 'INCOMING';
  fromId: string;
  toId: string;
  validFrom: string | null;
  validTo: string | null;
  confidence: ConfidenceValue;
  note: string | null;
  sources: string[];
}

export interface ExpansionRecord {
  stateId: string;
  adopted: boolean;
  effective: string | null;
  confidence: ConfidenceValue;
  sources: string[];
}

export interface FmapRateRecord {
  stateId: string;
  fiscalYear: number;
  percent: number;
  confidence: ConfidenceValue;
  note: string | null;
  sources: string[];
}

export interface ManagedCareAbsenceRecord {
  stateId: string;
  asOf: string;
  confidence: ConfidenceValue;
  note: string | null;
  sources: string[];
}

export interface OversightStepRecord {
  entityId: string;
  relation: string;
}

export interface PathStepRecord {
  fromId: string;
  relation: string;
  toId: string;
}

export interface GraphPathRecord {
  hops: number;
  steps: PathStepRecord[];
}

interface ConnectionRecord<T, E = object> {
  edges: ({ cursor: string; node: T } & E)[];
  /** Counted only when a client selects it. */
  totalCount: () => Promise<number>;
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
}

export type AssignmentConnectionRecord = ConnectionRecord<AssignmentRecord>;
export type RelationshipConnectionRecord = ConnectionRecord<RelationshipRecord>;
export type EntityConnectionRecord = ConnectionRecord<EntityRecord, { score: number | null }>;
