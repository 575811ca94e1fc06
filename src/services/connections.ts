import type { QueryRunner } from '../db/database.js';
import {
  administeredBy,
  countAdministeredBy,
  countManagedCareIn,
  entityWithAdministered,
  managedCareIn,
  type ReadWidth,
} from '../db/repositories/assignmentRepository.js';
import { countEntities, entitiesPage } from '../db/repositories/entityListRepository.js';
import { countRelationships, countSearch, relationshipsOf, searchEntities } from '../db/repositories/entityRepository.js';
import { toConnection, type SortKey } from '../domain/pagination.js';
import type { RelationTypes } from '../domain/relations.js';
import type { AssignmentConnectionRecord, EntityConnectionRecord, EntityRecord, RelationshipConnectionRecord } from '../domain/records.js';

/** A page: how many, and the key to seek past (already checked by the caller). */
export interface Window {
  after: SortKey | null;
  limit: number;
}

/** The lists behind each connection field: a keyset page now, the count only if asked. */
export async function administersConnection(
  run: QueryRunner,
  id: string,
  asOf: string,
  w: Window,
  width: ReadWidth = {},
): Promise<AssignmentConnectionRecord> {
  return toConnection(await administeredBy(run, id, asOf, w.after, w.limit, width), () => countAdministeredBy(run, id, asOf));
}

/** An entity with the first page of what it administers, in one round trip; null when the id is unknown. */
export async function entityWithAdministers(
  run: QueryRunner,
  id: string,
  asOf: string,
  w: Window,
  width: ReadWidth = {},
): Promise<{ entity: EntityRecord; administers: AssignmentConnectionRecord } | null> {
  const found = await entityWithAdministered(run, id, asOf, w.after, w.limit, width);
  return found && { entity: found.entity, administers: toConnection(found.page, () => countAdministeredBy(run, id, asOf)) };
}

export async function managedCareConnection(
  run: QueryRunner,
  stateId: string,
  asOf: string,
  w: Window,
): Promise<AssignmentConnectionRecord> {
  return toConnection(await managedCareIn(run, stateId, asOf, w.after, w.limit), () => countManagedCareIn(run, stateId, asOf));
}

export async function relationshipsConnection(
  run: QueryRunner,
  id: string,
  types: RelationTypes,
  w: Window,
): Promise<RelationshipConnectionRecord> {
  return toConnection(await relationshipsOf(run, id, types, w.after, w.limit), () => countRelationships(run, id, types));
}

/** namesOnly: the hits are read with id, name and kind only (the request asks them for nothing more). */
export async function searchConnection(
  run: QueryRunner,
  query: string,
  kinds: string[] | null,
  w: Window,
  namesOnly = false,
): Promise<EntityConnectionRecord> {
  const page = await searchEntities(run, query, kinds, w.after, w.limit, namesOnly);
  const connection = toConnection(page, () => countSearch(run, query, kinds));
  return { ...connection, edges: connection.edges.map((e) => ({ cursor: e.cursor, node: e.node.entity, score: e.node.score })) };
}

/** Entities in id order, of some kinds or all. */
export async function entitiesConnection(run: QueryRunner, kinds: string[] | null, w: Window) {
  return toConnection(await entitiesPage(run, kinds, w.after, w.limit), () => countEntities(run, kinds));
}
