import type { EntityRecord } from './records.js';

/** Records of Medicare contracts and Medicaid plans, from the repositories to the resolvers. */

export interface ContractRecord extends EntityRecord {
  contractNumber: string;
  organizationName: string | null;
  marketingName: string | null;
  organizationType: string | null;
  effectiveDate: string | null;
  parentId: string | null;
}

export interface MedicarePlanRecord {
  id: string;
  planId: string;
  name: string | null;
  planType: string | null;
  offersPartD: boolean;
  snp: boolean;
  eghp: boolean;
  sources: string[];
}

export interface ServiceAreaCountyRecord {
  fips: string;
  countyId: string;
  countyName: string | null;
  state: string | null;
  partial: boolean;
  eghp: boolean;
  validFrom: string | null;
  validTo: string | null;
  sources: string[];
}

export interface MedicareEnrollmentRecord {
  placeId: string | null;
  fips: string | null;
  enrollment: number | null;
  suppressed: boolean;
  asOf: string;
  sources: string[];
}

export interface MaEntryRecord {
  contractId: string;
  enrollment: number | null;
  suppressed: boolean;
  asOf: string;
  coverage: 'FULL' | 'PARTIAL' | null;
}

export interface MedicaidPlanEnrollmentRecord {
  year: number;
  stateId: string | null;
  programName: string;
  region: string | null;
  medicaidOnly: number | null;
  dual: number | null;
  total: number | null;
  note: string | null;
  sources: string[];
}
