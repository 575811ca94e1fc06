import { MAX_PATH_HOPS } from '../../../db/repositories/graphRepository.js';
import { findPaths } from '../../../services/paths.js';
import { intInRange } from '../../args.js';
import { BadUserInputError } from '../../errors.js';
import type { QueryResolvers } from '../../generated/resolvers-types.js';

export const paths: QueryResolvers['paths'] = async (_, args, ctx) => {
  const maxHops = intInRange('maxHops', args.maxHops, 4, 1, MAX_PATH_HOPS);
  const first = intInRange('first', args.first, 3, 1, 10);
  const [from, to] = await ctx.loaders.entity.loadMany([args.from, args.to]);
  // A failed load (the database is down) is not an unknown entity: report it as what it is.
  if (from instanceof Error) throw from;
  if (to instanceof Error) throw to;
  if (!from || from instanceof Error) throw new BadUserInputError('from', `Unknown entity ${JSON.stringify(args.from)}.`);
  if (!to || to instanceof Error) throw new BadUserInputError('to', `Unknown entity ${JSON.stringify(args.to)}.`);
  if (args.from === args.to) return [{ hops: 0, steps: [] }];
  return findPaths(ctx.run, args.from, args.to, maxHops, first);
};
