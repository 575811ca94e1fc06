/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** What an administrator does for a program. */
export type AdministrativeFunction =
  | 'ADVISORY'
  | 'APPEALS'
  | 'BENEFICIARY_ENROLLMENT'
  | 'CLAIMS_PROCESSING'
  | 'COUNSELING'
  | 'CUSTOMER_SERVICE'
  | 'ELIGIBILITY_DETERMINATION'
  | 'FUNDING'
  | 'LEGISLATION'
  | 'MANAGED_CARE'
  | 'PAYMENT_RATE_SETTING'
  | 'PLAN_SPONSORSHIP'
  | 'POLICY_SETTING'
  | 'PROGRAM_INTEGRITY'
  | 'PROGRAM_OVERSIGHT'
  | 'QUALITY_IMPROVEMENT';

/** The capacity in which an administrator acts: which kind of contractor or body it is here. */
export type AssignmentRole =
  | 'AB_MAC'
  | 'ADVISOR'
  | 'BFCC_QIO'
  | 'CONTACT_CENTER'
  | 'DME_MAC'
  | 'ENROLLMENT'
  | 'FEDERAL_ADMINISTRATOR'
  | 'HHH_MAC'
  | 'INSURANCE_REGULATOR'
  | 'LEGISLATURE'
  | 'MA_ORGANIZATION'
  | 'MEDICAID_AGENCY'
  | 'MEDICAID_MCO'
  | 'MFCU'
  | 'OTHER'
  | 'OVERSIGHT'
  | 'PART_D_SPONSOR'
  | 'QIC'
  | 'QIN_QIO'
  | 'RECOVERY_AUDITOR'
  | 'SHIP'
  | 'SPECIALTY_MAC'
  | 'UPIC';

/** How sure the curators are of a fact: unverified facts are loaded only with a note on why. */
export type Confidence =
  | 'UNVERIFIED'
  | 'VERIFIED';

/**
 * Whether the assignment's jurisdiction covers all of the place asked about (FULL), or only
 * part of it (PARTIAL: a county-level fact inside a state, or a fact with an exclusion there).
 */
export type Coverage =
  | 'FULL'
  | 'PARTIAL';

/**
 * How two entities are related, read from the entity the answer is about (A) to the other (B).
 * Each stored relationship type reads "A TYPE B"; its passive form reads the same edge from the
 * other end. `relationships(types:)`, `paths` and `oversightChain` all use these names.
 */
