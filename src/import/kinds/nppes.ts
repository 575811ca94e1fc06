import neo4j from 'neo4j-driver';
import { cypher, type QueryRunner } from '../../db/database.js';
import { normalizeStateCode, resolveZip } from '../../domain/places.js';
import { isValidNpi, matchName, npiCheckDigit, parseUsDate, providerValidTo } from '../../domain/providers.js';
import type { BulkColumn, BulkNodes, BulkValue, ImportContext, ImportKind, Row } from '../kind.js';
import { addSource } from '../lib/addSource.js';
import { NPPES_HEADER_V2, TAXONOMY_CODE, TAXONOMY_SWITCH } from './nppesHeader.js';

/**
 * NPPES full replacement file (npidata_pfile_YYYYMMDD-YYYYMMDD.csv, monthly, ~9 M rows):
 * one (:Provider) per NPI. Deactivated NPIs stay in the file with most fields blank; their
 * deactivation ends the provider's validity (validTo) and a later reactivation reopens it.
 */

export interface ProviderRow {
  npi: string;
  entityType: 'INDIVIDUAL' | 'ORGANIZATION' | null;
  name: string | null;
  /** For organizations: the name as POS facilities are matched against it. */
  matchName: string | null;
  taxonomies: string[];
  primaryTaxonomy: string | null;
  city: string | null;
  stateId: string | null;
  zip: string | null;
  countyId: string | null;
  country: string | null;
  enumerationDate: string | null;
  lastUpdateDate: string | null;
  deactivationDate: string | null;
  reactivationDate: string | null;
  validTo: string | null;
  replacementNpi: string | null;
  subpart: boolean;
  parentOrganizationName: string | null;
  /** The parent's name in matchName() form, compared with organizations' matchName. */
  parentMatchName: string | null;
}

const C = {
  npi: 'NPI',
  type: 'Entity Type Code',
  replacement: 'Replacement NPI',
  org: 'Provider Organization Name (Legal Business Name)',
  last: 'Provider Last Name (Legal Name)',
  first: 'Provider First Name',
  middle: 'Provider Middle Name',
  credential: 'Provider Credential Text',
  city: 'Provider Business Practice Location Address City Name',
  state: 'Provider Business Practice Location Address State Name',
  postal: 'Provider Business Practice Location Address Postal Code',
  country: 'Provider Business Practice Location Address Country Code (If outside U.S.)',
  enumerated: 'Provider Enumeration Date',
  updated: 'Last Update Date',
  deactivated: 'NPI Deactivation Date',
  reactivated: 'NPI Reactivation Date',
  subpart: 'Is Organization Subpart',
  parentLbn: 'Parent Organization LBN',
} as const;

const SEX: readonly string[] = ['Provider Sex Code', 'Provider Gender Code'];

function date(row: Row, column: string, problems: string[]): string | null {
  const v = parseUsDate(row.get(column));
  if (v === undefined) {
    problems.push(`bad date in "${column}": ${JSON.stringify(row.get(column))} (expected MM/DD/YYYY)`);
    return null;
  }
  return v;
}

