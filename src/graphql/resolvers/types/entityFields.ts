import { relationFilter } from '../../../domain/relations.js';
import { relationshipsConnection } from '../../../services/connections.js';
import type { EntityRecord, SourceRecord } from '../../../domain/records.js';
import { page } from '../../args.js';
import type { GraphQLContext } from '../../context.js';

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

/** Fields every Entity implementation shares. */
export const entityFields = {
  sources: (e: EntityRecord, _: unknown, ctx: GraphQLContext) => loadSources(e.sources, ctx),
  contactSources: (e: EntityRecord, _: unknown, ctx: GraphQLContext) => loadSources(e.contactSources ?? [], ctx),
  async relationships(
    e: EntityRecord,
    args: { direction?: 'OUTGOING' | 'INCOMING' | 'BOTH' | null; types?: string[] | null; first?: number | null; after?: string | null },
    ctx: GraphQLContext,
  ) {
    const window = page(args.first, args.after);
    // The Relation enum has already refused unknown names (with GraphQL's "did you mean").
    const types = relationFilter(args.types ?? null, args.direction ?? 'BOTH');
    return relationshipsConnection(ctx.run, e.id, types, window);
  },
};

/** Which GraphQL type an entity record is, by its kind. */
export function entityTypeName(e: EntityRecord): string {
  switch (e.kind) {
    case 'STATE': case 'DISTRICT': case 'TERRITORY': return 'Jurisdiction';
    case 'COUNTY': return 'County';
    case 'REGION': return 'Region';
    case 'PROVIDER': return 'Provider';
    case 'NATION': return 'Nation';
    case 'PROGRAM': return 'Program';
    case 'POPULATION': return 'Population';
    case 'PROVIDER_TYPE': case 'ORGANIZATION_TYPE': return 'ActorType';
    case 'MEDICARE_CONTRACT': return 'MedicareContract';
    default: return 'Organization';
  }
}