export type Relation =
  /** A ACTS_UNDER B: A acts, by an administration fact, on the authority or contract of B. Derived from administration facts. */
  | 'ACTS_UNDER'
  /** A ADMINISTERED_BY B: B does a function, by an administration fact, for A (the passive of ADMINISTERS). Derived from administration facts. */
  | 'ADMINISTERED_BY'
  /** A ADMINISTERS B: A does a function, by an administration fact, for B. Derived from administration facts. */
  | 'ADMINISTERS'
  /** A ADVISED_BY B: B gives advice it is charged with by law or charter to A (the passive of ADVISES). */
  | 'ADVISED_BY'
  /** A ADVISES B: A gives advice it is charged with by law or charter to B. */
  | 'ADVISES'
  /** A APPOINTED_BY B: B appoints (nominates) the head or members of A (the passive of APPOINTS). */
  | 'APPOINTED_BY'
  /** A APPOINTS B: A appoints (nominates) the head or members of B. */
  | 'APPOINTS'
  /** A AUDITED_BY B: B audits A (the passive of AUDITS). */
  | 'AUDITED_BY'
  /** A AUDITS B: A audits B. */
  | 'AUDITS'
  /** A CERTIFIED_BY B: B certifies, after a survey, the program participation of A (the passive of CERTIFIES). */
  | 'CERTIFIED_BY'
  /** A CERTIFIES B: A certifies, after a survey, the program participation of B. */
  | 'CERTIFIES'
  /** A CONFIRMED_BY B: B gives advice and consent to the appointment of the head of A (the passive of CONFIRMS). */
  | 'CONFIRMED_BY'
  /** A CONFIRMS B: A gives advice and consent to the appointment of the head of B. */
  | 'CONFIRMS'
  /** A CONTRACTED_BY B: B buys services under contract from A (the passive of CONTRACTS_WITH). */
  | 'CONTRACTED_BY'
  /** A CONTRACTS_WITH B: A buys services under contract from B. */
  | 'CONTRACTS_WITH'
  /** A DELEGATED_BY B: B hands part of its own work to A (the passive of DELEGATES_TO). */
  | 'DELEGATED_BY'
  /** A DELEGATES_TO B: A hands part of its own work to B. */
  | 'DELEGATES_TO'
  /** A ENROLLED_BY B: B enrolls (people or providers) in A (the passive of ENROLLS). */
  | 'ENROLLED_BY'
  /** A ENROLLS B: A enrolls (people or providers) in B. */
  | 'ENROLLS'
  /** A FINANCED_BY B: B is the account that pays for A (the passive of FINANCES). */
  | 'FINANCED_BY'
  /** A FINANCES B: A is the account that pays for B. */
  | 'FINANCES'
  /** A FUNDED_BY B: B pays money to A (the passive of FUNDS). */
  | 'FUNDED_BY'
  /** A FUNDS B: A pays money to B. */
  | 'FUNDS'
  /** A HAS_AGENT B: B acts, by an administration fact, on the authority or contract of A (the passive of ACTS_UNDER). Derived from administration facts. */
  | 'HAS_AGENT'
  /** A HAS_PART B: B is a component or member of A (the passive of PART_OF). */
  | 'HAS_PART'
  /** A HAS_PARTICIPANT B: B takes part, as a provider or plan, in A (the passive of PARTICIPATES_IN). */
  | 'HAS_PARTICIPANT'
  /** A HOSTS B: B does the work of an administration fact in A (the passive of OPERATES_IN). Derived from administration facts. */
  | 'HOSTS'
  /** A LEGISLATED_BY B: B makes the laws of A (the passive of LEGISLATES_FOR). */
  | 'LEGISLATED_BY'
  /** A LEGISLATES_FOR B: A makes the laws of B. */
  | 'LEGISLATES_FOR'
  /** A LOBBIED_BY B: B advocates, for its members or a cause, to A (the passive of LOBBIES). */
  | 'LOBBIED_BY'
  /** A LOBBIES B: A advocates, for its members or a cause, to B. */
  | 'LOBBIES'
  /** A OPERATES_IN B: A does the work of an administration fact in B. Derived from administration facts. */
  | 'OPERATES_IN'
  /** A OVERSEEN_BY B: B has authority over and supervises A (the passive of OVERSEES). */
  | 'OVERSEEN_BY'
  /** A OVERSEES B: A has authority over and supervises B. */
  | 'OVERSEES'
  /** A PARENT_OF B: B is a company owned by A (the passive of SUBSIDIARY_OF). */
  | 'PARENT_OF'
  /** A PARTICIPATES_IN B: A takes part, as a provider or plan, in B. */
  | 'PARTICIPATES_IN'
  /** A PART_OF B: A is a component or member of B. */
  | 'PART_OF'
  /** A RECEIVES_CLAIMS_FROM B: B bills for services to A (the passive of SUBMITS_CLAIMS_TO). */
  | 'RECEIVES_CLAIMS_FROM'
  /** A RECEIVES_REPORTS_FROM B: B reports to A (the passive of REPORTS_TO). */
  | 'RECEIVES_REPORTS_FROM'
  /** A REPORTS_TO B: A reports to B. */
  | 'REPORTS_TO'
  /** The entity itself: the first step of an oversight chain. */
  | 'SELF'
  /** A SUBMITS_CLAIMS_TO B: A bills for services to B. */
  | 'SUBMITS_CLAIMS_TO'
  /** A SUBSIDIARY_OF B: A is a company owned by B. */
  | 'SUBSIDIARY_OF'
  /** A SUCCEEDED_BY B: A was replaced by B. */
  | 'SUCCEEDED_BY'
  /** A SUCCEEDS B: B was replaced by A (the passive of SUCCEEDED_BY). */
  | 'SUCCEEDS';

