import DataLoader from 'dataloader';
import { MEDICARE_CONTRACTOR_ROLES } from '../domain/vocabulary.js';
import type { AssignmentRecord, EntityRecord, ExpansionRecord, FmapRateRecord, ManagedCareAbsenceRecord, SourceRecord } from '../domain/records.js';
import type { QueryRunner } from './database.js';
import { assignmentsCovering, stateRoleAssignments } from './repositories/assignmentRepository.js';
import { expansionsByStates, fmapRatesByStates, managedCareAbsencesByStates } from './repositories/medicaidRepository.js';
import {
  countiesOfStates, entitiesByIds, programParentsByIds, programPartsByIds, regionMembersByIds, regionsOfPlaces,
  sourcesByIds,
} from './repositories/entityRepository.js';

/** Splits composite "id|asOf" keys so one batch can serve several dates, still answering in key order. */
async function byDate<T>(keys: readonly string[], load: (ids: string[], asOf: string) => Promise<T[]>): Promise<T[]> {
  const groups = new Map<string, { index: number; id: string }[]>();
  keys.forEach((key, index) => {
    const cut = key.lastIndexOf('|');
    const asOf = key.slice(cut + 1);
    const list = groups.get(asOf) ?? [];
    list.push({ index, id: key.slice(0, cut) });
    groups.set(asOf, list);
  });
  const out = new Array<T>(keys.length);
  await Promise.all(
    [...groups].map(async ([asOf, items]) => {
      const values = await load(items.map((i) => i.id), asOf);
      items.forEach((item, i) => (out[item.index] = values[i]!));
    }),
  );
  return out;
}

/**
 * The per-request DataLoaders. Created in the context factory for each request, never
 * shared: a cache that outlived a request would serve stale facts after a reload.
 */
export function createLoaders(run: QueryRunner, today: string) {
  return {
    entity: new DataLoader<string, EntityRecord | null>((ids) => entitiesByIds(run, ids)),
    source: new DataLoader<string, SourceRecord | null>((ids) => sourcesByIds(run, ids)),
    programParts: new DataLoader<string, EntityRecord[]>((ids) => programPartsByIds(run, ids)),
    programParent: new DataLoader<string, EntityRecord | null>((ids) => programParentsByIds(run, ids)),
    /** Keys are "regionId|asOf". */
    regionMembers: new DataLoader<string, EntityRecord[]>((keys) => byDate(keys, (ids, asOf) => regionMembersByIds(run, ids, asOf))),
    /** Keys are "placeId|asOf". */
    regionsOf: new DataLoader<string, EntityRecord[]>((keys) => byDate(keys, (ids, asOf) => regionsOfPlaces(run, ids, asOf))),
    countiesOf: new DataLoader<string, EntityRecord[]>((ids) => countiesOfStates(run, ids)),
    expansion: new DataLoader<string, ExpansionRecord | null>((ids) => expansionsByStates(run, ids)),
    fmapRates: new DataLoader<string, FmapRateRecord[]>((ids) => fmapRatesByStates(run, ids)),
    managedCareAbsence: new DataLoader<string, ManagedCareAbsenceRecord | null>((ids) => managedCareAbsencesByStates(run, ids)),
    /** Keys are "stateId|asOf". */
    medicaidAgency: new DataLoader<string, AssignmentRecord[]>((keys) =>
      byDate(keys, (ids, asOf) => stateRoleAssignments(run, ids, 'MEDICAID_AGENCY', asOf)),
    ),
    /** Keys are "stateId|asOf". */
    ship: new DataLoader<string, AssignmentRecord[]>((keys) => byDate(keys, (ids, asOf) => stateRoleAssignments(run, ids, 'SHIP', asOf))),
    /** Keys are "stateId|asOf". */
    medicareContractors: new DataLoader<string, AssignmentRecord[]>((keys) =>
      byDate(keys, (ids, asOf) =>
        assignmentsCovering(
          run,
          ids.map((id) => ({ key: id, stateId: id, countyId: null })),
          { asOf, roles: [...MEDICARE_CONTRACTOR_ROLES], programIds: null, function: null },
        ),
      ),
    ),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
