import DataLoader from 'dataloader';
import type { QueryRunner } from '../db/database.js';
import { assignmentsByIds, assignmentsCovering, MAX_COVERING } from '../db/repositories/assignmentRepository.js';
import {
  countiesOfStates,
  entitiesByIds,
  entityNamesByIds,
  programParentsByIds,
  programPartsByIds,
  regionMembersByIds,
  regionsOfPlaces,
  sourcesByIds,
} from '../db/repositories/entityRepository.js';
import { contractAdministration, contractsByIds, medicaidPlanEnrollment } from '../db/repositories/contractRepository.js';
import { providersByNpis } from '../db/repositories/providerRepository.js';
import { stateFacts, type StateFacts } from '../db/repositories/stateRepository.js';
import type { ContractRecord, MedicaidPlanEnrollmentRecord } from '../domain/contractRecords.js';
import type { ProviderRecord } from '../domain/providers.js';
import type { AssignmentRecord, EntityRecord, SourceRecord } from '../domain/records.js';
import { MEDICARE_CONTRACTOR_ROLES } from '../domain/vocabulary.js';
import type { SortKey } from '../domain/pagination.js';
import type { AssignmentConnectionRecord } from '../domain/records.js';
import { administersConnection } from '../services/connections.js';

/**
 * Composite keys "id|rest" (rest: a date, a limit): one statement per distinct rest, each
 * key still answered with its own, in key order.
 */
async function byRest<T>(keys: readonly string[], load: (ids: string[], rest: string[]) => Promise<T[]>): Promise<T[]> {
  const groups = new Map<string, { index: number; id: string }[]>();
  keys.forEach((key, index) => {
    const cut = key.indexOf('|');
    const rest = key.slice(cut + 1);
    const list = groups.get(rest) ?? [];
    list.push({ index, id: key.slice(0, cut) });
    groups.set(rest, list);
  });
  const out = new Array<T>(keys.length);
  await Promise.all(
    [...groups].map(async ([rest, items]) => {
      const values = await load(
        items.map((i) => i.id),
        rest.split('|'),
      );
      items.forEach((item, i) => (out[item.index] = values[i]!));
    }),
  );
  return out;
}

const NPI_ID = 'npi:';

/**
 * Providers are entities whose id is "npi:" + their NPI; they live under their own label
 * and key, so those ids go to the request's provider loader (one read shared with
 * provider(npi:)). Every other id is a curated or imported entity.
 */
async function entitiesOrProviders(
  run: QueryRunner,
  ids: readonly string[],
  entities: (run: QueryRunner, ids: readonly string[]) => Promise<(EntityRecord | null)[]>,
  provider: DataLoader<string, ProviderRecord | null>,
): Promise<(EntityRecord | null)[]> {
  const npiIds = ids.filter((id) => id.startsWith(NPI_ID));
  if (npiIds.length === 0) return entities(run, ids);
  const otherIds = ids.filter((id) => !id.startsWith(NPI_ID));
  const [others, providers] = await Promise.all([
    otherIds.length > 0 ? entities(run, otherIds) : Promise.resolve([]),
    Promise.all(npiIds.map((id) => provider.load(id.slice(NPI_ID.length)))),
  ]);
  const byId = new Map<string, EntityRecord | null>();
  otherIds.forEach((id, i) => byId.set(id, others[i] ?? null));
  npiIds.forEach((id, i) => byId.set(id, providers[i] ?? null));
  return ids.map((id) => byId.get(id) ?? null);
}

/**
 * The per-request DataLoaders. Created in the context factory for each request, never
 * shared: a cache that outlived a request would serve stale facts after a reload.
 */
