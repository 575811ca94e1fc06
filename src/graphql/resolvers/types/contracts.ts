import type { Resolvers } from '../../generated/resolvers-types.js';
import {
  contractCountyEnrollment,
  contractEnrollment,
  contractEnrollmentPerState,
  contractPlans,
  contractServiceArea,
  medicareAdvantage,
} from '../../../services/medicareAdvantage.js';
import { asOfOrToday, asUserInput, intInRange } from '../../args.js';
import { entityFields } from './entityFields.js';
import { loadSources } from './loadRecords.js';

/** Contract-specific fields read the contract record through the per-request loader (one query for a list). */
export const contractResolvers: Resolvers = {
  MedicareContract: {
    ...entityFields,
    contractNumber: async (c, _, ctx) => (await ctx.loaders.contract.load(c.id))?.contractNumber ?? c.id.replace(/^contract:/, ''),
    organizationName: async (c, _, ctx) => (await ctx.loaders.contract.load(c.id))?.organizationName ?? null,
    marketingName: async (c, _, ctx) => (await ctx.loaders.contract.load(c.id))?.marketingName ?? null,
    organizationType: async (c, _, ctx) => (await ctx.loaders.contract.load(c.id))?.organizationType ?? null,
    effectiveDate: async (c, _, ctx) => (await ctx.loaders.contract.load(c.id))?.effectiveDate ?? null,
    async parent(c, _, ctx) {
      const parentId = (await ctx.loaders.contract.load(c.id))?.parentId;
      return parentId ? ctx.loaders.entity.load(parentId) : null;
    },
    administration: (c, args, ctx) => ctx.loaders.contractAdministration.load(`${c.id}|${asOfOrToday(args.asOf, ctx.today)}`),
    plans: (c, args, ctx) => asUserInput(() => contractPlans(ctx.run, c.id, args.first, args.after)),
    serviceArea: (c, args, ctx) =>
      asUserInput(() => contractServiceArea(ctx.run, c.id, asOfOrToday(args.asOf, ctx.today), args.first, args.after)),
    totalEnrollment: (c, args, ctx) => contractEnrollment(ctx.run, c.id, asOfOrToday(args.asOf, ctx.today)),
    enrollmentByState: (c, args, ctx) => contractEnrollmentPerState(ctx.run, c.id, asOfOrToday(args.asOf, ctx.today)),
    enrollmentByCounty: (c, args, ctx) =>
      asUserInput(() => contractCountyEnrollment(ctx.run, c.id, asOfOrToday(args.asOf, ctx.today), args.first, args.after)),
  },
  MedicarePlan: { sources: (p, _, ctx) => loadSources(p.sources, ctx) },
  ServiceAreaCounty: {
    county: (s, _, ctx) => ctx.loaders.entity.load(s.countyId),
    coverage: (s) => (s.partial ? 'PARTIAL' : 'FULL'),
    employerGroupOnly: (s) => s.eghp,
    sources: (s, _, ctx) => loadSources(s.sources, ctx),
  },
  MedicareEnrollment: {
    place: (m, _, ctx) => (m.placeId ? ctx.loaders.entity.load(m.placeId) : null),
    sources: (m, _, ctx) => loadSources(m.sources, ctx),
  },
  MedicareAdvantageEntry: {
    contract: async (e, _, ctx) => (await ctx.loaders.entity.load(e.contractId))!,
  },
  MedicaidPlanEnrollment: {
    state: (e, _, ctx) => (e.stateId ? ctx.loaders.entity.load(e.stateId) : null),
    sources: (e, _, ctx) => loadSources(e.sources, ctx),
  },
};

/** Fields this area adds to types defined elsewhere; merged into those types' resolvers. */
export const contractFieldsOnPlaces = {
  Jurisdiction: {
    medicareAdvantage: ((j, args, ctx) =>
      asUserInput(() => medicareAdvantage(ctx.run, j.id, args.first, args.after))) satisfies NonNullable<
      Resolvers['Jurisdiction']
    >['medicareAdvantage'],
  },
  County: {
    medicareAdvantage: ((c, args, ctx) =>
      asUserInput(() => medicareAdvantage(ctx.run, c.id, args.first, args.after))) satisfies NonNullable<
      Resolvers['County']
    >['medicareAdvantage'],
  },
  Organization: {
    medicaidEnrollment: ((o, args, ctx) => {
      const year = args.year == null ? '' : String(intInRange('year', args.year, 0, 1960, 2100));
      return ctx.loaders.medicaidEnrollment.load(`${o.id}|${year}`);
    }) satisfies NonNullable<Resolvers['Organization']>['medicaidEnrollment'],
  },
};
