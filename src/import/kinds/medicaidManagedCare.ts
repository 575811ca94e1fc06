import type { QueryRunner } from '../../db/database.js';
import { organizationSlug } from '../../domain/parentOrganizations.js';
import type { ImportKind } from '../kind.js';
import {
  END_MEDICAID_ASSIGNMENTS,
  LAST_MEDICAID_YEAR,
  LINK_PARENTS,
  MERGE_MEDICAID_ASSIGNMENTS,
  MERGE_MEDICAID_ENROLLMENT,
  MERGE_MEDICAID_PLANS,
  MERGE_PARENTS,
} from '../plans/planImportRepository.js';
import { MEDICAID_PLAN_COLUMNS, parseMedicaidPlanRow, type MedicaidPlanRecord } from '../plans/rowParsers.js';
import { synthParent } from '../plans/synthPlans.js';

const ORIGIN = 'import:medicaid-managed-care';

/** The plan as an organization of its state: the same plan name in two states is two plans. */
export function medicaidPlanId(state: string, planName: string): string {
  return `org:mco-${state.toLowerCase()}-${organizationSlug(planName)}`;
}

/** "...-by-program-and-plan2024-table4.csv" states the newest year; its report is as of July 1. */
export function releaseDateOfMedicaidTable(fileName: string): string | null {
  const m = /(\d{4})-table4\.csv$/i.exec(fileName);
  return m ? `${m[1]}-07-01` : null;
}

/** Medicaid Managed Care Enrollment by Program and Plan (Medicaid.gov, annual, all years in one table). */
export const medicaidManagedCare: ImportKind<MedicaidPlanRecord> = {
  name: 'medicaid-managed-care',
  description: 'Medicaid managed care plans by state program, with parent organization and enrollment per year (Medicaid.gov table 4)',
  requiredColumns: Object.values(MEDICAID_PLAN_COLUMNS),
  source: {
    title: 'Medicaid Managed Care Enrollment by Program and Plan',
    publisher: 'Centers for Medicare & Medicaid Services (Medicaid.gov)',
    url: 'https://data.medicaid.gov/dataset/0bef7b8a-c663-5b14-9a46-0b5c2b86b0fe',
  },
  encoding: 'utf8',
  batchSize: 2000,
  releaseDateFromName: releaseDateOfMedicaidTable,
  parse: (row) => parseMedicaidPlanRow(row),

  async writeBatch(tx: QueryRunner, records, ctx) {
    const params = { sourceId: ctx.sourceId, releaseDate: ctx.releaseDate, dayBefore: ctx.releaseDate, origin: ORIGIN };
    const plans = new Map<string, MedicaidPlanRecord>();
    // A plan's parent is the one its newest year names (plans change hands: WellCare's became Centene's).
    for (const r of records) {
      const id = medicaidPlanId(r.state, r.planName);
      const seen = plans.get(id);
      if (!seen || r.year >= seen.year) plans.set(id, r);
    }
    await tx.write(MERGE_MEDICAID_PLANS, {
      ...params,
      rows: [...plans].map(([id, r]) => ({ id, name: r.planName, stateId: `state:${r.state}` })),
    });
    const parents = new Map<string, string>();
    for (const r of plans.values()) if (r.parentId && r.parentName) parents.set(r.parentId, r.parentName);
    await tx.write(MERGE_PARENTS, { ...params, rows: [...parents].map(([id, name]) => ({ id, name })) });
    await tx.write(LINK_PARENTS, {
      ...params,
      rows: [...plans].filter(([, r]) => r.parentId).map(([id, r]) => ({ childId: id, parentId: r.parentId })),
    });
    await tx.write(MERGE_MEDICAID_ASSIGNMENTS, {
      ...params,
      rows: records.map((r) => {
        const st = r.state.toLowerCase();
        return {
          id: `asg:mco-${st}-${organizationSlug(r.programName)}-${organizationSlug(r.planName)}`,
          administratorId: medicaidPlanId(r.state, r.planName),
          programId: `program:medicaid-${st}`,
          stateId: `state:${r.state}`,
          principalId: `org:${st}-medicaid-agency`,
          year: r.year,
          note: `Program: ${r.programName}.`,
        };
      }),
    });
    await tx.write(MERGE_MEDICAID_ENROLLMENT, {
      ...params,
      rows: records.map((r) => {
        const planId = medicaidPlanId(r.state, r.planName);
        return {
          id: `mpe|${planId}|${organizationSlug(r.programName)}|${r.region ? organizationSlug(r.region) : '-'}|${r.year}`,
          planId,
          stateId: `state:${r.state}`,
          programName: r.programName,
          region: r.region,
          year: r.year,
          medicaidOnly: r.medicaidOnly,
          dual: r.dual,
          total: r.total,
          note: r.notes,
        };
      }),
    });
    return records.length;
  },

  async finish(db, ctx) {
    const [last] = await db.read<{ year: number | null }>(LAST_MEDICAID_YEAR, { sourceId: ctx.sourceId });
    if (last?.year == null) return { planFacts: 0, planFactsEnded: 0 };
    const [r] = await db.write<{ facts: number; ended: number }>(END_MEDICAID_ASSIGNMENTS, { lastYear: last.year, origin: ORIGIN });
    return { planFacts: r?.facts ?? 0, planFactsEnded: r?.ended ?? 0 };
  },

  synth(n, rng) {
    const states = ['Texas', 'Florida', 'California', 'New York', 'Ohio', 'Georgia'];
    return {
      header: Object.values(MEDICAID_PLAN_COLUMNS),
      rows: (function* () {
        for (let i = 0; i < n; i++) {
          const k = Math.floor(i / 3);
          const year = String(2024 - (i % 3));
          const only = Math.floor(rng() * 500000);
          const dual = Math.floor(rng() * 50000);
          yield [
            states[k % states.length]!,
            '',
            `Synthetic Program ${k % 4}`,
            `Synthetic Plan ${k}`,
            'Statewide',
            only.toLocaleString('en-US'),
            dual.toLocaleString('en-US'),
            (only + dual).toLocaleString('en-US'),
            year,
            synthParent(k),
          ];
        }
      })(),
    };
  },
};
