import type { Resolvers } from '../../generated/resolvers-types.js';
import { managedCareConnection } from '../../../services/connections.js';
import { asOfOrToday, intInRange, limit, page } from '../../args.js';

/** The ceiling on a region's members and a state's counties (Texas has 254). */
const MAX_PLACES = 500;
import { entityFields } from './entityFields.js';
import { loadEntities, loadSources } from './loadRecords.js';
import { namedOrWhole } from './facts.js';

export const placeResolvers: Resolvers = {
  Jurisdiction: {
    ...entityFields,
    code: (j) => j.code ?? j.id.replace(/^state:/, ''),
    fips: (j) => j.fips ?? '',
    async medicaidAgency(j, args, ctx, info) {
      const [first] = await ctx.loaders.medicaidAgency.load(`${j.id}|${asOfOrToday(args.asOf, ctx.today)}`);
      return first ? namedOrWhole(ctx, info).load(first.administratorId) : null;
    },
    async medicaidPrograms(j, args, ctx) {
      const assignments = await ctx.loaders.medicaidAgency.load(`${j.id}|${asOfOrToday(args.asOf, ctx.today)}`);
      return loadEntities([...new Set(assignments.map((a) => a.programId))], ctx);
    },
    medicaidExpansion: (j, _, ctx) => ctx.loaders.expansion.load(j.id),
    managedCareAbsence: (j, _, ctx) => ctx.loaders.managedCareAbsence.load(j.id),
    async fmap(j, args, ctx) {
      const fy = intInRange('fiscalYear', args.fiscalYear, 0, 1966, 2100);
      return (await ctx.loaders.fmapRates.load(j.id)).find((r) => r.fiscalYear === fy)?.percent ?? null;
    },
    fmapRates: (j, _, ctx) => ctx.loaders.fmapRates.load(j.id),
    medicareContractors: (j, args, ctx) => ctx.loaders.medicareContractors.load(`${j.id}|${asOfOrToday(args.asOf, ctx.today)}`),
    async managedCare(j, args, ctx) {
      const connection = await managedCareConnection(ctx.run, j.id, asOfOrToday(args.asOf, ctx.today), page(args.first, args.after));
      ctx.loaders.primed(connection.edges.map((edge) => edge.node));
      return connection;
    },
    async ship(j, args, ctx, info) {
      const [first] = await ctx.loaders.ship.load(`${j.id}|${asOfOrToday(args.asOf, ctx.today)}`);
      return first ? namedOrWhole(ctx, info).load(first.administratorId) : null;
    },
    regions: (j, args, ctx) => ctx.loaders.regionsOf.load(`${j.id}|${asOfOrToday(args.asOf, ctx.today)}`),
    counties: (j, args, ctx) => ctx.loaders.countiesOf.load(`${j.id}|${limit(args.first, MAX_PLACES)}`),
  },
  County: {
    ...entityFields,
    fips: (c) => c.fips ?? c.id.replace(/^county:/, ''),
    state: (c, _, ctx) => (c.stateId ? ctx.loaders.entity.load(c.stateId) : null),
  },
  Region: {
    ...entityFields,
    members: (r, args, ctx) =>
      ctx.loaders.regionMembers.load(`${r.id}|${asOfOrToday(args.asOf, ctx.today)}|${limit(args.first, MAX_PLACES)}`),
  },
  MedicaidExpansion: { sources: (x, _, ctx) => loadSources(x.sources, ctx) },
  ManagedCareAbsence: { sources: (x, _, ctx) => loadSources(x.sources, ctx) },
  FmapRate: { sources: (x, _, ctx) => loadSources(x.sources, ctx) },
};