export type DashboardMapQueryVariables = Exact<{
  asOf: string;
}>;


export type DashboardMapQuery = { jurisdictions: Array<{ id: string, code: string, name: string, fips: string, medicareContractors: Array<{ role: AssignmentRole, coverage: Coverage | null, program:
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
      , administrator:
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
      , jurisdiction:
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
       | null }>, medicaidExpansion: { adopted: boolean, effective: string | null } | null, fmapRates: Array<{ fiscalYear: number, percent: number }>, ship:
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
     | null }> };

export type DashboardCountsQueryVariables = Exact<{
  asOf: string;
}>;


export type DashboardCountsQuery = { stats: { byJurisdiction: Array<{ id: string, count: number, byRole: Array<{ key: string, count: number }> }> } };

export type AssignmentFieldsFragment = { id: string, role: AssignmentRole, function: AdministrativeFunction, coverage: Coverage | null, validFrom: string | null, validTo: string | null, confidence: Confidence, note: string | null, program:
    | { id: string, name: string }
    | { id: string, name: string }
    | { id: string, name: string }
    | { id: string, name: string }
    | { id: string, name: string }
    | { id: string, name: string }
    | { id: string, name: string }
    | { id: string, name: string }
    | { id: string, name: string }
    | { id: string, name: string }
  , administrator:
    | { id: string, name: string, website: string | null, phone: string | null, contactSources: Array<{ title: string, url: string | null }> }
    | { id: string, name: string, website: string | null, phone: string | null, contactSources: Array<{ title: string, url: string | null }> }
    | { id: string, name: string, website: string | null, phone: string | null, contactSources: Array<{ title: string, url: string | null }> }
    | { id: string, name: string, website: string | null, phone: string | null, contactSources: Array<{ title: string, url: string | null }> }
    | { id: string, name: string, website: string | null, phone: string | null, contactSources: Array<{ title: string, url: string | null }> }
    | { id: string, name: string, website: string | null, phone: string | null, contactSources: Array<{ title: string, url: string | null }> }
    | { id: string, name: string, website: string | null, phone: string | null, contactSources: Array<{ title: string, url: string | null }> }
    | { id: string, name: string, website: string | null, phone: string | null, contactSources: Array<{ title: string, url: string | null }> }
    | { id: string, name: string, website: string | null, phone: string | null, contactSources: Array<{ title: string, url: string | null }> }
    | { id: string, name: string, website: string | null, phone: string | null, contactSources: Array<{ title: string, url: string | null }> }
  , jurisdiction:
    | { id: string, name: string }
    | { id: string, name: string }
    | { id: string, name: string }
    | { id: string, name: string }
    | { id: string, name: string }
    | { id: string, name: string }
    | { id: string, name: string }
    | { id: string, name: string }
    | { id: string, name: string }
    | { id: string, name: string }
   | null, principal:
    | { id: string, name: string }
    | { id: string, name: string }
    | { id: string, name: string }
    | { id: string, name: string }
    | { id: string, name: string }
    | { id: string, name: string }
    | { id: string, name: string }
    | { id: string, name: string }
    | { id: string, name: string }
    | { id: string, name: string }
   | null, sources: Array<{ id: string, title: string, publisher: string | null, url: string | null, date: string | null, dateKind: string | null }> };

export type SourceFieldsFragment = { id: string, title: string, publisher: string | null, url: string | null, date: string | null, dateKind: string | null };

export type StatePanelQueryVariables = Exact<{
  code: string;
  asOf: string;
}>;


