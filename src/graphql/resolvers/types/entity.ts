import type { Resolvers } from '../../generated/resolvers-types.js';
import { entityFields } from './entityFields.js';
import { entityTypeName } from './entityTypeName.js';
import { administersKey } from '../../loaders.js';
import { asOfOrToday, page } from '../../args.js';
import { factListingWidth } from '../../selection.js';

export const entityResolvers: Resolvers = {
  Entity: { __resolveType: (e) => entityTypeName(e) as never },
  Organization: {
    ...entityFields,
    async administers(e, args, ctx, info) {
      const window = page(args.first, args.after);
      const connection = await ctx.loaders.administers.load(
        administersKey(e.id, asOfOrToday(args.asOf, ctx.today), window.after, window.limit, factListingWidth(info, [])),
      );
      ctx.loaders.primed(connection.edges.map((edge) => edge.node));
      return connection;
    },
  },
  Program: {
    ...entityFields,
    partOf: (p, _, ctx) => ctx.loaders.programParent.load(p.id),
    parts: (p, _, ctx) => ctx.loaders.programParts.load(p.id),
  },
  Population: { ...entityFields },
  ActorType: { ...entityFields },
  Nation: { ...entityFields, code: (n) => n.code ?? 'US' },
};
