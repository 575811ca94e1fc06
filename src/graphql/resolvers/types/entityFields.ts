import { relationFilter } from '../../../domain/relations.js';
import { relationshipsConnection } from '../../../services/connections.js';
import type { EntityRecord } from '../../../domain/records.js';
import { page } from '../../args.js';
import type { GraphQLContext } from '../../context.js';
import { loadSources } from './loadRecords.js';

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
