import { cypher, type QueryRunner } from '../../db/database.js';
import { normalizeStateCode, resolveZip } from '../../domain/places.js';
import { matchName, parseCompactDate } from '../../domain/providers.js';
import type { ImportContext, ImportKind } from '../kind.js';
import { addSource } from '../lib/addSource.js';

/**
 * Provider of Services file, hospital & non-hospital facilities (quarterly CSV, QIES layout,
 * UPPERCASE column names): one (:Facility) per CCN. Columns are read by name, since CMS has
 * reordered and added columns over the years.
 *
 * Linking a facility to its NPPES provider: the facility's name in matchName() form must
 * equal exactly one NPPES organization's in the same 5-digit ZIP, and no other facility of
 * the file may match that same NPI. Anything else stays unlinked: the POS file carries no
 * NPI, and a wrong link would hand a hospital's CCN to another body.
 */

/** PRVDR_CTGRY_CD, from the POS documentation (NBER copy of CMS's record layout). */
export const POS_CATEGORIES: Readonly<Record<string, string>> = {
  '01': 'Hospital',
  '02': 'Skilled Nursing Facility/Nursing Facility (Dually Certified)',
  '03': 'Skilled Nursing Facility/Nursing Facility (Distinct Part)',
  '04': 'Skilled Nursing Facility',
  '05': 'Home Health Agency',
  '06': 'Psychiatric Residential Treatment Facility',
  '07': 'Portable X-Ray Supplier',
  '08': 'Outpatient Physical Therapy/Speech Pathology',
  '09': 'End-Stage Renal Disease Facility',
  '10': 'Nursing Facility',
  '11': 'Intermediate Care Facility for Individuals with Intellectual Disabilities',
  '12': 'Rural Health Clinic',
  '14': 'Comprehensive Outpatient Rehabilitation Facility',
  '15': 'Ambulatory Surgical Center',
  '16': 'Hospice',
  '17': 'Organ Procurement Organization',
  '19': 'Community Mental Health Center',
  '20': 'Screening Mammography',
  '21': 'Federally Qualified Health Center',
};

export interface FacilityRow {
  ccn: string;
  category: string;
  categoryName: string | null;
  subtype: string | null;
  name: string;
  matchName: string;
  city: string | null;
  stateId: string;
  zip: string | null;
  countyId: string | null;
  certificationDate: string | null;
  participationDate: string | null;
  terminationCode: string | null;
  terminationDate: string | null;
  validTo: string | null;
}

const COLUMNS = [
  'PRVDR_NUM',
  'PRVDR_CTGRY_CD',
  'PRVDR_CTGRY_SBTYP_CD',
  'FAC_NAME',
  'CITY_NAME',
  'STATE_CD',
  'ZIP_CD',
  'FIPS_STATE_CD',
  'FIPS_CNTY_CD',
  'CRTFCTN_DT',
  'ORGNL_PRTCPTN_DT',
  'PGM_TRMNTN_CD',
  'TRMNTN_EXPRTN_DT',
] as const;

const QUARTER_END: Record<string, string> = { '1': '03-31', '2': '06-30', '3': '09-30', '4': '12-31' };
const MONTHS = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'];

/** Q4_2023 / Q1_2024 (quarter end) or POS_OTHER_DEC19 (month end) in the file name. */
export function posReleaseDate(fileName: string): string | null {
  const q = /Q([1-4])_(\d{4})/i.exec(fileName) ?? null;
  if (q) return `${q[2]}-${QUARTER_END[q[1]!]}`;
  const yq = /(\d{4})_Q([1-4])/i.exec(fileName);
  if (yq) return `${yq[1]}-${QUARTER_END[yq[2]!]}`;
  const m = /POS_OTHER_([A-Z]{3})(\d{2})/i.exec(fileName);
  if (m) {
    const month = MONTHS.indexOf(m[1]!.toUpperCase());
    if (month < 0) return null;
    const year = 2000 + Number(m[2]);
    const last = new Date(Date.UTC(year, month + 1, 0));
    return last.toISOString().slice(0, 10);
  }
  return null;
}

export const MERGE_FACILITIES = cypher(
  'import.pos.mergeFacilities',
  `UNWIND $rows AS row
   MERGE (f:Facility {ccn: row.ccn})
   WITH f, row WHERE f.releaseDate IS NULL OR f.releaseDate <= date($releaseDate)
   SET f.id = 'ccn:' + row.ccn, f.kind = 'PROVIDER', f.origin = 'import:pos', f.category = row.category,
       f.categoryName = row.categoryName, f.subtype = row.subtype, f.name = row.name, f.matchName = row.matchName,
       f.city = row.city, f.stateId = row.stateId, f.zip = row.zip, f.countyId = row.countyId,
       f.certificationDate = date(row.certificationDate), f.validFrom = date(coalesce(row.participationDate, row.certificationDate)),
       f.terminationCode = row.terminationCode, f.terminationDate = date(row.terminationDate), f.validTo = date(row.validTo),
       f.releaseDate = date($releaseDate), f.sourceId = $sourceId,
       ${addSource('f')}
   WITH f, row
   OPTIONAL MATCH (f)-[old:SAME_AS]->(:Provider)
   DELETE old
   WITH DISTINCT f, row
   CALL (f, row) {
     MATCH (p:Provider) WHERE row.zip IS NOT NULL AND p.zip = row.zip AND p.matchName = row.matchName
     WITH collect(p) AS candidates
     WITH candidates WHERE size(candidates) = 1
     WITH candidates[0] AS p
     MERGE (f)-[r:SAME_AS]->(p)
     SET r.rule = 'name+zip', r.sources = [$sourceId], r.origin = 'import:pos'
     RETURN count(p) AS linked
   }
   RETURN count(f) AS written`,
);

