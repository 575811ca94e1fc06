import { RELATIONSHIP_TYPES, DERIVED_RELATIONSHIP_TYPES } from '../../../domain/vocabulary.js';
import { relationshipsConnection } from '../../../services/connections.js';
import type { EntityRecord, SourceRecord } from '../../../domain/records.js';
import { page } from '../../args.js';
import type { GraphQLContext } from '../../context.js';
import { BadUserInputError } from '../../errors.js';

const KNOWN_TYPES = new Set<string>([...RELATIONSHIP_TYPES, ...DERIVED_RELATIONSHIP_TYPES]);

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
  async relationships(
    e: EntityRecord,
    args: { direction?: 'OUTGOING' | 'INCOMING' | 'BOTH' | null; types?: string[] | null; first?: number | null; after?: string | null },
    ctx: GraphQLContext,
  ) {
    const window = page(args.first, args.after);
    const types = args.types?.map((t) => t.toUpperCase()) ?? null;
    const unknown = types?.filter((t) => !KNOWN_TYPES.has(t)) ?? [];
    if (unknown.length > 0) {
      throw new BadUserInputError('types', `Unknown relationship type ${unknown.join(', ')}; accepted: ${[...KNOWN_TYPES].join(', ')}.`);
    }
    return relationshipsConnection(ctx.run, e.id, args.direction ?? 'BOTH', types, window);
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
