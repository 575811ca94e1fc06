import type { QueryRunner } from '../db/database.js';
import { providerPlace, providersPage, type ProviderFilter } from '../db/repositories/providerRepository.js';
import { MAX_PAGE_SIZE, DEFAULT_PAGE_SIZE } from '../domain/pagination.js';
import { normalizeStateCode, resolveZip, JURISDICTION_CODES } from '../domain/places.js';
import { decodeNpiCursor, encodeNpiCursor, isValidNpi, type ProviderRecord } from '../domain/providers.js';

/** A bad argument, named, with what is accepted. */
export class ProviderArgumentError extends Error {
  constructor(
    readonly argument: string,
    message: string,
  ) {
    super(message);
  }
}

export function checkNpi(npi: string, argument = 'npi'): string {
  const trimmed = npi.trim();
  if (!isValidNpi(trimmed)) {
    throw new ProviderArgumentError(
      argument,
      `Malformed NPI ${JSON.stringify(npi)}: an NPI is 10 digits whose last one is a Luhn check digit, e.g. 1679576722.`,
    );
  }
  return trimmed;
}

export interface ProvidersInput {
  state?: string | null;
  county?: string | null;
  zip?: string | null;
  taxonomy?: string | null;
  first?: number | null;
  after?: string | null;
}

/** Turns the arguments into a filter; each bad one is named with what it accepts. */
export function providerFilter(input: ProvidersInput): ProviderFilter {
  let stateId: string | null = null;
  if (input.state) {
    stateId = normalizeStateCode(input.state);
    if (!stateId)
      throw new ProviderArgumentError(
        'state',
        `Unknown state ${JSON.stringify(input.state)}: use a USPS code (${JURISDICTION_CODES.join(', ')}) or state:XX.`,
      );
  }
  let countyId: string | null = null;
  if (input.county) {
    const m = /^(?:county:)?(\d{5})$/.exec(input.county.trim());
    if (!m)
      throw new ProviderArgumentError(
        'county',
        `Malformed county ${JSON.stringify(input.county)}: use a 5-digit FIPS code (51013) or county:51013.`,
      );
    countyId = `county:${m[1]}`;
  }
  let zip: string | null = null;
  if (input.zip) {
    const z = resolveZip(input.zip);
    if (!z.ok && z.reason === 'malformed')
      throw new ProviderArgumentError('zip', `Malformed zip ${JSON.stringify(input.zip)}: use a 5-digit ZIP code, e.g. 22201.`);
    zip = input.zip.trim();
  }
  if (!stateId && !countyId && !zip) {
    throw new ProviderArgumentError('state', 'providers needs a place: pass state, county or zip (taxonomy only narrows a place).');
  }
  const taxonomy = input.taxonomy?.trim().toUpperCase() || null;
  if (taxonomy !== null && !/^[0-9A-Z]{9}X$/.test(taxonomy)) {
    throw new ProviderArgumentError(
      'taxonomy',
      `Malformed taxonomy ${JSON.stringify(input.taxonomy)}: a NUCC code is 10 characters ending in X, e.g. 207Q00000X.`,
    );
  }
  return { stateId, countyId, zip, taxonomy };
}

export interface ProviderPage {
  edges: { cursor: string; node: ProviderRecord }[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
}

/** Keyset page: seeks after the cursor's NPI and reads first + 1 rows to know whether more follow. */
export async function providers(run: QueryRunner, input: ProvidersInput): Promise<ProviderPage> {
  const filter = providerFilter(input);
  const first = input.first ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE) {
    throw new ProviderArgumentError('first', `first must be between 1 and ${MAX_PAGE_SIZE} (got ${first}).`);
  }
  let after = '';
  if (input.after) {
    const npi = decodeNpiCursor(input.after);
    if (!npi)
      throw new ProviderArgumentError(
        'after',
        `Invalid cursor ${JSON.stringify(input.after)}: pass an endCursor or cursor from an earlier page.`,
      );
    after = npi;
  }
  const rows = await providersPage(run, filter, after, first + 1);
  const items = rows.slice(0, first);
  const edges = items.map((node) => ({ cursor: encodeNpiCursor(node.npi), node }));
  return {
    edges,
    pageInfo: {
      hasNextPage: rows.length > first,
      hasPreviousPage: after !== '',
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}

export class UnknownProviderError extends Error {}

/** whoAdministers(npi:): the provider's practice state and the county of its ZIP. */
export async function placeOfProvider(run: QueryRunner, npi: string): Promise<{ stateId: string; countyId: string | null }> {
  const place = await providerPlace(run, checkNpi(npi));
  if (!place) throw new UnknownProviderError(npi);
  if (!place.stateId) throw new ProviderArgumentError('npi', `Provider ${npi} has no practice location in a US state or territory.`);
  return { stateId: place.stateId, countyId: place.countyId };
}
