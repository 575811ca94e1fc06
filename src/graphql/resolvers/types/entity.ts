import type { Resolvers } from '../../generated/resolvers-types.js';
import { entityFields, entityTypeName } from './entityFields.js';
import { administeredBy } from '../../../db/repositories/assignmentRepository.js';
import { toConnection } from '../../../domain/pagination.js';
import { asOfOrToday, page } from '../../args.js';

export const entityResolvers: Resolvers = {
  Entity: { __resolveType: (e) => entityTypeName(e) as never },
  Organization: {
    ...entityFields,
    async administers(e, args, ctx) {
      const { offset, limit } = page(args.first, args.after);
      return toConnection(await administeredBy(ctx.run, e.id, asOfOrToday(args.asOf, ctx.today), offset, limit));
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
