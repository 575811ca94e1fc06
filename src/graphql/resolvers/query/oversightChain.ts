import { asOfOrToday } from '../../args.js';
import type { QueryResolvers } from '../../generated/resolvers-types.js';
import { oversightChain as walk } from '../../../services/oversightChain.js';
import { BadUserInputError, didYouMean } from '../../errors.js';
import { suggestEntityIds } from '../../../services/suggestions.js';
import { NAME_FIELDS, selectsOnly } from '../../selection.js';

export const oversightChain: QueryResolvers['oversightChain'] = async (_, { id, asOf }, ctx, info) => {
  const namesOnly = selectsOnly(info, ['entity'], NAME_FIELDS);
  const chain = await walk(ctx.run, id, asOfOrToday(asOf, ctx.today), namesOnly, ctx.chainsStoredOn);
  if (!chain) {
    const near = await suggestEntityIds(ctx.run, id, null, ctx.logger);
    throw new BadUserInputError('id', `Unknown entity ${JSON.stringify(id)}.${didYouMean(near)}`, near);
  }
  for (const e of chain.entities) (namesOnly ? ctx.loaders.entityName : ctx.loaders.entity).prime(e.id, e);
  return chain.steps;
};