export function parseProvider(row: Row): { ok: true; record: ProviderRow } | { ok: false; reason: string } {
  const npi = row.get(C.npi);
  if (!isValidNpi(npi)) return { ok: false, reason: `malformed NPI ${JSON.stringify(npi)} (10 digits with a valid check digit)` };
  const typeCode = row.get(C.type);
  if (typeCode !== '' && typeCode !== '1' && typeCode !== '2')
    return { ok: false, reason: `unknown Entity Type Code ${JSON.stringify(typeCode)}` };
  const problems: string[] = [];
  const enumerationDate = date(row, C.enumerated, problems);
  const lastUpdateDate = date(row, C.updated, problems);
  const deactivationDate = date(row, C.deactivated, problems);
  const reactivationDate = date(row, C.reactivated, problems);
  if (problems.length > 0) return { ok: false, reason: problems.join('; ') };

  const country = row.get(C.country) || null;
  const stateText = row.get(C.state);
  const abroad = country !== null && country !== 'US';
  let stateId: string | null = null;
  if (stateText !== '' && !abroad) {
    stateId = normalizeStateCode(stateText);
    if (!stateId) return { ok: false, reason: `unknown state ${JSON.stringify(stateText)} in the practice location` };
  }
  const postal = row.get(C.postal);
  let zip: string | null = null;
  let countyId: string | null = null;
  if (!abroad && postal !== '') {
    if (!/^\d{5}(\d{4})?$/.test(postal))
      return { ok: false, reason: `malformed ZIP code ${JSON.stringify(postal)} in the practice location` };
    zip = postal.slice(0, 5);
    const place = resolveZip(zip);
    // The county comes from the ZIP only when the ZIP lies in the stated state; otherwise it stays unknown.
    if (place.ok && place.place.stateId === stateId) countyId = place.place.countyId;
  }

  const taxonomies: string[] = [];
  let primaryTaxonomy: string | null = null;
  for (let i = 0; i < TAXONOMY_CODE.length; i += 1) {
    const code = row.get(TAXONOMY_CODE[i]!);
    if (code === '') continue;
    if (row.get(TAXONOMY_SWITCH[i]!) === 'Y' && primaryTaxonomy === null) primaryTaxonomy = code;
    else if (!taxonomies.includes(code)) taxonomies.push(code);
  }
  if (primaryTaxonomy !== null) taxonomies.unshift(primaryTaxonomy);
  // Without a flagged primary, the first listed taxonomy stands in for it.
  primaryTaxonomy ??= taxonomies[0] ?? null;

  const entityType = typeCode === '1' ? 'INDIVIDUAL' : typeCode === '2' ? 'ORGANIZATION' : null;
  const name =
    entityType === 'ORGANIZATION'
      ? row.get(C.org) || null
      : [row.get(C.first), row.get(C.middle), row.get(C.last)].filter(Boolean).join(' ') +
          (row.get(C.credential) ? `, ${row.get(C.credential)}` : '') || null;
  const replacement = row.get(C.replacement);
  const parentName = row.get(C.subpart) === 'Y' ? row.get(C.parentLbn) || null : null;
  return {
    ok: true,
    record: {
      npi,
      entityType,
      name,
      matchName: entityType === 'ORGANIZATION' && name ? matchName(name) : null,
      taxonomies,
      primaryTaxonomy,
      city: row.get(C.city) || null,
      stateId,
      zip,
      countyId,
      country: abroad ? country : stateId ? 'US' : null,
      enumerationDate,
      lastUpdateDate,
      deactivationDate,
      reactivationDate,
      validTo: providerValidTo(deactivationDate, reactivationDate),
      replacementNpi: isValidNpi(replacement) ? replacement : null,
      subpart: row.get(C.subpart) === 'Y',
      parentOrganizationName: parentName,
      parentMatchName: parentName ? matchName(parentName) : null,
    },
  };
}

/**
 * A row from an older file than the one that last wrote the provider changes nothing, so
 * importing files out of order cannot roll a provider back. What varies per row travels as
 * one map set with `+=` (a null removes what an older file said); what is the same for the
 * whole file travels once as a parameter. Dates travel as ISO strings and become dates in
 * Cypher: the driver's encoding of temporal values cost the importer more CPU per row than
 * the rest of the row together, while date() costs the database next to nothing.
 */
