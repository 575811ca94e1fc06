import neo4j from 'neo4j-driver';
import type { ProviderRecord } from '../../domain/providers.js';
import { cypher, type NamedQuery, type QueryRunner } from '../database.js';

/** The fields the API reads: a projection, never the whole node (NPPES rows are wide). */
const PROVIDER_FIELDS = `p.id AS id, p.npi AS npi, p.ccn AS ccn, p.name AS name, p.entityType AS entityType,
  p.taxonomies AS taxonomies, p.primaryTaxonomy AS primaryTaxonomy, p.city AS city, p.stateId AS stateId,
  p.zip AS zip, p.countyId AS countyId, p.validFrom AS validFrom, p.validTo AS validTo, p.sources AS sources,
  p.enumerationDate AS enumerationDate, p.lastUpdateDate AS lastUpdateDate, p.deactivationDate AS deactivationDate,
  p.reactivationDate AS reactivationDate, p.parentOrganizationName AS parentOrganizationName,
  COLLECT { MATCH (p)-[:SUBPART_OF]->(o:Provider) RETURN o.npi LIMIT 1 }[0] AS parentNpi`;

type ProviderRow = Omit<ProviderRecord, 'kind' | 'aliases' | 'description' | 'confidence' | 'code' | 'fips' | 'name'> & {
  name: string | null;
};

function toProvider(r: ProviderRow): ProviderRecord {
  return {
    ...r,
    name: r.name ?? `NPI ${r.npi}`,
    kind: 'PROVIDER',
    aliases: [],
    description: null,
    confidence: 'VERIFIED',
    code: r.npi,
    fips: null,
    taxonomies: r.taxonomies ?? [],
    sources: r.sources ?? [],
  };
}

export const PROVIDERS_BY_NPIS = cypher(
  'provider.byNpis',
  `UNWIND $npis AS npi
   MATCH (p:Provider {npi: npi})
   RETURN ${PROVIDER_FIELDS}`,
);

/** Batched for a DataLoader: one result per NPI, in key order, null when unknown. */
export async function providersByNpis(run: QueryRunner, npis: readonly string[]): Promise<(ProviderRecord | null)[]> {
  const rows = await run.read<ProviderRow>(PROVIDERS_BY_NPIS, { npis: [...npis] });
  const byNpi = new Map(rows.map((r) => [r.npi, toProvider(r)]));
  return npis.map((n) => byNpi.get(n) ?? null);
}

export interface ProviderFilter {
  stateId: string | null;
  countyId: string | null;
  zip: string | null;
  taxonomy: string | null;
}

/*
 * One statement per access path, each seeking a composite (place, npi) index from the
 * cursor and reading it in NPI order, so a page costs LIMIT rows whatever the size of the
 * place. The narrowest place given picks the index; the others filter.
 */
// Ordering by both index keys (the first is fixed by equality) lets the planner read the
// index in order and stop at LIMIT; ORDER BY p.npi alone made it sort the whole place.
const pageTail = (placeKey: string) => `AND ($stateId IS NULL OR p.stateId = $stateId)
     AND ($countyId IS NULL OR p.countyId = $countyId)
     AND ($taxonomy IS NULL OR $taxonomy IN p.taxonomies)
   WITH p ORDER BY ${placeKey}, p.npi LIMIT $limit
   RETURN ${PROVIDER_FIELDS}`;

export const PROVIDERS_IN_ZIP = cypher(
  'provider.pageByZip',
  `MATCH (p:Provider) USING INDEX p:Provider(zip, npi)
   WHERE p.zip = $zip AND p.npi > $after ${pageTail('p.zip')}`,
);

export const PROVIDERS_IN_COUNTY = cypher(
  'provider.pageByCounty',
  `MATCH (p:Provider) USING INDEX p:Provider(countyId, npi)
   WHERE p.countyId = $countyId AND p.npi > $after ${pageTail('p.countyId')}`,
);

export const PROVIDERS_IN_STATE = cypher(
  'provider.pageByState',
  `MATCH (p:Provider) USING INDEX p:Provider(stateId, npi)
   WHERE p.stateId = $stateId AND p.npi > $after ${pageTail('p.stateId')}`,
);

/** Up to limit providers after the cursor NPI ('' for the first page). */
export async function providersPage(run: QueryRunner, filter: ProviderFilter, after: string, limit: number): Promise<ProviderRecord[]> {
  let query: NamedQuery;
  if (filter.zip !== null) query = PROVIDERS_IN_ZIP;
  else if (filter.countyId !== null) query = PROVIDERS_IN_COUNTY;
  else if (filter.stateId !== null) query = PROVIDERS_IN_STATE;
  else throw new TypeError('a provider page needs a place');
  const rows = await run.read<ProviderRow>(query, { ...filter, after, limit: neo4j.int(limit) });
  return rows.map(toProvider);
}

export const PROVIDER_PLACE = cypher(
  'provider.place',
  `MATCH (p:Provider {npi: $npi}) RETURN p.stateId AS stateId, p.countyId AS countyId`,
);

/** A provider's practice place, for whoAdministers(npi:); null when the NPI is unknown. */
export async function providerPlace(run: QueryRunner, npi: string): Promise<{ stateId: string | null; countyId: string | null } | null> {
  return (await run.read<{ stateId: string | null; countyId: string | null }>(PROVIDER_PLACE, { npi }))[0] ?? null;
}
