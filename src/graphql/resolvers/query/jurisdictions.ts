import type { GraphQLResolveInfo } from 'graphql';
import { resolveJurisdiction } from '../../../domain/jurisdictionNames.js';
import type { EntityRecord } from '../../../domain/records.js';
import { jurisdictions as allJurisdictions } from '../../../services/jurisdictions.js';
import { statePages } from '../../../services/statePages.js';
import { suggestJurisdictionIds } from '../../../services/suggestions.js';
import type { GraphQLContext } from '../../context.js';
import type { QueryResolvers } from '../../generated/resolvers-types.js';
import { selectedFields } from '../../selection.js';

const FACT_FIELDS = ['medicaidAgency', 'medicaidPrograms', 'medicaidExpansion', 'fmap', 'fmapRates', 'managedCareAbsence', 'ship'];

/**
 * When the request asks a jurisdiction for its own facts or today's contractors, read them
 * with the jurisdiction in one statement and hand them to the loaders its fields use.
 */
async function withPage(ctx: GraphQLContext, info: GraphQLResolveInfo, which: { all: true } | { stateIds: string[] }): Promise<EntityRecord[] | null> {
  const fields = selectedFields(info);
  const facts = FACT_FIELDS.some((f) => fields.has(f));
  const contractors = (fields.get('medicareContractors') ?? []).some((f) => !f.arguments?.length);
  if (!facts && !contractors) return null;
  const pages = await statePages(ctx.run, which, ctx.today, { facts, contractors });
  for (const p of pages) {
    ctx.loaders.entity.prime(p.state.id, p.state);
    if (p.facts) {
      ctx.loaders.primed([...p.facts.agency, ...p.facts.ship]);
      ctx.loaders.stateFacts.prime(`${p.state.id}|${ctx.today}`, p.facts);
    }
    if (p.contractors) ctx.loaders.medicareContractors.prime(`${p.state.id}|${ctx.today}`, ctx.loaders.primed(p.contractors));
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
