import type { QueryRunner } from '../../db/database.js';
import { contractEntityId, dayBefore } from '../../domain/medicareAdvantage.js';
import type { ImportKind } from '../kind.js';
import { releaseDateFromMonthlyName } from '../plans/cmsValues.js';
import {
  CLOSE_CHANGED_SERVICE_AREAS,
  CLOSE_MISSING_SERVICE_AREAS,
  MERGE_CONTRACTS,
  OPEN_SERVICE_AREAS,
  TOUCH_SERVICE_AREAS,
} from '../plans/planImportRepository.js';
import { parseServiceAreaRow, SERVICE_AREA_COLUMNS, type ServiceAreaRecord } from '../plans/rowParsers.js';
import { SYNTH_COUNTIES, synthContractNumber } from '../plans/synthPlans.js';

const ORIGIN = 'import:ma-service-area';

/**
 * MA_Cnty_SA_YYYY_MM.csv: the counties each contract serves. Files are imported oldest first:
 * each one continues, changes or (in finish) ends the periods the previous one opened.
 */
export const maServiceArea: ImportKind<ServiceAreaRecord> = {
  name: 'ma-service-area',
  description: 'MA contract service area by county (CMS MA_Cnty_SA_YYYY_MM.csv), full or partial county',
  requiredColumns: Object.values(SERVICE_AREA_COLUMNS),
  source: {
    title: 'CMS MA Contract Service Area by State/County',
    publisher: 'Centers for Medicare & Medicaid Services',
    url: 'https://www.cms.gov/data-research/statistics-trends-and-reports/medicare-advantagepart-d-contract-and-enrollment-data',
  },
  encoding: 'latin1',
  batchSize: 5000,
  oldestFirst: true,
  releaseDateFromName: releaseDateFromMonthlyName,
  parse: (row) => parseServiceAreaRow(row),

  async writeBatch(tx: QueryRunner, records, ctx) {
    const params = { sourceId: ctx.sourceId, releaseDate: ctx.releaseDate, dayBefore: dayBefore(ctx.releaseDate), origin: ORIGIN };
    const contracts = new Map<string, ServiceAreaRecord>();
    for (const r of records) contracts.set(r.contractNumber, r);
    await tx.write(MERGE_CONTRACTS, {
      ...params,
      rows: [...contracts.values()].map((r) => ({
        id: contractEntityId(r.contractNumber),
        contractNumber: r.contractNumber,
        name: r.organizationName ?? r.contractNumber,
        organizationName: r.organizationName,
        organizationType: r.organizationType,
        marketingName: null,
        effectiveDate: null,
        parentName: null,
        authoritative: false,
      })),
    });
    const rows = records.map((r) => ({
      id: `sa|${r.contractNumber}|${r.fips}|${ctx.releaseDate}`,
      contractId: contractEntityId(r.contractNumber),
      fips: r.fips,
      countyId: `county:${r.fips}`,
      countyName: r.county,
      state: r.state,
      partial: r.partial,
      eghp: r.eghp,
      notes: r.notes,
    }));
    await tx.write(CLOSE_CHANGED_SERVICE_AREAS, { ...params, rows });
    await tx.write(TOUCH_SERVICE_AREAS, { ...params, rows });
    await tx.write(OPEN_SERVICE_AREAS, { ...params, rows });
    return records.length;
  },

  async finish(db, ctx) {
    const [r] = await db.write<{ closed: number }>(CLOSE_MISSING_SERVICE_AREAS, {
      releaseDate: ctx.releaseDate,
      dayBefore: dayBefore(ctx.releaseDate),
    });
    return { countiesLeft: r?.closed ?? 0 };
  },

  synth(n, rng) {
    return {
      header: [
        'Contract ID',
        'Organization Name',
        'Organization Type',
        'Plan Type',
        'Partial',
        'EGHP',
        'SSA Code',
        'FIPS Code',
        'County',
        'State',
        'Notes',
      ],
      rows: (function* () {
        for (let i = 0; i < n; i++) {
          const [fips, state, county] = SYNTH_COUNTIES[i % SYNTH_COUNTIES.length]!;
          const contract = synthContractNumber(Math.floor(i / SYNTH_COUNTIES.length), rng);
          yield [
            contract,
            `SYNTHETIC ORGANIZATION ${contract}`,
            'Local CCP',
            'HMO/HMOPOS',
            rng() < 0.1 ? '*' : '',
            '',
            fips,
            fips,
            county,
            state,
            '',
          ];
        }
      })(),
    };
  },
};
