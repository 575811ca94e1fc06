import type { ParseResult, Row } from '../kind.js';
import { parentOrganizationId } from '../../domain/parentOrganizations.js';
import {
  parseContractId,
  parseCountyCode,
  parseEnrollment,
  parseMark,
  parsePlanId,
  parseReportedCount,
  parseStateCode,
  parseStateName,
  parseUsDate,
  parseYear,
  parseYesNo,
  type Cell,
} from './cmsValues.js';

/**
 * Row parsers of the four plan files. Each kind has one table from its file's exact column
 * names to record fields; the header check reads the same table, so the two cannot drift.
 * An array lists the spellings CMS has used for one column.
 */

class RowError extends Error {}

/** Unwraps a cell or stops the row with the cell's reason. */
function need<T>(cell: Cell<T>): T {
  if (!cell.ok) throw new RowError(cell.reason);
  return cell.value;
}

function parsed<R>(build: () => R): ParseResult<R> {
  try {
    return { ok: true, record: build() };
  } catch (error) {
    if (error instanceof RowError) return { ok: false, reason: error.message };
    throw error;
  }
}

const text = (v: string): string | null => (v.trim() === '' ? null : v.trim());

// ---------------------------------------------------------------- ma-contracts (CPSC Contract Info)

export const CONTRACT_INFO_COLUMNS = {
  contract: 'Contract ID',
  plan: 'Plan ID',
  organizationType: 'Organization Type',
  planType: 'Plan Type',
  offersPartD: 'Offers Part D',
  snp: 'SNP Plan',
  eghp: 'EGHP',
  organizationName: 'Organization Name',
  marketingName: 'Organization Marketing Name',
  planName: 'Plan Name',
  parent: 'Parent Organization',
  effectiveDate: 'Contract Effective Date',
} as const;

export interface ContractInfoRecord {
  contractNumber: string;
  /** Null on a contract-level row. */
  planId: string | null;
  organizationType: string | null;
  planType: string | null;
  offersPartD: boolean;
  snp: boolean;
  eghp: boolean;
  organizationName: string | null;
  marketingName: string | null;
  planName: string | null;
  parentName: string | null;
  parentId: string | null;
  effectiveDate: string | null;
}

export function parseContractInfoRow(row: Row): ParseResult<ContractInfoRecord> {
  const c = CONTRACT_INFO_COLUMNS;
  return parsed(() => {
    const parentName = text(row.get(c.parent));
    return {
      contractNumber: need(parseContractId(row.get(c.contract))),
      planId: need(parsePlanId(row.get(c.plan), { allowEmpty: true })),
      organizationType: text(row.get(c.organizationType)),
      planType: text(row.get(c.planType)),
      offersPartD: need(parseYesNo(row.get(c.offersPartD), c.offersPartD)),
      snp: need(parseYesNo(row.get(c.snp), c.snp)),
      eghp: need(parseYesNo(row.get(c.eghp), c.eghp)),
      organizationName: text(row.get(c.organizationName)),
      marketingName: text(row.get(c.marketingName)),
      planName: text(row.get(c.planName)),
      parentName,
      parentId: parentOrganizationId(parentName),
      effectiveDate: need(parseUsDate(row.get(c.effectiveDate), c.effectiveDate)),
    };
  });
}

// ---------------------------------------------------------------- ma-enrollment (CPSC Enrollment Info)

export const ENROLLMENT_INFO_COLUMNS = {
  contract: 'Contract Number',
  plan: 'Plan ID',
  ssa: 'SSA State County Code',
  fips: 'FIPS State County Code',
  state: 'State',
  county: 'County',
  enrollment: 'Enrollment',
} as const;

export interface EnrollmentInfoRecord {
  contractNumber: string;
  planId: string;
  ssa: string | null;
  /** Null for enrollees outside the plan's area or of unknown residence. */
  fips: string | null;
  state: string | null;
  county: string | null;
  enrollment: number | null;
  suppressed: boolean;
}

