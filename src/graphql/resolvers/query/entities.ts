import { countEntities, entitiesPage } from '../../../db/repositories/entityListRepository.js';
import { keysetWindow, toKeysetConnection } from '../../../domain/keyset.js';
import { PaginationError } from '../../../domain/pagination.js';
import { BadUserInputError } from '../../errors.js';
import type { QueryResolvers } from '../../generated/resolvers-types.js';

export const entities: QueryResolvers['entities'] = async (_, { kinds, first, after }, ctx) => {
  let window;
  try {
    window = keysetWindow(first, after);
  } catch (error) {
    if (error instanceof PaginationError) throw new BadUserInputError(error.argument, error.message);
    throw error;
  }
  const kindList = kinds && kinds.length > 0 ? [...new Set(kinds)] : null;
  const rows = await entitiesPage(ctx.run, kindList, window.afterId, window.limit);
  // graphql-js calls a function-valued field, so the count runs only when totalCount is selected.
  const totalCount = () => countEntities(ctx.run, kindList);
  return { ...toKeysetConnection(rows, window.limit, window.afterId), totalCount: totalCount as unknown as number };
};
