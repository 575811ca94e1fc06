import type { QueryRunner } from '../../db/database.js';
import { contractEntityId, rollUpEnrollment } from '../../domain/medicareAdvantage.js';
import type { ImportKind } from '../kind.js';
import { releaseDateFromMonthlyName } from '../plans/cmsValues.js';
import {
  contractsEnrolledAt,
  latestEnrollmentDate,
  MERGE_CONTRACT_ENROLLMENT,
  MERGE_CONTRACTS,
  MERGE_PLAN_ENROLLMENT,
  planCountsOfContracts,
  RETIRE_OLDER_SORT_KEYS,
} from '../plans/planImportRepository.js';
import { ENROLLMENT_INFO_COLUMNS, parseEnrollmentInfoRow, type EnrollmentInfoRecord } from '../plans/rowParsers.js';
import { CPSC_SOURCE, SYNTH_COUNTIES, synthContractNumber } from '../plans/synthPlans.js';

const ORIGIN = 'import:ma-enrollment';
/** Contracts rolled up per round trip in finish: a large contract has tens of thousands of plan-county rows. */
const ROLL_UP_CONTRACTS = 50;

/** CPSC_Enrollment_Info_YYYY_MM.csv: enrollment per contract, plan and county of residence. */
export const maEnrollment: ImportKind<EnrollmentInfoRecord> = {
  name: 'ma-enrollment',
  description: 'MA / Part D enrollment by contract, plan, state and county (CMS CPSC_Enrollment_Info_YYYY_MM.csv); * stays null',
  requiredColumns: Object.values(ENROLLMENT_INFO_COLUMNS),
  source: { ...CPSC_SOURCE, title: 'CMS Monthly Enrollment by Contract/Plan/State/County: enrollment' },
  encoding: 'latin1',
  batchSize: 5000,
  releaseDateFromName: releaseDateFromMonthlyName,
  parse: (row) => parseEnrollmentInfoRow(row),

  async writeBatch(tx: QueryRunner, records, ctx) {
    const params = { sourceId: ctx.sourceId, releaseDate: ctx.releaseDate, origin: ORIGIN };
    const contracts = [...new Set(records.map((r) => r.contractNumber))].map((n) => ({
      id: contractEntityId(n),
      contractNumber: n,
      name: n,
      organizationName: null,
      organizationType: null,
      marketingName: null,
      effectiveDate: null,
      parentName: null,
      authoritative: false,
    }));
    await tx.write(MERGE_CONTRACTS, { ...params, rows: contracts });
    const rows = records.map((r) => ({
      id: `pe|${r.contractNumber}|${r.planId}|${r.fips ?? (r.ssa ? `ssa:${r.ssa}` : '-')}|${ctx.releaseDate}`,
      contractId: r.contractNumber,
      planId: r.planId,
      fips: r.fips,
      ssa: r.ssa,
      state: r.state,
      county: r.county,
      enrollment: r.enrollment,
      suppressed: r.suppressed,
    }));
    await tx.write(MERGE_PLAN_ENROLLMENT, { ...params, rows });
    return records.length;
  },

  /** Rolls plan counts up to contract per county, state and total; the newest file's become the listed ones. */
  async finish(db, ctx) {
    const latest = await latestEnrollmentDate(db);
    const current = latest === null || ctx.releaseDate >= latest;
    const contracts = await contractsEnrolledAt(db, ctx.releaseDate);
    let facts = 0;
    for (let i = 0; i < contracts.length; i += ROLL_UP_CONTRACTS) {
      const counts = await planCountsOfContracts(db, contracts.slice(i, i + ROLL_UP_CONTRACTS), ctx.releaseDate);
      const rows = rollUpEnrollment(counts, ctx.releaseDate);
      await db.write(MERGE_CONTRACT_ENROLLMENT, { rows, current, sourceId: ctx.sourceId, releaseDate: ctx.releaseDate, origin: ORIGIN });
      facts += rows.length;
    }
    let retired = 0;
    if (current) retired = (await db.write<{ retired: number }>(RETIRE_OLDER_SORT_KEYS, { releaseDate: ctx.releaseDate }))[0]?.retired ?? 0;
    return { contracts: contracts.length, enrollmentFacts: facts, olderFactsUnlisted: retired };
  },

  synth(n, rng) {
    return {
      header: Object.values(ENROLLMENT_INFO_COLUMNS),
      rows: (function* () {
        for (let i = 0; i < n; i++) {
          const [fips, state, county] = SYNTH_COUNTIES[i % SYNTH_COUNTIES.length]!;
          const contract = synthContractNumber(Math.floor(i / (SYNTH_COUNTIES.length * 4)), rng);
          const plan = String((Math.floor(i / SYNTH_COUNTIES.length) % 4) + 1).padStart(3, '0');
          const r = rng();
          const enrollment = r < 0.3 ? '*' : Math.floor(11 + rng() * 50000).toLocaleString('en-US');
          yield i % 97 === 96
            ? [contract, plan, '', '', '', '', '*']
            : [contract, plan, `${fips.slice(0, 2)}${fips.slice(2)}`, fips, state, county, enrollment];
        }
      })(),
    };
  },
};
