import { asOfOrToday } from '../../args.js';
import type { QueryResolvers } from '../../generated/resolvers-types.js';
import { oversightChain as walk } from '../../../services/oversightChain.js';
import { BadUserInputError } from '../../errors.js';

export const oversightChain: QueryResolvers['oversightChain'] = async (_, { id, asOf }, ctx) => {
  const day = asOfOrToday(asOf, ctx.today);
  if (!(await ctx.loaders.entity.load(id))) throw new BadUserInputError('id', `Unknown entity ${JSON.stringify(id)}.`);
  return walk(ctx.run, id, day);
};
