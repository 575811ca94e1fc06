import type { QueryResolvers } from '../../generated/resolvers-types.js';

/** Unknown ids answer null rather than an error: asking whether something exists is a fair question. */
export const entity: QueryResolvers['entity'] = (_, { id }, ctx) => ctx.loaders.entity.load(id);
