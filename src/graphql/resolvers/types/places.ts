import type { Resolvers } from '../../generated/resolvers-types.js';
import { managedCareIn } from '../../../db/repositories/assignmentRepository.js';
import { toConnection } from '../../../domain/pagination.js';
import { asOfOrToday, intInRange, page } from '../../args.js';
import { entityFields, loadEntities, loadSources } from './entityFields.js';

export const placeResolvers: Resolvers = {
  Jurisdiction: {
    ...entityFields,
    code: (j) => j.code ?? j.id.replace(/^state:/, ''),
    fips: (j) => j.fips ?? '',
    async medicaidAgency(j, args, ctx) {
      const [first] = await ctx.loaders.medicaidAgency.load(`${j.id}|${asOfOrToday(args.asOf, ctx.today)}`);
      return first ? ctx.loaders.entity.load(first.administratorId) : null;
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
      const { offset, limit } = page(args.first, args.after);
      return toConnection(await managedCareIn(ctx.run, j.id, asOfOrToday(args.asOf, ctx.today), offset, limit));
    },
    async ship(j, args, ctx) {
      const [first] = await ctx.loaders.ship.load(`${j.id}|${asOfOrToday(args.asOf, ctx.today)}`);
      return first ? ctx.loaders.entity.load(first.administratorId) : null;
    },
    regions: (j, args, ctx) => ctx.loaders.regionsOf.load(`${j.id}|${asOfOrToday(args.asOf, ctx.today)}`),
    counties: (j, _, ctx) => ctx.loaders.countiesOf.load(j.id),
  },
  County: {
    ...entityFields,
    fips: (c) => c.fips ?? c.id.replace(/^county:/, ''),
    state: (c, _, ctx) => (c.stateId ? ctx.loaders.entity.load(c.stateId) : null),
  },
  Region: {
    ...entityFields,
    members: (r, args, ctx) => ctx.loaders.regionMembers.load(`${r.id}|${asOfOrToday(args.asOf, ctx.today)}`),
  },
  MedicaidExpansion: { sources: (x, _, ctx) => loadSources(x.sources, ctx) },
  ManagedCareAbsence: { sources: (x, _, ctx) => loadSources(x.sources, ctx) },
  FmapRate: { sources: (x, _, ctx) => loadSources(x.sources, ctx) },
};