export const MERGE_PROVIDERS = cypher(
  'import.nppes.mergeProviders',
  `UNWIND $rows AS row
   MERGE (p:Provider {npi: row.npi})
   WITH p, row WHERE p.releaseDate IS NULL OR p.releaseDate <= $releaseDate
   WITH p, row, date(row.enumerationDate) AS enumerated
   SET p += row.props,
       p.id = 'npi:' + row.npi, p.kind = 'PROVIDER', p.origin = 'import:nppes',
       p.enumerationDate = enumerated, p.validFrom = enumerated, p.lastUpdateDate = date(row.lastUpdateDate),
       p.deactivationDate = date(row.deactivationDate), p.reactivationDate = date(row.reactivationDate),
       p.validTo = date(row.validTo), p.releaseDate = $releaseDate, p.sourceId = $sourceId,
       ${addSource('p')}
   RETURN count(p) AS written`,
);

/** Deactivated NPIs come with their dates only: they keep the name, place and taxonomies an earlier file gave. */
export const MERGE_DEACTIVATED = cypher(
  'import.nppes.mergeDeactivated',
  `UNWIND $rows AS row
   MERGE (p:Provider {npi: row.npi})
   WITH p, row WHERE p.releaseDate IS NULL OR p.releaseDate <= $releaseDate
   SET p.id = 'npi:' + row.npi, p.kind = 'PROVIDER', p.origin = 'import:nppes',
       p.deactivationDate = date(row.deactivationDate), p.reactivationDate = date(row.reactivationDate), p.validTo = date(row.validTo),
       p.replacementNpi = row.replacementNpi, p.releaseDate = $releaseDate, p.sourceId = $sourceId,
       ${addSource('p')}
   RETURN count(p) AS written`,
);

function neoDate(iso: string): Date {
  return new neo4j.types.Date(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)), Number(iso.slice(8, 10))) as unknown as Date;
}

/** A deactivated NPI comes with its dates only (MERGE_DEACTIVATED), every other one with its whole row (MERGE_PROVIDERS). */
export function isDeactivatedOnly(r: ProviderRow): boolean {
  return r.entityType === null && r.name === null;
}

/** The row's own properties; the dates and the file's constants are set by the statement. */
export function providerRow(r: ProviderRow) {
  return {
    npi: r.npi,
    enumerationDate: r.enumerationDate,
    lastUpdateDate: r.lastUpdateDate,
    deactivationDate: r.deactivationDate,
    reactivationDate: r.reactivationDate,
    validTo: r.validTo,
    props: {
      entityType: r.entityType,
      name: r.name,
      matchName: r.matchName,
      // No list rather than an empty one, as for a deactivated NPI: the offline importer cannot store an empty list, and readers take a missing one as [].
      taxonomies: r.taxonomies.length > 0 ? r.taxonomies : null,
      primaryTaxonomy: r.primaryTaxonomy,
      city: r.city,
      stateId: r.stateId,
      zip: r.zip,
      countyId: r.countyId,
      country: r.country,
      replacementNpi: r.replacementNpi,
      subpart: r.subpart,
      parentOrganizationName: r.parentOrganizationName,
      parentMatchName: r.parentMatchName,
    },
  };
}

export function deactivatedRow(r: ProviderRow) {
  return {
    npi: r.npi,
    deactivationDate: r.deactivationDate,
    reactivationDate: r.reactivationDate,
    validTo: r.validTo,
    replacementNpi: r.replacementNpi,
  };
}

async function writeProviders(tx: QueryRunner, records: ProviderRow[], ctx: ImportContext): Promise<number> {
  const releaseDate = neoDate(ctx.releaseDate);
  const full: ReturnType<typeof providerRow>[] = [];
  const bare: ReturnType<typeof deactivatedRow>[] = [];
  for (const r of records) {
    if (isDeactivatedOnly(r)) bare.push(deactivatedRow(r));
    else full.push(providerRow(r));
  }
  let written = 0;
  if (full.length > 0) {
    const [r] = await tx.write<{ written: number }>(MERGE_PROVIDERS, { rows: full, releaseDate, sourceId: ctx.sourceId });
    written += r?.written ?? 0;
  }
  if (bare.length > 0) {
    const [r] = await tx.write<{ written: number }>(MERGE_DEACTIVATED, { rows: bare, releaseDate, sourceId: ctx.sourceId });
    written += r?.written ?? 0;
  }
  return written;
}

