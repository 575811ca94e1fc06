import type { Resolvers } from '../generated/resolvers-types.js';
import { DateScalar } from '../scalars.js';
import { entity } from './query/entity.js';
import { entities } from './query/entities.js';
import { jurisdiction, jurisdictions } from './query/jurisdictions.js';
import { oversightChain } from './query/oversightChain.js';
import { paths } from './query/paths.js';
import { search } from './query/search.js';
import { whoAdministers } from './query/whoAdministers.js';
import { entityResolvers } from './types/entity.js';
import { factResolvers } from './types/facts.js';
import { placeResolvers } from './types/places.js';

export const resolvers: Resolvers = {
  Date: DateScalar,
  Query: { entity, entities, search, jurisdiction, jurisdictions, whoAdministers, oversightChain, paths },
  ...entityResolvers,
  ...placeResolvers,
  ...factResolvers,
};
