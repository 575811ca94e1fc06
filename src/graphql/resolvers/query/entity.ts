import { Kind, type FieldNode, type GraphQLResolveInfo } from 'graphql';
import { entityWithAdministers } from '../../../services/connections.js';
import { suggestEntityIds } from '../../../services/suggestions.js';
import type { EntityRecord } from '../../../domain/records.js';
import { asOfOrToday, page } from '../../args.js';
import type { GraphQLContext } from '../../context.js';
import type { QueryResolvers } from '../../generated/resolvers-types.js';
import { administersKey } from '../../loaders.js';
import { factListingWidth, NAME_FIELDS, selectedFields, selectsOnly } from '../../selection.js';

/**
 * Unknown ids answer null rather than an error: asking whether something exists is a fair
 * question. The nearest ids go out in extensions.suggestions under the field's response key.
 */
export const entity: QueryResolvers['entity'] = async (_, { id }, ctx, info) => {
  const prefetched = await withAdministers(id, ctx, info);
  const found =
    prefetched !== undefined
      ? prefetched
      : selectsOnly(info, [], NAME_FIELDS)
        ? await ctx.loaders.entityName.load(id)
        : await ctx.loaders.entity.load(id);
  if (!found) {
    const near = await suggestEntityIds(ctx.run, id, null, ctx.logger);
    if (near.length > 0) ctx.suggestions[info.path.key as string] = near;
  }
  return found;
};

const NAMES_AND_ADMINISTERS: ReadonlySet<string> = new Set([...NAME_FIELDS, 'administers']);

/**
 * An organization asked for what it administers (once, as a listing does) is read with its
 * first page in one statement, and the page is handed to the field's loader. Undefined when
 * the request asks something else; the field then reads its page itself, and reports any
 * bad argument there.
 */
async function withAdministers(id: string, ctx: GraphQLContext, info: GraphQLResolveInfo): Promise<EntityRecord | null | undefined> {
  const nodes = selectedFields(info).get('administers');
  if (nodes?.length !== 1) return undefined;
  const args = argumentsOf(nodes[0]!, info.variableValues);
  if (!args) return undefined;
  let key: { asOf: string; after: ReturnType<typeof page>['after']; limit: number };
  try {
    const window = page(args.first as number | null | undefined, args.after as string | null | undefined);
    key = { asOf: asOfOrToday(args.asOf as string | null | undefined, ctx.today), after: window.after, limit: window.limit };
  } catch {
    return undefined;
  }
  const width = factListingWidth(info, ['administers']);
  const entityNamesOnly = width.namesOnly && selectsOnly(info, [], NAMES_AND_ADMINISTERS);
  const found = await entityWithAdministers(ctx.run, id, key.asOf, key, { ...width, entityNamesOnly });
  if (!found) return null;
  (entityNamesOnly ? ctx.loaders.entityName : ctx.loaders.entity).prime(id, found.entity);
  ctx.loaders.administers.prime(administersKey(id, key.asOf, key.after, key.limit, width), found.administers);
  return found.entity;
}

/**
 * The field's arguments as written: literals and variables (already coerced and validated
 * by the time any resolver runs). Read by hand rather than with graphql's
 * getArgumentValues, whose type checks throw when graphql-js is loaded twice in a process;
 * null for a value of another kind, which leaves the field to read its page itself.
 */
function argumentsOf(node: FieldNode, variables: Record<string, unknown>): Record<string, unknown> | null {
  const out: Record<string, unknown> = {};
  for (const arg of node.arguments ?? []) {
    const v = arg.value;
    if (v.kind === Kind.INT) out[arg.name.value] = Number(v.value);
    else if (v.kind === Kind.STRING) out[arg.name.value] = v.value;
    else if (v.kind === Kind.NULL) out[arg.name.value] = null;
    else if (v.kind === Kind.VARIABLE) out[arg.name.value] = variables[v.name.value];
    else return null;
  }
  return out;
}