/**
 * A provider as MERGE_PROVIDERS or MERGE_DEACTIVATED leaves it when it creates the node: the
 * same row objects, plus what those statements set from the file's constants. For `--bulk`,
 * which writes new nodes offline; tests/integration/bulkImport.test.ts compares the two paths.
 */
export function createdProviderProperties(r: ProviderRow, ctx: ImportContext): Record<string, BulkValue> {
  // Filled in place: object spread here cost 14 µs per row, more than parsing it.
  const p: Record<string, BulkValue> = {};
  if (isDeactivatedOnly(r)) Object.assign(p, deactivatedRow(r));
  else {
    const { props, ...row } = providerRow(r);
    Object.assign(p, props, row);
    p.validFrom = row.enumerationDate;
  }
  p.id = `npi:${r.npi}`;
  p.kind = 'PROVIDER';
  p.origin = 'import:nppes';
  p.releaseDate = ctx.releaseDate;
  p.sourceId = ctx.sourceId;
  p.sources = [ctx.sourceId];
  return p;
}

/** Columns of one type, in the order given. */
const columnsOf = (type: BulkColumn['type'], ...names: string[]): BulkColumn[] => names.map((name) => ({ name, type }));

const BULK_COLUMNS: readonly BulkColumn[] = [
  ...columnsOf('id', 'npi'),
  ...columnsOf('string', 'id', 'kind', 'origin', 'entityType', 'name', 'matchName'),
  ...columnsOf('string[]', 'taxonomies'),
  ...columnsOf('string', 'primaryTaxonomy', 'city', 'stateId', 'zip', 'countyId', 'country', 'replacementNpi'),
  ...columnsOf('boolean', 'subpart'),
  ...columnsOf('string', 'parentOrganizationName', 'parentMatchName'),
  ...columnsOf('date', 'enumerationDate', 'validFrom', 'lastUpdateDate', 'deactivationDate', 'reactivationDate', 'validTo', 'releaseDate'),
  ...columnsOf('string', 'sourceId'),
  ...columnsOf('string[]', 'sources'),
];

export const providerBulkNodes: BulkNodes<ProviderRow> = {
  label: 'Provider',
  columns: BULK_COLUMNS,
  values(record, ctx) {
    const p = createdProviderProperties(record, ctx);
    return BULK_COLUMNS.map((c) => p[c.name] ?? null);
  },
  // The first nine digits determine the check digit of a valid NPI, so they alone identify it.
  keyNumber: (record) => Number(record.npi.slice(0, 9)),
};

/**
 * A full replacement file lists every NPI ever issued, so a provider an older file listed
 * and this one does not has left the registry: its validity ends the day before this
 * file's release. Nothing is deleted. Done in slices so no transaction grows with the graph.
 */
export const END_MISSING_PROVIDERS = cypher(
  'import.nppes.endMissing',
  `MATCH (p:Provider) WHERE p.releaseDate < date($releaseDate) AND p.validTo IS NULL
   WITH p LIMIT 10000
   SET p.validTo = date($releaseDate) - duration('P1D'), p.endedBy = $sourceId
   RETURN count(p) AS ended`,
);

/**
 * Links a subpart to its parent organization when exactly one organization in the same state
 * has the parent's name, compared as facilities' names are (matchName): only organizations
 * carry matchName, so its index holds a fifth of the providers, not all nine million names.
 */