export function parseEnrollmentInfoRow(row: Row): ParseResult<EnrollmentInfoRecord> {
  const c = ENROLLMENT_INFO_COLUMNS;
  return parsed(() => {
    const fips = need(parseCountyCode(row.get(c.fips), 'FIPS code'));
    const state = need(parseStateCode(row.get(c.state)));
    if (fips !== null && state === null) throw new RowError(`FIPS code ${fips} has no state`);
    const e = need(parseEnrollment(row.get(c.enrollment)));
    return {
      contractNumber: need(parseContractId(row.get(c.contract))),
      planId: need(parsePlanId(row.get(c.plan), { allowEmpty: false }))!,
      ssa: need(parseCountyCode(row.get(c.ssa), 'SSA code')),
      fips,
      state,
      county: text(row.get(c.county)),
      enrollment: e.count,
      suppressed: e.suppressed,
    };
  });
}

// ---------------------------------------------------------------- ma-service-area (MA_Cnty_SA)

export const SERVICE_AREA_COLUMNS = {
  contract: 'Contract ID',
  organizationName: 'Organization Name',
  organizationType: 'Organization Type',
  planType: 'Plan Type',
  partial: 'Partial',
  eghp: 'EGHP',
  ssa: ['SSA Code', 'SSA', 'SSA_CODE'],
  fips: ['FIPS Code', 'FIPS', 'FIPS_CODE'],
  county: 'County',
  state: ['State', 'STCD'],
  notes: 'Notes',
} as const;

/** How the framework's Row names a column given as alternatives: by its first spelling. */
const first = (spec: string | readonly string[]): string => (typeof spec === 'string' ? spec : spec[0]!);

export interface ServiceAreaRecord {
  contractNumber: string;
  organizationName: string | null;
  organizationType: string | null;
  planType: string | null;
  partial: boolean;
  eghp: boolean;
  ssa: string | null;
  fips: string;
  county: string | null;
  state: string;
  notes: string | null;
}

export function parseServiceAreaRow(row: Row): ParseResult<ServiceAreaRecord> {
  const c = SERVICE_AREA_COLUMNS;
  return parsed(() => {
    const contractNumber = need(parseContractId(row.get(c.contract)));
    const fips = need(parseCountyCode(row.get(first(c.fips)), 'FIPS code'));
    if (fips === null) throw new RowError('FIPS code is empty: the row names no county');
    const state = need(parseStateCode(row.get(first(c.state))));
    if (state === null) throw new RowError('state is empty');
    return {
      contractNumber,
      organizationName: text(row.get(c.organizationName)),
      organizationType: text(row.get(c.organizationType)),
      planType: text(row.get(c.planType)),
      partial: need(parseMark(row.get(c.partial), c.partial)),
      eghp: need(parseMark(row.get(c.eghp), c.eghp)),
      ssa: need(parseCountyCode(row.get(first(c.ssa)), 'SSA code')),
      fips,
      county: text(row.get(c.county)),
      state,
      notes: text(row.get(c.notes)),
    };
  });
}

// ---------------------------------------------------------------- medicaid-managed-care (table 4)

export const MEDICAID_PLAN_COLUMNS = {
  state: 'State',
  notes: 'Notes',
  program: 'Program Name',
  plan: 'Plan Name',
  region: 'Geographic Region',
  medicaidOnly: 'Medicaid-Only Enrollment',
  dual: 'Dual Enrollment',
  total: 'Total Enrollment',
  year: 'Year',
  parent: 'Parent Organization',
} as const;

export interface MedicaidPlanRecord {
  state: string;
  notes: string | null;
  programName: string;
  planName: string;
  region: string | null;
  medicaidOnly: number | null;
  dual: number | null;
  total: number | null;
  year: number;
  parentName: string | null;
  parentId: string | null;
}

export function parseMedicaidPlanRow(row: Row): ParseResult<MedicaidPlanRecord> {
  const c = MEDICAID_PLAN_COLUMNS;
  return parsed(() => {
    const state = need(parseStateName(row.get(c.state)));
    const programName = text(row.get(c.program));
    const planName = text(row.get(c.plan));
    if (!programName) throw new RowError('program name is empty');
    if (!planName) throw new RowError('plan name is empty');
    const parentName = text(row.get(c.parent));
    return {
      state,
      notes: text(row.get(c.notes)),
      programName,
      planName,
      region: text(row.get(c.region)),
      medicaidOnly: need(parseReportedCount(row.get(c.medicaidOnly), c.medicaidOnly)),
      dual: need(parseReportedCount(row.get(c.dual), c.dual)),
      total: need(parseReportedCount(row.get(c.total), c.total)),
      year: need(parseYear(row.get(c.year))),
      parentName,
      parentId: parentOrganizationId(parentName),
    };
  });
}
