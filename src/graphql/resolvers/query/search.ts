import { buildSearchQuery } from '../../../domain/search.js';
import { searchConnection } from '../../../services/connections.js';
import { page } from '../../args.js';
import { BadUserInputError } from '../../errors.js';
import type { QueryResolvers } from '../../generated/resolvers-types.js';
import { NAME_FIELDS, selectsOnly } from '../../selection.js';

export const search: QueryResolvers['search'] = async (_, { text, kinds, first, after }, ctx, info) => {
  const query = buildSearchQuery(text);
  if (!query) throw new BadUserInputError('text', 'text must contain at least one letter or digit.');
  const namesOnly = selectsOnly(info, ['edges', 'node'], NAME_FIELDS);
  return searchConnection(ctx.run, query, kinds && kinds.length > 0 ? [...kinds] : null, page(first, after), namesOnly);
};
