import { Kind, type FieldNode, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';

/**
 * The fields selected directly on a resolver's result (through fragments too), by name,
 * so a parent can fetch the children it knows will be asked for in its own statement.
 */
export function selectedFields(info: GraphQLResolveInfo): Map<string, FieldNode[]> {
  const out = new Map<string, FieldNode[]>();
  const visit = (set: SelectionSetNode | undefined) => {
    for (const s of set?.selections ?? []) {
      if (s.kind === Kind.FIELD) out.set(s.name.value, [...(out.get(s.name.value) ?? []), s]);
      else if (s.kind === Kind.INLINE_FRAGMENT) visit(s.selectionSet);
      else visit(info.fragments[s.name.value]?.selectionSet);
    }
  };
  for (const node of info.fieldNodes) visit(node.selectionSet);
  return out;
}

/** What a fact may be asked for and still be read with the slim fields (facts.ts loads the rest by id). */
export const SLIM_FACT_FIELDS: ReadonlySet<string> = new Set([
  '__typename',
  'id',
  'role',
  'function',
  'program',
  'administrator',
  'coverage',
  'appliesThrough',
]);
/** The same for facts read with their place's id too. */
export const SLIM_WITH_PLACE_FACT_FIELDS: ReadonlySet<string> = new Set([...SLIM_FACT_FIELDS, 'jurisdiction']);

/** Entity fields a record with only id, name and kind read can answer. */
export const NAME_FIELDS: ReadonlySet<string> = new Set(['id', 'name', '__typename']);

/**
 * Whether the fields selected below path (e.g. ['edges', 'node']) are all among `allowed`,
 * through fragments, for every type: a resolver may then read a smaller projection.
 */
export function selectsOnly(info: GraphQLResolveInfo, path: readonly string[], allowed: ReadonlySet<string>): boolean {
  const check = (set: SelectionSetNode | undefined, depth: number): boolean => {
    for (const s of set?.selections ?? []) {
      if (s.kind === Kind.FIELD) {
        if (depth === path.length) {
          if (!allowed.has(s.name.value)) return false;
        } else if (s.name.value === path[depth]) {
          if (!check(s.selectionSet, depth + 1)) return false;
        }
      } else if (s.kind === Kind.INLINE_FRAGMENT) {
        if (!check(s.selectionSet, depth)) return false;
      } else {
        const fragment = info.fragments[s.name.value];
        if (!fragment || !check(fragment.selectionSet, depth)) return false;
      }
    }
    return true;
  };
  return info.fieldNodes.every((node) => check(node.selectionSet, 0));
}

/**
 * How wide a listing of an organization's facts may be read, from what the request selects
 * below path (the connection's edges and node): the programs, places and administrators by
 * name only, and the facts with their slim fields only.
 */
export function factListingWidth(info: GraphQLResolveInfo, path: readonly string[]): { namesOnly: boolean; slimFacts: boolean } {
  const node = [...path, 'edges', 'node'];
  return {
    namesOnly: ['program', 'jurisdiction', 'administrator'].every((field) => selectsOnly(info, [...node, field], NAME_FIELDS)),
    slimFacts: selectsOnly(info, node, SLIM_WITH_PLACE_FACT_FIELDS),
  };
}