/** A provider two facilities of the file matched is ambiguous: no link, no CCN. Then CCNs follow the remaining links. */
export const UNLINK_SHARED = cypher(
  'import.pos.unlinkShared',
  `MATCH (p:Provider)<-[r:SAME_AS]-(:Facility)
   WITH p, collect(r) AS links WHERE size(links) > 1
   FOREACH (l IN links | DELETE l)
   RETURN count(p) AS ambiguous`,
);

export const SET_CCNS = cypher(
  'import.pos.setCcns',
  `MATCH (f:Facility {sourceId: $sourceId})
   OPTIONAL MATCH (f)-[:SAME_AS]->(p:Provider)
   WITH f, p
   CALL (f, p) { WITH f, p WHERE p IS NOT NULL SET p.ccn = f.ccn }
   RETURN count(p) AS linked`,
);

async function finishPos(db: QueryRunner, ctx: ImportContext): Promise<Record<string, number>> {
  const [a] = await db.write<{ ambiguous: number }>(UNLINK_SHARED, {});
  const [l] = await db.write<{ linked: number }>(SET_CCNS, { sourceId: ctx.sourceId });
  return {
    'facilities linked to an NPI (name + ZIP)': l?.linked ?? 0,
    'NPIs matched by more than one facility (left unlinked)': a?.ambiguous ?? 0,
  };
}

export const pos: ImportKind<FacilityRow> = {
  name: 'pos',
  description: 'Provider of Services file, hospital & non-hospital facilities: one Facility per CCN, linked to its NPI when unambiguous',
  requiredColumns: COLUMNS,
  source: {
    title: 'Provider of Services File - Hospital & Non-Hospital Facilities',
    publisher: 'Centers for Medicare & Medicaid Services',
    url: 'https://data.cms.gov/provider-characteristics/hospitals-and-other-facilities/provider-of-services-file-hospital-non-hospital-facilities',
  },
  encoding: 'latin1',
  batchSize: 2000,
  releaseDateFromName: posReleaseDate,
  parse(row) {
    const ccn = row.get('PRVDR_NUM').toUpperCase();
    if (!/^[0-9A-Z]{6}$/.test(ccn)) return { ok: false, reason: `malformed CCN ${JSON.stringify(row.get('PRVDR_NUM'))} (6 characters)` };
    const category = row.get('PRVDR_CTGRY_CD').padStart(2, '0');
    if (!/^\d{2}$/.test(category)) return { ok: false, reason: `malformed PRVDR_CTGRY_CD ${JSON.stringify(row.get('PRVDR_CTGRY_CD'))}` };
    const skeleton = row.opt('SKLTN_REC_SW');
    if (skeleton === 'Y') return { ok: false, reason: 'skeleton record (SKLTN_REC_SW = Y)' };
    const stateId = normalizeStateCode(row.get('STATE_CD'));
    if (!stateId) return { ok: false, reason: `unknown state ${JSON.stringify(row.get('STATE_CD'))}` };
    const name = row.get('FAC_NAME');
    if (!name) return { ok: false, reason: 'no facility name (FAC_NAME)' };
    const dates: Record<string, string | null> = {};
    for (const c of ['CRTFCTN_DT', 'ORGNL_PRTCPTN_DT', 'TRMNTN_EXPRTN_DT']) {
      const d = parseCompactDate(row.get(c));
      if (d === undefined) return { ok: false, reason: `bad date in ${c}: ${JSON.stringify(row.get(c))} (expected YYYYMMDD)` };
      dates[c] = d;
    }
    const zipRaw = row.get('ZIP_CD');
    const zip = /^\d{5}(\d{4})?$/.test(zipRaw) ? zipRaw.slice(0, 5) : /^\d{1,4}$/.test(zipRaw) ? zipRaw.padStart(5, '0') : null;
    const fipsState = row.get('FIPS_STATE_CD');
    const fipsCounty = row.get('FIPS_CNTY_CD');
    let countyId: string | null = null;
    if (/^\d{1,2}$/.test(fipsState) && /^\d{1,3}$/.test(fipsCounty))
      countyId = `county:${fipsState.padStart(2, '0')}${fipsCounty.padStart(3, '0')}`;
    else if (zip) {
      const z = resolveZip(zip);
      if (z.ok && z.place.stateId === stateId) countyId = z.place.countyId;
    }
    const terminationCode = row.get('PGM_TRMNTN_CD') || null;
    // 00 (0 in older files) is an active provider; any other code ends participation at the termination date.
    const terminated = terminationCode !== null && !/^0+$/.test(terminationCode);
    return {
      ok: true,
      record: {
        ccn,
        category,
        categoryName: POS_CATEGORIES[category] ?? null,
        subtype: row.get('PRVDR_CTGRY_SBTYP_CD') || null,
        name,
        matchName: matchName(name),
        city: row.get('CITY_NAME') || null,
        stateId,
        zip,
        countyId,
        certificationDate: dates.CRTFCTN_DT ?? null,
        participationDate: dates.ORGNL_PRTCPTN_DT ?? null,
        terminationCode,
        terminationDate: dates.TRMNTN_EXPRTN_DT ?? null,
        validTo: terminated ? (dates.TRMNTN_EXPRTN_DT ?? null) : null,
      },
    };
  },
  async writeBatch(tx, records, ctx) {
    const [r] = await tx.write<{ written: number }>(MERGE_FACILITIES, {
      rows: records,
      releaseDate: ctx.releaseDate,
      sourceId: ctx.sourceId,
    });
    return r?.written ?? 0;
  },
  finish: finishPos,
};