export const LINK_PARENTS = cypher(
  'import.nppes.linkParents',
  `MATCH (p:Provider) WHERE p.parentOrganizationName IS NOT NULL AND p.sourceId = $sourceId
   WITH p SKIP $skip LIMIT 10000
   CALL (p) {
     MATCH (o:Provider {matchName: p.parentMatchName})
     WHERE o.entityType = 'ORGANIZATION' AND o.stateId = p.stateId AND o.npi <> p.npi AND NOT coalesce(o.subpart, false)
     WITH collect(o) AS candidates
     WITH candidates WHERE size(candidates) = 1
     RETURN candidates[0] AS parent
   }
   MERGE (p)-[r:SUBPART_OF]->(parent)
   SET r.sources = [$sourceId], r.origin = 'import:nppes'
   RETURN count(p) AS scanned, count(parent) AS linked`,
);

const SUBPARTS_OF_SOURCE = cypher(
  'import.nppes.countSubparts',
  `MATCH (p:Provider) WHERE p.parentOrganizationName IS NOT NULL AND p.sourceId = $sourceId RETURN count(p) AS n`,
);

async function finishNppes(db: QueryRunner, ctx: ImportContext): Promise<Record<string, number>> {
  let ended = 0;
  for (;;) {
    const [r] = await db.write<{ ended: number }>(END_MISSING_PROVIDERS, { releaseDate: ctx.releaseDate, sourceId: ctx.sourceId });
    ended += r?.ended ?? 0;
    if (!r || r.ended === 0) break;
  }
  const [count] = await db.read<{ n: number }>(SUBPARTS_OF_SOURCE, { sourceId: ctx.sourceId });
  let linked = 0;
  for (let skip = 0; skip < (count?.n ?? 0); skip += 10000) {
    const [r] = await db.write<{ linked: number }>(LINK_PARENTS, { sourceId: ctx.sourceId, skip: neo4j.int(skip) });
    linked += r?.linked ?? 0;
  }
  return { 'providers no longer listed (validTo set)': ended, 'subparts linked to their parent': linked };
}

// Real ZIP codes spread over many states, so synthetic providers resolve to counties.
const SYNTH_PLACES: readonly [string, string, string][] = [
  ['22201', 'VA', 'ARLINGTON'],
  ['23219', 'VA', 'RICHMOND'],
  ['94103', 'CA', 'SAN FRANCISCO'],
  ['90012', 'CA', 'LOS ANGELES'],
  ['10001', 'NY', 'NEW YORK'],
  ['14604', 'NY', 'ROCHESTER'],
  ['77002', 'TX', 'HOUSTON'],
  ['78701', 'TX', 'AUSTIN'],
  ['33101', 'FL', 'MIAMI'],
  ['32801', 'FL', 'ORLANDO'],
  ['60601', 'IL', 'CHICAGO'],
  ['43215', 'OH', 'COLUMBUS'],
  ['19103', 'PA', 'PHILADELPHIA'],
  ['30303', 'GA', 'ATLANTA'],
  ['28202', 'NC', 'CHARLOTTE'],
  ['48226', 'MI', 'DETROIT'],
  ['98101', 'WA', 'SEATTLE'],
  ['02108', 'MA', 'BOSTON'],
  ['85004', 'AZ', 'PHOENIX'],
  ['80202', 'CO', 'DENVER'],
  ['68102', 'NE', 'OMAHA'],
  ['39201', 'MS', 'JACKSON'],
  ['00901', 'PR', 'SAN JUAN'],
  ['96813', 'HI', 'HONOLULU'],
];
const SYNTH_TAXONOMIES = ['207Q00000X', '207R00000X', '208D00000X', '363L00000X', '152W00000X', '261QM1300X', '282N00000X', '332B00000X'];
const LAST = ['SMITH', 'JOHNSON', 'WILLIAMS', 'BROWN', 'JONES', 'GARCIA', 'MILLER', 'DAVIS', 'RODRIGUEZ', 'MARTINEZ'];
const FIRST = ['JAMES', 'MARY', 'ROBERT', 'PATRICIA', 'JOHN', 'JENNIFER', 'MICHAEL', 'LINDA', 'DAVID', 'ELIZABETH'];

function pick<T>(list: readonly T[], rng: () => number): T {
  return list[Math.floor(rng() * list.length)]!;
}