export function createLoaders(run: QueryRunner, today: string) {
  const provider = new DataLoader<string, ProviderRecord | null>((npis) => providersByNpis(run, npis));
  const entity = new DataLoader<string, EntityRecord | null>((ids) => entitiesOrProviders(run, ids, entitiesByIds, provider));
  /** Id, name and kind only, for requests that ask nothing more; a whole record answers it too. */
  const entityName = new DataLoader<string, EntityRecord | null>((ids) => entitiesOrProviders(run, ids, entityNamesByIds, provider));
  // Entities read alongside facts go straight into the entity loaders: naming them is free.
  const primed = <T extends AssignmentRecord[] | AssignmentRecord[][]>(lists: T): T => {
    for (const item of lists.flat()) {
      for (const e of item.related ?? []) {
        entity.prime(e.id, e);
        entityName.prime(e.id, e);
      }
      for (const e of item.relatedNames ?? []) entityName.prime(e.id, e);
    }
    return lists;
  };
  /** Keys are "stateId|asOf": the agency and SHIP hold on a day; the other facts read the same whatever the day. */
  const facts = new DataLoader<string, StateFacts>((keys) =>
    byRest(keys, async (ids, [asOf]) => {
      const found = await stateFacts(run, ids, asOf!);
      for (const f of found) primed([...f.agency, ...f.ship]);
      return found;
    }),
  );
  const factsToday = (ids: readonly string[]) => facts.loadMany(ids.map((id) => `${id}|${today}`));
  return {
    entity,
    entityName,
    primed,
    source: new DataLoader<string, SourceRecord | null>((ids) => sourcesByIds(run, ids)),
    assignment: new DataLoader<string, AssignmentRecord | null>((ids) => assignmentsByIds(run, ids)),
    programParts: new DataLoader<string, EntityRecord[]>((ids) => programPartsByIds(run, ids)),
    programParent: new DataLoader<string, EntityRecord | null>((ids) => programParentsByIds(run, ids)),
    /** Keys are "regionId|asOf|limit". */
    regionMembers: new DataLoader<string, EntityRecord[]>((keys) =>
      byRest(keys, (ids, [asOf, limit]) => regionMembersByIds(run, ids, asOf!, Number(limit))),
    ),
    /** Keys are "placeId|asOf". */
    regionsOf: new DataLoader<string, EntityRecord[]>((keys) => byRest(keys, (ids, [asOf]) => regionsOfPlaces(run, ids, asOf!))),
    /** Keys are "stateId|limit". */
    countiesOf: new DataLoader<string, EntityRecord[]>((keys) => byRest(keys, (ids, [limit]) => countiesOfStates(run, ids, Number(limit)))),
    /** Keys are "stateId|asOf". */
    stateFacts: facts,
    /** Keys are "stateId|asOf". */
    medicaidAgency: new DataLoader<string, AssignmentRecord[]>(async (keys) =>
      (await facts.loadMany(keys)).map((f) => (f instanceof Error ? f : f.agency)),
    ),
    /** Keys are "stateId|asOf". */
    ship: new DataLoader<string, AssignmentRecord[]>(async (keys) =>
      (await facts.loadMany(keys)).map((f) => (f instanceof Error ? f : f.ship)),
    ),
    expansion: new DataLoader(async (ids: readonly string[]) => (await factsToday(ids)).map((f) => (f instanceof Error ? f : f.expansion))),
    fmapRates: new DataLoader(async (ids: readonly string[]) => (await factsToday(ids)).map((f) => (f instanceof Error ? f : f.fmapRates))),
    managedCareAbsence: new DataLoader(async (ids: readonly string[]) =>
      (await factsToday(ids)).map((f) => (f instanceof Error ? f : f.managedCareAbsence)),
    ),
    /** Keys are "stateId|asOf". */
    medicareContractors: new DataLoader<string, AssignmentRecord[]>((keys) =>
      byRest(keys, async (ids, [asOf]) =>
        primed(
          await assignmentsCovering(
            run,
            ids.map((id) => ({ key: id, stateId: id, countyId: null })),
            { asOf: asOf!, roles: [...MEDICARE_CONTRACTOR_ROLES], programIds: null, function: null, limit: MAX_COVERING },
          ),
        ),
      ),
    ),
    contract: new DataLoader<string, ContractRecord | null>((ids) => contractsByIds(run, ids)),
    /** Keys are "contractId|asOf". */
    contractAdministration: new DataLoader<string, AssignmentRecord[]>((keys) =>
      byRest(keys, (ids, [asOf]) => contractAdministration(run, ids, asOf!)),
    ),
    /** Keys are "planId|year", year empty for every year. */
    medicaidEnrollment: new DataLoader<string, MedicaidPlanEnrollmentRecord[]>((keys) =>
      byRest(keys, (ids, [year]) => medicaidPlanEnrollment(run, ids, year ? Number(year) : null)),
    ),
    provider,
    /** Keys are administersKey(...): a page read with its organization is primed here. */
    administers: new DataLoader<string, AssignmentConnectionRecord>((keys) =>
      Promise.all(
        keys.map((key) => {
          const [id, asOf, after, limit, namesOnly, slimFacts] = JSON.parse(key) as [
            string,
            string,
            SortKey | null,
            number,
            boolean,
            boolean,
          ];
          return administersConnection(run, id, asOf, { after, limit }, { namesOnly, slimFacts });
        }),
      ),
    ),
    /** Keys are "stateId~countyId|asOf" (countyId may be empty): the MACs covering a provider's place. */
    placeContractors: new DataLoader<string, AssignmentRecord[]>((keys) =>
      byRest(keys, async (places, [asOf]) =>
        primed(
          await assignmentsCovering(
            run,
            places.map((p) => {
              const [stateId, countyId] = p.split('~');
              return { key: p, stateId: stateId!, countyId: countyId || null };
            }),
            { asOf: asOf!, roles: [...MAC_ROLES], programIds: null, function: 'CLAIMS_PROCESSING', limit: MAX_COVERING },
          ),
        ),
      ),
    ),
  };
}

/** The contractors that pay a provider's Medicare claims (not the auditors or appeals bodies). */
const MAC_ROLES = ['AB_MAC', 'DME_MAC', 'HHH_MAC', 'SPECIALTY_MAC'] as const;

export type Loaders = ReturnType<typeof createLoaders>;

/** The administers loader's key for an organization's page, read as wide as the request needs. */
export const administersKey = (
  id: string,
  asOf: string,
  after: SortKey | null,
  limit: number,
  width: { namesOnly: boolean; slimFacts: boolean },
) => JSON.stringify([id, asOf, after, limit, width.namesOnly, width.slimFacts]);
