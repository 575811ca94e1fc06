/**
 * The words people use for a kind of body rather than its name: "Medicare Administrative
 * Contractor", "MAC", "QIO", "advocacy group", "HMO". The loader stores them on each entity
 * (kindText) from its kind and the roles it holds in administration facts, and the full-text
 * index searches them after names and aliases. They name the category, not a claim about the
 * body: a Medicare Advantage organization is found by "HMO" because that is the category's word.
 */
const KIND_WORDS: Record<string, string> = {
  NATION: 'nation country',
  STATE: 'state',
  DISTRICT: 'district',
  TERRITORY: 'territory',
  COUNTY: 'county',
  REGION: 'region jurisdiction',
  LEGISLATURE: 'legislature legislative body lawmakers',
  COMMITTEE: 'committee',
  FEDERAL_AGENCY: 'federal agency',
  AGENCY_COMPONENT: 'agency component office center',
  STATE_AGENCY: 'state agency',
  ADVISORY_COMMISSION: 'advisory commission',
  BOARD: 'board',
  TRUST_FUND: 'trust fund',
  PROGRAM: 'program',
  CONTRACTOR: 'contractor',
  MANAGED_CARE_ORGANIZATION: 'managed care organization MCO health plan HMO',
  HEALTH_PLAN_COMPANY: 'health plan company insurer insurance company',
  COUNSELING_PROGRAM: 'counseling program',
  ADVOCACY_GROUP: 'advocacy group advocate consumer organization',
  PROFESSIONAL_ASSOCIATION: 'professional association trade association',
  PROVIDER_TYPE: 'provider type healthcare provider',
  ORGANIZATION_TYPE: 'organization type',
  POPULATION: 'population beneficiaries',
  EXECUTIVE: 'executive president',
};

const ROLE_WORDS: Record<string, string> = {
  AB_MAC: 'Medicare Administrative Contractor MAC A/B MAC',
  DME_MAC: 'Medicare Administrative Contractor MAC DME MAC durable medical equipment',
  HHH_MAC: 'Medicare Administrative Contractor MAC home health hospice',
  SPECIALTY_MAC: 'Medicare Administrative Contractor MAC',
  RECOVERY_AUDITOR: 'Recovery Audit Contractor RAC recovery auditor',
  UPIC: 'Unified Program Integrity Contractor UPIC',
  QIC: 'Qualified Independent Contractor QIC appeals',
  BFCC_QIO: 'Quality Improvement Organization QIO BFCC-QIO Beneficiary and Family Centered Care',
  QIN_QIO: 'Quality Improvement Organization QIO QIN-QIO Quality Innovation Network',
  CONTACT_CENTER: 'contact center call center customer service',
  MEDICAID_AGENCY: 'state Medicaid agency',
  MEDICAID_MCO: 'Medicaid managed care organization MCO',
  SHIP: 'State Health Insurance Assistance Program SHIP counseling',
  MA_ORGANIZATION: 'Medicare Advantage organization MA plan HMO PPO',
  PART_D_SPONSOR: 'Part D sponsor prescription drug plan PDP',
};

/** The text indexed as kindText: the kind's words, then each role's words once, in a stable order. */
export function kindText(kind: string, roles: Iterable<string> = []): string {
  const parts = [KIND_WORDS[kind] ?? kind.toLowerCase().replace(/_/g, ' ')];
  for (const role of [...new Set(roles)].sort()) {
    const words = ROLE_WORDS[role];
    if (words) parts.push(words);
  }
  return parts.join(' | ');
}
