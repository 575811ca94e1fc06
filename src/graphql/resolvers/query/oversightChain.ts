import { asOfOrToday } from '../../args.js';
import type { QueryResolvers } from '../../generated/resolvers-types.js';
import { oversightChain as walk } from '../../../services/oversightChain.js';
import { BadUserInputError, didYouMean } from '../../errors.js';
import { suggestEntityIds } from '../../../services/suggestions.js';

export const oversightChain: QueryResolvers['oversightChain'] = async (_, { id, asOf }, ctx) => {
  const day = asOfOrToday(asOf, ctx.today);
  const start = await ctx.loaders.entity.load(id);
  if (!start) {
    const near = await suggestEntityIds(ctx.run, id, null, ctx.logger);
    throw new BadUserInputError('id', `Unknown entity ${JSON.stringify(id)}.${didYouMean(near)}`, near);
  }
  return walk(ctx.run, id, start.kind, day);
};
