import { suggestEntityIds } from '../../../services/suggestions.js';
import type { QueryResolvers } from '../../generated/resolvers-types.js';

/**
 * Unknown ids answer null rather than an error: asking whether something exists is a fair
 * question. The nearest ids go out in extensions.suggestions under the field's response key.
 */
export const entity: QueryResolvers['entity'] = async (_, { id }, ctx, info) => {
  const found = await ctx.loaders.entity.load(id);
  if (!found) {
    const near = await suggestEntityIds(ctx.run, id, null, ctx.logger);
    if (near.length > 0) ctx.suggestions[info.path.key as string] = near;
  }
  return found;
};
