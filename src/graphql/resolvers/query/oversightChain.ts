import { asOfOrToday } from '../../args.js';
import type { QueryResolvers } from '../../generated/resolvers-types.js';
import { oversightChain as walk } from '../../../services/oversightChain.js';
import { BadUserInputError, didYouMean } from '../../errors.js';
import { suggestEntityIds } from '../../../services/suggestions.js';

export const oversightChain: QueryResolvers['oversightChain'] = async (_, { id, asOf }, ctx) => {
  const chain = await walk(ctx.run, id, asOfOrToday(asOf, ctx.today));
  if (!chain) {
    const near = await suggestEntityIds(ctx.run, id, null, ctx.logger);
    throw new BadUserInputError('id', `Unknown entity ${JSON.stringify(id)}.${didYouMean(near)}`, near);
  }
  for (const e of chain.entities) ctx.loaders.entity.prime(e.id, e);
  return chain.steps;
};
