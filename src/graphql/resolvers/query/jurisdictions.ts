import { listJurisdictions } from '../../../db/repositories/entityRepository.js';
import { normalizeStateCode } from '../../../domain/places.js';
import type { QueryResolvers } from '../../generated/resolvers-types.js';

export const jurisdictions: QueryResolvers['jurisdictions'] = (_, __, ctx) => listJurisdictions(ctx.run);

/** Accepts CA or state:CA; an unknown code answers null, like entity(id). */
export const jurisdiction: QueryResolvers['jurisdiction'] = (_, { code }, ctx) => {
  const id = normalizeStateCode(code);
  return id ? ctx.loaders.entity.load(id) : null;
};