export type StatePanelQuery = { jurisdiction: { id: string, code: string, name: string, medicaidExpansion: { adopted: boolean, effective: string | null, confidence: Confidence, sources: Array<{ id: string, title: string, publisher: string | null, url: string | null, date: string | null, dateKind: string | null }> } | null, fmapRates: Array<{ fiscalYear: number, percent: number, confidence: Confidence, note: string | null, sources: Array<{ id: string, title: string, publisher: string | null, url: string | null, date: string | null, dateKind: string | null }> }>, managedCareAbsence: { asOf: string, note: string | null, sources: Array<{ id: string, title: string, publisher: string | null, url: string | null, date: string | null, dateKind: string | null }> } | null } | null, medicare: Array<{ id: string, role: AssignmentRole, function: AdministrativeFunction, coverage: Coverage | null, validFrom: string | null, validTo: string | null, confidence: Confidence, note: string | null, program:
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
    , administrator:
      | { id: string, name: string, website: string | null, phone: string | null, contactSources: Array<{ title: string, url: string | null }> }
      | { id: string, name: string, website: string | null, phone: string | null, contactSources: Array<{ title: string, url: string | null }> }
      | { id: string, name: string, website: string | null, phone: string | null, contactSources: Array<{ title: string, url: string | null }> }
      | { id: string, name: string, website: string | null, phone: string | null, contactSources: Array<{ title: string, url: string | null }> }
      | { id: string, name: string, website: string | null, phone: string | null, contactSources: Array<{ title: string, url: string | null }> }
      | { id: string, name: string, website: string | null, phone: string | null, contactSources: Array<{ title: string, url: string | null }> }
      | { id: string, name: string, website: string | null, phone: string | null, contactSources: Array<{ title: string, url: string | null }> }
      | { id: string, name: string, website: string | null, phone: string | null, contactSources: Array<{ title: string, url: string | null }> }
      | { id: string, name: string, website: string | null, phone: string | null, contactSources: Array<{ title: string, url: string | null }> }
      | { id: string, name: string, website: string | null, phone: string | null, contactSources: Array<{ title: string, url: string | null }> }
    , jurisdiction:
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
     | null, principal:
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
     | null, sources: Array<{ id: string, title: string, publisher: string | null, url: string | null, date: string | null, dateKind: string | null }> }>, medicaid: Array<{ id: string, role: AssignmentRole, function: AdministrativeFunction, coverage: Coverage | null, validFrom: string | null, validTo: string | null, confidence: Confidence, note: string | null, program:
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
    , administrator:
      | { id: string, name: string, website: string | null, phone: string | null, contactSources: Array<{ title: string, url: string | null }> }
      | { id: string, name: string, website: string | null, phone: string | null, contactSources: Array<{ title: string, url: string | null }> }
      | { id: string, name: string, website: string | null, phone: string | null, contactSources: Array<{ title: string, url: string | null }> }
      | { id: string, name: string, website: string | null, phone: string | null, contactSources: Array<{ title: string, url: string | null }> }
      | { id: string, name: string, website: string | null, phone: string | null, contactSources: Array<{ title: string, url: string | null }> }
      | { id: string, name: string, website: string | null, phone: string | null, contactSources: Array<{ title: string, url: string | null }> }
      | { id: string, name: string, website: string | null, phone: string | null, contactSources: Array<{ title: string, url: string | null }> }
      | { id: string, name: string, website: string | null, phone: string | null, contactSources: Array<{ title: string, url: string | null }> }
      | { id: string, name: string, website: string | null, phone: string | null, contactSources: Array<{ title: string, url: string | null }> }
      | { id: string, name: string, website: string | null, phone: string | null, contactSources: Array<{ title: string, url: string | null }> }
    , jurisdiction:
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
     | null, principal:
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
     | null, sources: Array<{ id: string, title: string, publisher: string | null, url: string | null, date: string | null, dateKind: string | null }> }> };

export type ZipPanelQueryVariables = Exact<{
  zip: string;
  asOf: string;
}>;


