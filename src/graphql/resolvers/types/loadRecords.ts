import type { EntityRecord, SourceRecord } from '../../../domain/records.js';
import type { GraphQLContext } from '../../context.js';

/** Lists of ids (a fact's sources, a region's members) read through the request's loaders, in id order. */

export async function loadSources(ids: string[], ctx: GraphQLContext): Promise<SourceRecord[]> {
  const found = await ctx.loaders.source.loadMany(ids);
  // A failed batch (the database is down) must surface, not read as "no sources".
  const failed = found.find((s) => s instanceof Error);
  if (failed) throw failed;
  return found.filter((s): s is SourceRecord => s !== null && !(s instanceof Error));
}

export async function loadEntities(ids: string[], ctx: GraphQLContext): Promise<EntityRecord[]> {
  const found = await ctx.loaders.entity.loadMany(ids);
  const failed = found.find((e) => e instanceof Error);
  if (failed) throw failed;
  return found.filter((e): e is EntityRecord => e !== null && !(e instanceof Error));
}
