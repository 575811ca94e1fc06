import { entitiesConnection } from '../../../services/connections.js';
import { page } from '../../args.js';
import type { QueryResolvers } from '../../generated/resolvers-types.js';

export const entities: QueryResolvers['entities'] = (_, { kinds, first, after }, ctx) => {
  const kindList = kinds && kinds.length > 0 ? [...new Set(kinds)] : null;
  return entitiesConnection(ctx.run, kindList, page(first, after)) as never;
};
