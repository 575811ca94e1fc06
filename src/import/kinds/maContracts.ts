import type { QueryRunner } from '../../db/database.js';
import { administrationStart, contractEntityId, dayBefore, PART_C, programsOfContract } from '../../domain/medicareAdvantage.js';
import type { ImportContext, ImportKind } from '../kind.js';
import { releaseDateFromMonthlyName } from '../plans/cmsValues.js';
import {
  CLOSE_MISSING_CONTRACTS,
  LINK_PARENTS,
  MERGE_CONTRACT_ASSIGNMENTS,
  MERGE_CONTRACTS,
  MERGE_PARENTS,
  MERGE_PLANS,
} from '../plans/planImportRepository.js';
import { CONTRACT_INFO_COLUMNS, parseContractInfoRow, type ContractInfoRecord } from '../plans/rowParsers.js';
import { CPSC_SOURCE, synthContractNumber, synthParent } from '../plans/synthPlans.js';

const ORIGIN = 'import:ma-contracts';

export function contractParams(ctx: ImportContext) {
  return { sourceId: ctx.sourceId, releaseDate: ctx.releaseDate, dayBefore: dayBefore(ctx.releaseDate), origin: ORIGIN };
}

/** CPSC_Contract_Info_YYYY_MM.csv: contracts, their plans and parents, and what they administer. */
export const maContracts: ImportKind<ContractInfoRecord> = {
  name: 'ma-contracts',
  description: 'MA / Part D contracts and plans (CMS CPSC_Contract_Info_YYYY_MM.csv): parent organization, plans, Part C/D administration',
  requiredColumns: Object.values(CONTRACT_INFO_COLUMNS),
  source: { ...CPSC_SOURCE, title: 'CMS Monthly Enrollment by Contract/Plan/State/County: contract information' },
  encoding: 'latin1',
  batchSize: 2000,
  releaseDateFromName: releaseDateFromMonthlyName,
  parse: (row) => parseContractInfoRow(row),

  async writeBatch(tx: QueryRunner, records, ctx) {
    const params = contractParams(ctx);
    const byContract = new Map<string, { rec: ContractInfoRecord; offersPartD: boolean }>();
    for (const r of records) {
      const seen = byContract.get(r.contractNumber);
      byContract.set(r.contractNumber, {
        rec: seen && r.planId !== null ? seen.rec : r,
        offersPartD: (seen?.offersPartD ?? false) || r.offersPartD,
      });
    }
    const contracts = [...byContract.values()].map(({ rec }) => ({
      id: contractEntityId(rec.contractNumber),
      contractNumber: rec.contractNumber,
      name: rec.marketingName ?? rec.organizationName ?? rec.contractNumber,
      organizationName: rec.organizationName,
      organizationType: rec.organizationType,
      marketingName: rec.marketingName,
      effectiveDate: rec.effectiveDate,
      parentName: rec.parentName,
      authoritative: true,
    }));
    await tx.write(MERGE_CONTRACTS, { ...params, rows: contracts });

    const parents = new Map<string, string>();
    for (const { rec } of byContract.values()) if (rec.parentId && rec.parentName) parents.set(rec.parentId, rec.parentName);
    await tx.write(MERGE_PARENTS, { ...params, rows: [...parents].map(([id, name]) => ({ id, name })) });
    await tx.write(LINK_PARENTS, {
      ...params,
      rows: [...byContract.values()]
        .filter(({ rec }) => rec.parentId)
        .map(({ rec }) => ({ childId: contractEntityId(rec.contractNumber), parentId: rec.parentId })),
    });

    const plans = records
      .filter((r) => r.planId !== null)
      .map((r) => ({
        id: `${r.contractNumber}-${r.planId}`,
        contractId: contractEntityId(r.contractNumber),
        planId: r.planId,
        name: r.planName,
        planType: r.planType,
        offersPartD: r.offersPartD,
        snp: r.snp,
        eghp: r.eghp,
      }));
    await tx.write(MERGE_PLANS, { ...params, rows: plans });

    const assignments = [...byContract.values()].flatMap(({ rec, offersPartD }) =>
      programsOfContract(rec.contractNumber, offersPartD).map((programId) => ({
        id: `asg:contract-${rec.contractNumber.toLowerCase()}-${programId === PART_C ? 'part-c' : 'part-d'}`,
        administratorId: contractEntityId(rec.contractNumber),
        programId,
        role: programId === PART_C ? 'MA_ORGANIZATION' : 'PART_D_SPONSOR',
        validFrom: administrationStart(programId, rec.effectiveDate),
        note: `${rec.organizationType ?? 'Medicare'} contract ${rec.contractNumber}${rec.organizationName ? ` held by ${rec.organizationName}` : ''}.`,
      })),
    );
    await tx.write(MERGE_CONTRACT_ASSIGNMENTS, { ...params, rows: assignments });
    return records.length;
  },

  async finish(db, ctx) {
    const [r] = await db.write<{ closed: number }>(CLOSE_MISSING_CONTRACTS, contractParams(ctx));
    return { contractsEnded: r?.closed ?? 0 };
  },

  synth(n, rng) {
    return {
      header: Object.values(CONTRACT_INFO_COLUMNS),
      rows: (function* () {
        for (let i = 0; i < n; i++) {
          const contract = synthContractNumber(Math.floor(i / 8), rng);
          const plan = String((i % 8) + 1).padStart(3, '0');
          const parent = synthParent(Math.floor(i / 8));
          const partD = rng() < 0.8 ? 'Yes' : 'No';
          yield [
            contract,
            plan,
            'Local CCP',
            'HMO/HMOPOS',
            partD,
            rng() < 0.2 ? 'Yes' : 'No',
            'No',
            `SYNTHETIC ORGANIZATION ${contract}`,
            `Synthetic Health ${contract}`,
            `Synthetic Plan ${contract}-${plan} (HMO)`,
            parent,
            '01/01/2015',
          ];
        }
      })(),
    };
  },
};
