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


export type OversightChainQuery = { oversightChain: Array<{ relation: string, entity:
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
}`, {"hash":"sha256:e604f44e5539ea246a972ec891837ae6cd38859d0d5b3257d0272b8ca9ad2ee6"}) as unknown as TypedDocumentString<StatePanelQuery, StatePanelQueryVariables>;
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
}`, {"hash":"sha256:721d6ce06c4ce62fdfba188822ac8a449ba1334c7ebac5de00160f371138139c"}) as unknown as TypedDocumentString<ZipPanelQuery, ZipPanelQueryVariables>;
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