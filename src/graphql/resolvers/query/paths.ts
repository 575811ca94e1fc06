import { MAX_PATH_HOPS } from '../../../db/repositories/pathRepository.js';
import { findPaths } from '../../../services/paths.js';
import { asOfOrToday, intInRange } from '../../args.js';
import { BadUserInputError, didYouMean } from '../../errors.js';
import { suggestEntityIds } from '../../../services/suggestions.js';
import type { QueryResolvers } from '../../generated/resolvers-types.js';

export const paths: QueryResolvers['paths'] = async (_, args, ctx) => {
  const maxHops = intInRange('maxHops', args.maxHops, 4, 1, MAX_PATH_HOPS);
  const first = intInRange('first', args.first, 3, 1, 10);
  const [from, to] = await ctx.loaders.entity.loadMany([args.from, args.to]);
  // A failed load (the database is down) is not an unknown entity: report it as what it is.
  if (from instanceof Error) throw from;
  if (to instanceof Error) throw to;
  for (const [argument, value, found] of [
    ['from', args.from, from],
    ['to', args.to, to],
  ] as const) {
    if (!found || found instanceof Error) {
      const near = await suggestEntityIds(ctx.run, value, null, ctx.logger);
      throw new BadUserInputError(argument, `Unknown entity ${JSON.stringify(value)}.${didYouMean(near)}`, near);
    }
  }
  if (args.from === args.to) return [{ hops: 0, steps: [] }];
  return findPaths(ctx.run, args.from, args.to, maxHops, first, asOfOrToday(args.asOf, ctx.today));
};
