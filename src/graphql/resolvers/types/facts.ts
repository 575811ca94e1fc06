import type { Resolvers } from '../../generated/resolvers-types.js';
import type { AssignmentRecord, EntityRecord } from '../../../domain/records.js';
import type { GraphQLResolveInfo } from 'graphql';
import type { GraphQLContext } from '../../context.js';
import { NAME_FIELDS, selectsOnly } from '../../selection.js';
import { relationName } from '../../../domain/relations.js';
import { loadEntities, loadSources } from './loadRecords.js';

async function required<T>(value: Promise<T | null>, what: string): Promise<T> {
  const v = await value;
  // A fact pointing at a missing entity means the graph is inconsistent: a server error, not a client one.
  if (v === null) throw new Error(`dangling reference: ${what}`);
  return v;
}

/** The whole fact, when it was first read with the core or the slim fields only. */
async function detailed(a: AssignmentRecord, ctx: GraphQLContext): Promise<AssignmentRecord> {
  if (a.detailed !== false) return a;
  return required(ctx.loaders.assignment.load(a.id), a.id);
}

/**
 * A field a slim record (read for a listing that named only role, function, program and
 * administrator, and perhaps place) lacks: from the whole fact, loaded by id. Synchronous for every other record.
 */
async function whole<T>(
  a: AssignmentRecord,
  ctx: GraphQLContext,
  pick: (w: AssignmentRecord) => T | null | Promise<T | null>,
): Promise<T | null> {
  return (await pick(await detailed(a, ctx))) ?? null;
}

/**
 * Whether an entity field asks for id, name and kind only. graphql-js hands every item of a
 * list the same field nodes, so a list of 1,700 facts asks this once, not 1,700 times.
 */
const namesOnlyByNodes = new WeakMap<GraphQLResolveInfo['fieldNodes'], boolean>();
function asksNamesOnly(info: GraphQLResolveInfo): boolean {
  let found = namesOnlyByNodes.get(info.fieldNodes);
  if (found === undefined) {
    found = selectsOnly(info, [], NAME_FIELDS);
    namesOnlyByNodes.set(info.fieldNodes, found);
  }
  return found;
}

/** The loader for an entity field: id, name and kind only when the request asks it for nothing more. */
export function namedOrWhole(ctx: GraphQLContext, info: GraphQLResolveInfo) {
  return asksNamesOnly(info) ? ctx.loaders.entityName : ctx.loaders.entity;
}

/**
 * An entity a fact names: the record read with the fact when it answers the selection, at
 * once (a loader costs a promise per field, thousands on a 56-state list), else by loader.
 */
function named(
  a: AssignmentRecord,
  id: string,
  ctx: GraphQLContext,
  info: GraphQLResolveInfo,
): EntityRecord | Promise<EntityRecord | null> {
  const namesOnly = asksNamesOnly(info);
  const carried = a.related?.find((e) => e.id === id) ?? (namesOnly ? a.relatedNames?.find((e) => e.id === id) : undefined);
  return carried ?? (namesOnly ? ctx.loaders.entityName : ctx.loaders.entity).load(id);
}

/** named() for a reference every fact has: a missing entity is an inconsistent graph. */
function namedRequired(
  a: AssignmentRecord,
  id: string,
  ctx: GraphQLContext,
  info: GraphQLResolveInfo,
): EntityRecord | Promise<EntityRecord> {
  const found = named(a, id, ctx, info);
  return found instanceof Promise ? required(found, id) : found;
}

export const factResolvers: Resolvers = {
  Assignment: {
    administrator: (a, _, ctx, info) => namedRequired(a, a.administratorId, ctx, info),
    program: (a, _, ctx, info) => namedRequired(a, a.programId, ctx, info),
    jurisdiction: (a, _, ctx, info) =>
      a.slim === 'WITHOUT_PLACE'
        ? whole(a, ctx, (w) => (w.jurisdictionId ? namedOrWhole(ctx, info).load(w.jurisdictionId) : null))
        : a.jurisdictionId
          ? named(a, a.jurisdictionId, ctx, info)
          : null,
    principal: (a, _, ctx) =>
      a.slim
        ? whole(a, ctx, (w) => (w.principalId ? ctx.loaders.entity.load(w.principalId) : null))
        : a.principalId
          ? ctx.loaders.entity.load(a.principalId)
          : null,
    validFrom: (a, _, ctx) => (a.slim ? whole(a, ctx, (w) => w.validFrom) : a.validFrom),
    validTo: (a, _, ctx) => (a.slim ? whole(a, ctx, (w) => w.validTo) : a.validTo),
    awarded: (a, _, ctx) => (a.slim ? whole(a, ctx, (w) => w.awarded) : a.awarded),
    confidence: (a, _, ctx) => (a.slim ? whole(a, ctx, (w) => w.confidence) : a.confidence) as never,
    populations: async (a, _, ctx) => loadEntities((await detailed(a, ctx)).populationIds, ctx),
    excludes: async (a, _, ctx) => loadEntities((await detailed(a, ctx)).excludeIds, ctx),
    sources: async (a, _, ctx) => loadSources((await detailed(a, ctx)).sources, ctx),
    note: async (a, _, ctx) => (await detailed(a, ctx)).note,
    coverage: (a) => a.coverage ?? null,
    appliesThrough: (a, _, ctx) => (a.appliesThroughId ? ctx.loaders.entity.load(a.appliesThroughId) : null),
    function: (a) => a.function as never,
    role: (a) => a.role as never,
  },
  Relationship: {
    from: (r, _, ctx) => required(ctx.loaders.entity.load(r.fromId), r.fromId),
    to: (r, _, ctx) => required(ctx.loaders.entity.load(r.toId), r.toId),
    other: (r, _, ctx) => {
      const id = r.direction === 'OUTGOING' ? r.toId : r.fromId;
      return required(ctx.loaders.entity.load(id), id);
    },
    relation: (r) => relationName(r.type, r.direction) as never,
    type: (r) => r.type as never,
    sources: (r, _, ctx) => loadSources(r.sources, ctx),
  },
  OversightStep: {
    entity: (s, _, ctx, info) => required(namedOrWhole(ctx, info).load(s.entityId), s.entityId),
  },
  PathStep: {
    from: (s, _, ctx) => required(ctx.loaders.entity.load(s.fromId), s.fromId),
    to: (s, _, ctx) => required(ctx.loaders.entity.load(s.toId), s.toId),
  },
};