export type ZipPanelQuery = { medicare: Array<{ id: string, role: AssignmentRole, function: AdministrativeFunction, coverage: Coverage | null, validFrom: string | null, validTo: string | null, confidence: Confidence, note: string | null, program:
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
    , administrator:
      | { id: string, name: string, website: string | null, phone: string | null, contactSources: Array<{ title: string, url: string | null }> }
      | { id: string, name: string, website: string | null, phone: string | null, contactSources: Array<{ title: string, url: string | null }> }
      | { id: string, name: string, website: string | null, phone: string | null, contactSources: Array<{ title: string, url: string | null }> }
      | { id: string, name: string, website: string | null, phone: string | null, contactSources: Array<{ title: string, url: string | null }> }
      | { id: string, name: string, website: string | null, phone: string | null, contactSources: Array<{ title: string, url: string | null }> }
      | { id: string, name: string, website: string | null, phone: string | null, contactSources: Array<{ title: string, url: string | null }> }
      | { id: string, name: string, website: string | null, phone: string | null, contactSources: Array<{ title: string, url: string | null }> }
      | { id: string, name: string, website: string | null, phone: string | null, contactSources: Array<{ title: string, url: string | null }> }
      | { id: string, name: string, website: string | null, phone: string | null, contactSources: Array<{ title: string, url: string | null }> }
      | { id: string, name: string, website: string | null, phone: string | null, contactSources: Array<{ title: string, url: string | null }> }
    , jurisdiction:
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
     | null, principal:
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
     | null, sources: Array<{ id: string, title: string, publisher: string | null, url: string | null, date: string | null, dateKind: string | null }> }>, medicaid: Array<{ id: string, role: AssignmentRole, function: AdministrativeFunction, coverage: Coverage | null, validFrom: string | null, validTo: string | null, confidence: Confidence, note: string | null, program:
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
    , administrator:
      | { id: string, name: string, website: string | null, phone: string | null, contactSources: Array<{ title: string, url: string | null }> }
      | { id: string, name: string, website: string | null, phone: string | null, contactSources: Array<{ title: string, url: string | null }> }
      | { id: string, name: string, website: string | null, phone: string | null, contactSources: Array<{ title: string, url: string | null }> }
      | { id: string, name: string, website: string | null, phone: string | null, contactSources: Array<{ title: string, url: string | null }> }
      | { id: string, name: string, website: string | null, phone: string | null, contactSources: Array<{ title: string, url: string | null }> }
      | { id: string, name: string, website: string | null, phone: string | null, contactSources: Array<{ title: string, url: string | null }> }
      | { id: string, name: string, website: string | null, phone: string | null, contactSources: Array<{ title: string, url: string | null }> }
      | { id: string, name: string, website: string | null, phone: string | null, contactSources: Array<{ title: string, url: string | null }> }
      | { id: string, name: string, website: string | null, phone: string | null, contactSources: Array<{ title: string, url: string | null }> }
      | { id: string, name: string, website: string | null, phone: string | null, contactSources: Array<{ title: string, url: string | null }> }
    , jurisdiction:
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
     | null, principal:
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
     | null, sources: Array<{ id: string, title: string, publisher: string | null, url: string | null, date: string | null, dateKind: string | null }> }> };

export type OversightChainQueryVariables = Exact<{
  id: string | number;
  asOf?: string | null | undefined;
}>;


export type OversightChainQuery = { oversightChain: Array<{ relation: Relation, entity:
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
     }> };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const AssignmentFieldsFragmentDoc = new TypedDocumentString(`
    fragment AssignmentFields on Assignment {
  id
  role
  function
  coverage
  validFrom
  validTo
  confidence
  note
  program {
    id
    name
  }
  administrator {
    id
    name
    website
    phone
    contactSources {
      title
      url
    }
  }
  jurisdiction {
    id
    name
  }
  principal {
    id
    name
  }
  sources {
    id
    title
    publisher
    url
    date
    dateKind
  }
}
    `, {"fragmentName":"AssignmentFields"}) as unknown as TypedDocumentString<AssignmentFieldsFragment, unknown>;
export const SourceFieldsFragmentDoc = new TypedDocumentString(`
    fragment SourceFields on Source {
  id
  title
  publisher
  url
  date
  dateKind
}
    `, {"fragmentName":"SourceFields"}) as unknown as TypedDocumentString<SourceFieldsFragment, unknown>;
