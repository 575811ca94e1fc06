import { asOfOrToday } from '../../args.js';
import type { QueryResolvers } from '../../generated/resolvers-types.js';
import { oversightChain as walk } from '../../../services/oversightChain.js';
import { BadUserInputError } from '../../errors.js';

export const oversightChain: QueryResolvers['oversightChain'] = async (_, { id, asOf }, ctx) => {
  const chain = await walk(ctx.run, id, asOfOrToday(asOf, ctx.today));
  if (!chain) throw new BadUserInputError('id', `Unknown entity ${JSON.stringify(id)}.`);
  for (const e of chain.entities) ctx.loaders.entity.prime(e.id, e);
  return chain.steps;
};
