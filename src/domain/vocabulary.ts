/** The closed vocabularies shared by the seed files and the API; the SDL enums mirror them (a unit test checks). */
export const ENTITY_KINDS = [
  'NATION',
  'STATE',
  'DISTRICT',
  'TERRITORY',
  'COUNTY',
  'REGION',
  'LEGISLATURE',
  'COMMITTEE',
  'FEDERAL_AGENCY',
  'AGENCY_COMPONENT',
  'STATE_AGENCY',
  'ADVISORY_COMMISSION',
  'BOARD',
  'TRUST_FUND',
  'PROGRAM',
  'CONTRACTOR',
  'MANAGED_CARE_ORGANIZATION',
  'HEALTH_PLAN_COMPANY',
  'COUNSELING_PROGRAM',
  'ADVOCACY_GROUP',
  'PROFESSIONAL_ASSOCIATION',
  'PROVIDER_TYPE',
  'ORGANIZATION_TYPE',
  'POPULATION',
  'MEDICARE_CONTRACT',
  'EXECUTIVE',
] as const;

export const PLACE_KINDS = ['NATION', 'STATE', 'DISTRICT', 'TERRITORY', 'COUNTY', 'REGION'] as const;
export const JURISDICTION_KINDS = ['STATE', 'DISTRICT', 'TERRITORY'] as const;

export const RELATIONSHIP_TYPES = [
  'PART_OF',
  'OVERSEES',
  'DELEGATES_TO',
  'CONTRACTS_WITH',
  'FUNDS',
  'ADVISES',
  'LEGISLATES_FOR',
  'APPOINTS',
  'SUBSIDIARY_OF',
  'SUCCEEDED_BY',
  'PARTICIPATES_IN',
  'AUDITS',
  'REPORTS_TO',
  'FINANCES',
  'ENROLLS',
  'LOBBIES',
  'CONFIRMS',
  'CERTIFIES',
  'SUBMITS_CLAIMS_TO',
] as const;

/** Relationships the loader derives from each assignment, so paths and chains can follow them. */
export const DERIVED_RELATIONSHIP_TYPES = ['ADMINISTERS', 'ACTS_UNDER', 'OPERATES_IN'] as const;

export const FUNCTIONS = [
  'POLICY_SETTING',
  'PROGRAM_OVERSIGHT',
  'FUNDING',
  'CLAIMS_PROCESSING',
  'ELIGIBILITY_DETERMINATION',
  'BENEFICIARY_ENROLLMENT',
  'PAYMENT_RATE_SETTING',
  'PROGRAM_INTEGRITY',
  'APPEALS',
  'MANAGED_CARE',
  'PLAN_SPONSORSHIP',
  'COUNSELING',
  'QUALITY_IMPROVEMENT',
  'CUSTOMER_SERVICE',
  'LEGISLATION',
  'ADVISORY',
] as const;

export const ROLES = [
  'AB_MAC',
  'DME_MAC',
  'HHH_MAC',
  'SPECIALTY_MAC',
  'RECOVERY_AUDITOR',
  'UPIC',
  'QIC',
  'BFCC_QIO',
  'QIN_QIO',
  'CONTACT_CENTER',
  'MEDICAID_AGENCY',
  'MEDICAID_MCO',
  'SHIP',
  'MA_ORGANIZATION',
  'PART_D_SPONSOR',
  'FEDERAL_ADMINISTRATOR',
  'ENROLLMENT',
  'LEGISLATURE',
  'ADVISOR',
  'OVERSIGHT',
  'OTHER',
  'MFCU',
  'INSURANCE_REGULATOR',
] as const;

export const MEDICARE_CONTRACTOR_ROLES = [
  'AB_MAC',
  'DME_MAC',
  'HHH_MAC',
  'SPECIALTY_MAC',
  'RECOVERY_AUDITOR',
  'UPIC',
  'QIC',
  'BFCC_QIO',
  'QIN_QIO',
  'CONTACT_CENTER',
] as const;

export type EntityKind = (typeof ENTITY_KINDS)[number];
export type RelationshipType = (typeof RELATIONSHIP_TYPES)[number];
export type AdministrativeFunction = (typeof FUNCTIONS)[number];
export type Role = (typeof ROLES)[number];
