import { listJurisdictions } from '../../../db/repositories/entityRepository.js';
import { resolveJurisdiction } from '../../../domain/jurisdictionNames.js';
import { suggestJurisdictionIds } from '../../../services/suggestions.js';
import type { QueryResolvers } from '../../generated/resolvers-types.js';

export const jurisdictions: QueryResolvers['jurisdictions'] = (_, __, ctx) => listJurisdictions(ctx.run);

/** Accepts CA, state:CA or a name (California); an unknown one answers null, with the nearest in extensions.suggestions. */
export const jurisdiction: QueryResolvers['jurisdiction'] = (_, { code }, ctx, info) => {
  const id = resolveJurisdiction(code);
  if (id) return ctx.loaders.entity.load(id);
  const near = suggestJurisdictionIds(code);
  if (near.length > 0) ctx.suggestions[info.path.key as string] = near;
  return null;
};
