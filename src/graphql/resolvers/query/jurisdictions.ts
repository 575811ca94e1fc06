import { jurisdictions as allJurisdictions } from '../../../services/jurisdictions.js';
import { normalizeStateCode } from '../../../domain/places.js';
import type { QueryResolvers } from '../../generated/resolvers-types.js';

export const jurisdictions: QueryResolvers['jurisdictions'] = (_, __, ctx) => allJurisdictions(ctx.run);

/** Accepts CA or state:CA; an unknown code answers null, like entity(id). */
export const jurisdiction: QueryResolvers['jurisdiction'] = (_, { code }, ctx) => {
  const id = normalizeStateCode(code);
  return id ? ctx.loaders.entity.load(id) : null;
};
