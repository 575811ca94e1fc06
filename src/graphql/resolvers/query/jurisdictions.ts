import type { GraphQLResolveInfo } from 'graphql';
import { resolveJurisdiction } from '../../../domain/jurisdictionNames.js';
import type { EntityRecord } from '../../../domain/records.js';
import { jurisdictions as allJurisdictions } from '../../../services/jurisdictions.js';
import { statePages } from '../../../services/statePages.js';
import { suggestJurisdictionIds } from '../../../services/suggestions.js';
import type { GraphQLContext } from '../../context.js';
import type { QueryResolvers } from '../../generated/resolvers-types.js';
import { NAME_FIELDS, selectedFields, selectsOnly, SLIM_FACT_FIELDS } from '../../selection.js';

/** Where a jurisdiction's page names administrators. */
const ADMINISTRATOR_PATHS = [['medicaidAgency'], ['ship'], ['medicareContractors', 'administrator']];

/** The page parts a Jurisdiction field reads (see places.ts). */
const PART_OF_FIELD: Record<string, 'agency' | 'expansion' | 'fmap' | 'absence'> = {
  medicaidAgency: 'agency',
  medicaidPrograms: 'agency',
  ship: 'agency',
  medicaidExpansion: 'expansion',
  fmap: 'fmap',
  fmapRates: 'fmap',
  managedCareAbsence: 'absence',
};

/**
 * When the request asks a jurisdiction for its own facts or today's contractors, read just
 * those parts with the jurisdiction in one statement and hand them to the loaders its fields use.
 */
async function withPage(
  ctx: GraphQLContext,
  info: GraphQLResolveInfo,
  which: { all: true } | { stateIds: string[] },
): Promise<EntityRecord[] | null> {
  const fields = selectedFields(info);
  const parts = { agency: false, expansion: false, fmap: false, absence: false, contractors: false, adminNames: false, slimFacts: false };
  for (const [field, part] of Object.entries(PART_OF_FIELD)) {
    // A field asked about another day than today reads through its loader instead.
    if ((fields.get(field) ?? []).some((f) => !f.arguments?.some((a) => a.name.value === 'asOf'))) parts[part] = true;
  }
  parts.contractors = (fields.get('medicareContractors') ?? []).some((f) => !f.arguments?.length);
  if (!Object.values(parts).some(Boolean)) return null;
  // The administrators' fields resolve through the name loader when they ask no more (facts.ts, places.ts).
  parts.adminNames = ADMINISTRATOR_PATHS.every((path) => selectsOnly(info, path, NAME_FIELDS));
  // The agency and SHIP facts only lead to their administrator and program: slim whenever the contractors are.
  parts.slimFacts = selectsOnly(info, ['medicareContractors'], SLIM_FACT_FIELDS);
  const pages = await statePages(ctx.run, which, ctx.today, parts);
  const { loaders, today } = ctx;
  for (const p of pages) {
    const id = p.state.id;
    loaders.entity.prime(id, p.state);
    if (p.agency && p.ship) {
      loaders.medicaidAgency.prime(`${id}|${today}`, loaders.primed(p.agency));
      loaders.ship.prime(`${id}|${today}`, loaders.primed(p.ship));
    }
    if (p.expansion !== undefined) loaders.expansion.prime(id, p.expansion);
    if (p.fmapRates) loaders.fmapRates.prime(id, p.fmapRates);
    if (p.managedCareAbsence !== undefined) loaders.managedCareAbsence.prime(id, p.managedCareAbsence);
    if (p.contractors) loaders.medicareContractors.prime(`${id}|${today}`, loaders.primed(p.contractors));
  }
  return pages.map((p) => p.state);
}

export const jurisdictions: QueryResolvers['jurisdictions'] = async (_, __, ctx, info) =>
  (await withPage(ctx, info, { all: true })) ?? allJurisdictions(ctx.run);

/** Accepts CA, state:CA or a name (California); an unknown one answers null, with the nearest in extensions.suggestions. */
export const jurisdiction: QueryResolvers['jurisdiction'] = async (_, { code }, ctx, info) => {
  const id = resolveJurisdiction(code);
  if (!id) {
    const near = suggestJurisdictionIds(code);
    if (near.length > 0) ctx.suggestions[info.path.key as string] = near;
    return null;
  }
  const pages = await withPage(ctx, info, { stateIds: [id] });
  return pages ? (pages[0] ?? null) : ctx.loaders.entity.load(id);
};
