import { searchEntities } from '../../../db/repositories/entityRepository.js';
import { toConnection } from '../../../domain/pagination.js';
import { buildSearchQuery } from '../../../domain/search.js';
import { page } from '../../args.js';
import { BadUserInputError } from '../../errors.js';
import type { QueryResolvers } from '../../generated/resolvers-types.js';

export const search: QueryResolvers['search'] = async (_, { text, kinds, first, after }, ctx) => {
  const query = buildSearchQuery(text);
  if (!query) throw new BadUserInputError('text', 'text must contain at least one letter or digit.');
  const { offset, limit } = page(first, after);
  const result = await searchEntities(ctx.run, query, kinds && kinds.length > 0 ? [...kinds] : null, offset, limit);
  const connection = toConnection({ ...result, items: result.items.map((h) => h.entity) });
  return { ...connection, edges: connection.edges.map((edge, i) => ({ ...edge, score: result.items[i]!.score })) };
};