export const DashboardMapDocument = new TypedDocumentString(`
    query DashboardMap($asOf: Date!) {
  jurisdictions {
    id
    code
    name
    fips
    medicareContractors(asOf: $asOf) {
      role
      coverage
      program {
        id
      }
      administrator {
        id
        name
      }
      jurisdiction {
        id
        name
      }
    }
    medicaidExpansion {
      adopted
      effective
    }
    fmapRates {
      fiscalYear
      percent
    }
    ship {
      id
      name
    }
  }
}
    `, {"hash":"sha256:087f13397190acc7f88ba57195e9d583e620c76a80de050808686102247e5624"}) as unknown as TypedDocumentString<DashboardMapQuery, DashboardMapQueryVariables>;
export const DashboardCountsDocument = new TypedDocumentString(`
    query DashboardCounts($asOf: Date!) {
  stats(asOf: $asOf) {
    byJurisdiction {
      id
      count
      byRole {
        key
        count
      }
    }
  }
}
    `, {"hash":"sha256:c0521d4e302ce7006b13aaa2aadc9d84800046ca96a8d63a1fa824bad5dfe99f"}) as unknown as TypedDocumentString<DashboardCountsQuery, DashboardCountsQueryVariables>;
export const StatePanelDocument = new TypedDocumentString(`
    query StatePanel($code: String!, $asOf: Date!) {
  jurisdiction(code: $code) {
    id
    code
    name
    medicaidExpansion {
      adopted
      effective
      confidence
      sources {
        ...SourceFields
      }
    }
    fmapRates {
      fiscalYear
      percent
      confidence
      note
      sources {
        ...SourceFields
      }
    }
    managedCareAbsence {
      asOf
      note
      sources {
        ...SourceFields
      }
    }
  }
  medicare: whoAdministers(program: "program:medicare", state: $code, asOf: $asOf) {
    ...AssignmentFields
  }
  medicaid: whoAdministers(program: "program:medicaid", state: $code, asOf: $asOf) {
    ...AssignmentFields
  }
}
    fragment AssignmentFields on Assignment {
  id
  role
  function
  coverage
  validFrom
  validTo
  confidence
  note
  program {
    id
    name
  }
  administrator {
    id
    name
    website
    phone
    contactSources {
      title
      url
    }
  }
  jurisdiction {
    id
    name
  }
  principal {
    id
    name
  }
  sources {
    id
    title
    publisher
    url
    date
    dateKind
  }
}
fragment SourceFields on Source {
  id
  title
  publisher
  url
  date
  dateKind
}`, {"hash":"sha256:e0dee41534f132ac633e91c3e39b3fc618c79f4cf37035016b33bb89dafa9a0a"}) as unknown as TypedDocumentString<StatePanelQuery, StatePanelQueryVariables>;
export const ZipPanelDocument = new TypedDocumentString(`
    query ZipPanel($zip: String!, $asOf: Date!) {
  medicare: whoAdministers(program: "program:medicare", zip: $zip, asOf: $asOf) {
    ...AssignmentFields
  }
  medicaid: whoAdministers(program: "program:medicaid", zip: $zip, asOf: $asOf) {
    ...AssignmentFields
  }
}
    fragment AssignmentFields on Assignment {
  id
  role
  function
  coverage
  validFrom
  validTo
  confidence
  note
  program {
    id
    name
  }
  administrator {
    id
    name
    website
    phone
    contactSources {
      title
      url
    }
  }
  jurisdiction {
    id
    name
  }
  principal {
    id
    name
  }
  sources {
    id
    title
    publisher
    url
    date
    dateKind
  }
}`, {"hash":"sha256:53ee55c74a2f241183cb35c0130bb55af8c51b6411a14790fc7ea985b36d3df2"}) as unknown as TypedDocumentString<ZipPanelQuery, ZipPanelQueryVariables>;
export const OversightChainDocument = new TypedDocumentString(`
    query OversightChain($id: ID!, $asOf: Date) {
  oversightChain(id: $id, asOf: $asOf) {
    relation
    entity {
      id
      name
    }
  }
}
    `, {"hash":"sha256:2b045d6bce8e4082df37d8141463a31b2d9002576f69ef7218516b7c0c915470"}) as unknown as TypedDocumentString<OversightChainQuery, OversightChainQueryVariables>;