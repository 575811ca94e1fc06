import type { Resolvers } from '../../generated/resolvers-types.js';
import { asOfOrToday } from '../../args.js';
import { entityFields } from './entityFields.js';

export const providerResolvers: Resolvers = {
  Provider: {
    ...entityFields,
    location: (p) => (p.stateId || p.city || p.zip ? p : null),
    parentOrganization: (p, _, ctx) => (p.parentNpi ? ctx.loaders.provider.load(p.parentNpi) : null),
    medicareContractors: (p, args, ctx) =>
      p.stateId ? ctx.loaders.placeContractors.load(`${p.stateId}~${p.countyId ?? ''}|${asOfOrToday(args.asOf, ctx.today)}`) : [],
  },
  ProviderLocation: {
    state: (p) => p.stateId?.replace(/^state:/, '') ?? null,
    county: (p, _, ctx) => (p.countyId ? ctx.loaders.entity.load(p.countyId) : null),
  },
};
