import type { Resolvers } from '../generated/resolvers-types.js';
import { DateScalar } from '../scalars.js';
import { contract } from './query/contract.js';
import { entity } from './query/entity.js';
import { entities } from './query/entities.js';
import { jurisdiction, jurisdictions } from './query/jurisdictions.js';
import { oversightChain } from './query/oversightChain.js';
import { paths } from './query/paths.js';
import { provider, providers } from './query/providers.js';
import { search } from './query/search.js';
import { stats } from './query/stats.js';
import { whoAdministers } from './query/whoAdministers.js';
import { contractFieldsOnPlaces, contractResolvers } from './types/contracts.js';
import { entityResolvers } from './types/entity.js';
import { factResolvers } from './types/facts.js';
import { placeResolvers } from './types/places.js';
import { providerResolvers } from './types/provider.js';

export const resolvers: Resolvers = {
  Date: DateScalar,
  Query: {
    entity,
    entities,
    search,
    jurisdiction,
    jurisdictions,
    whoAdministers,
    oversightChain,
    paths,
    stats,
    provider,
    providers,
    contract,
  },
  ...entityResolvers,
  ...placeResolvers,
  ...factResolvers,
  ...providerResolvers,
  ...contractResolvers,
  Jurisdiction: { ...placeResolvers.Jurisdiction, ...contractFieldsOnPlaces.Jurisdiction },
  County: { ...placeResolvers.County, ...contractFieldsOnPlaces.County },
  Organization: { ...entityResolvers.Organization, ...contractFieldsOnPlaces.Organization },
};