/** A valid NPI for the n-th synthetic provider (bases from 100000000, so they look like real type-1/2 NPIs). */
export function synthNpi(n: number): string {
  const base = String(100000000 + n);
  return `${base}${npiCheckDigit(base)}`;
}

const IDX = new Map(NPPES_HEADER_V2.map((c, i) => [c, i]));
const at = (c: string) => IDX.get(c)!;

export const nppes: ImportKind<ProviderRow> = {
  name: 'nppes',
  description: 'NPPES full replacement file npidata_pfile_*.csv (329 or 330 columns): one Provider per NPI',
  requiredColumns: [...Object.values(C), SEX, ...TAXONOMY_CODE, ...TAXONOMY_SWITCH],
  source: {
    title: 'NPPES Downloadable File, full replacement monthly NPI file',
    publisher: 'Centers for Medicare & Medicaid Services',
    url: 'https://download.cms.gov/nppes/NPI_Files.html',
  },
  // Measured: 1,000-row transactions cost Neo4j about half the CPU per row of 5,000-row ones (less transaction state to build and collect).
  batchSize: 1000,
  // Each NPI is one row of the file, so two batches never write the same provider.
  batchesInFlight: 2,
  releaseDateFromName(fileName) {
    const m = /npidata_pfile_\d{8}-(\d{4})(\d{2})(\d{2})/i.exec(fileName);
    return m ? `${m[1]}-${m[2]}-${m[3]}` : null;
  },
  parse: (row) => parseProvider(row),
  writeBatch: writeProviders,
  finish: finishNppes,
  bulk: providerBulkNodes,
  synth(rows, rng) {
    function* generate(): Generator<string[]> {
      const width = NPPES_HEADER_V2.length;
      for (let n = 0; n < rows; n += 1) {
        const v = new Array<string>(width).fill('');
        const org = rng() < 0.2;
        const [zip, state, city] = pick(SYNTH_PLACES, rng);
        v[at('NPI')] = synthNpi(n);
        v[at('Entity Type Code')] = org ? '2' : '1';
        if (org) v[at(C.org)] = `${pick(LAST, rng)} ${city} HEALTH ${n}`;
        else {
          v[at(C.last)] = pick(LAST, rng);
          v[at(C.first)] = pick(FIRST, rng);
          v[at(C.credential)] = 'M.D.';
          v[at('Provider Sex Code')] = rng() < 0.5 ? 'F' : 'M';
        }
        v[at('Provider First Line Business Practice Location Address')] = `${1 + Math.floor(rng() * 9000)} MAIN ST`;
        v[at(C.city)] = city;
        v[at(C.state)] = state;
        v[at(C.postal)] = `${zip}${String(Math.floor(rng() * 10000)).padStart(4, '0')}`;
        v[at(C.country)] = 'US';
        v[at(C.enumerated)] = `0${1 + Math.floor(rng() * 9)}/1${Math.floor(rng() * 9)}/20${10 + Math.floor(rng() * 14)}`;
        v[at(C.updated)] = '07/08/2024';
        const ntax = 1 + Math.floor(rng() * 3);
        for (let t = 0; t < ntax; t += 1) {
          v[at(TAXONOMY_CODE[t]!)] = pick(SYNTH_TAXONOMIES, rng);
          v[at(TAXONOMY_SWITCH[t]!)] = t === 0 ? 'Y' : 'N';
          v[at(`Provider License Number_${t + 1}`)] = String(10000 + Math.floor(rng() * 90000));
          v[at(`Provider License Number State Code_${t + 1}`)] = state;
        }
        v[at('Is Sole Proprietor')] = org ? '' : 'N';
        v[at('Is Organization Subpart')] = org ? 'N' : '';
        v[at('Certification Date')] = '07/08/2024';
        yield v;
      }
    }
    return { header: NPPES_HEADER_V2, quoteAll: true, rows: generate() };
  },
};
