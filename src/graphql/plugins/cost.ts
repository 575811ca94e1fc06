import {
  Kind,
  OperationTypeNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLOutputType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValueNode,
} from 'graphql';

/**
 * The static cost of an operation, worked out from the schema before anything runs, so a
 * client learns what a query will weigh without paying for it first.
 *
 * - A leaf (scalar, enum) costs 0; every object, interface or list element costs 1.
 * - A list multiplies everything below it by how many items it can hold: its `first`
 *   argument, else that argument's default, else the size the list is known to be bounded by.
 * - Root fields that walk the graph cost more on their own: `paths` a number of points per
 *   hop it may explore, `oversightChain` one per step it may take, and so on.
 *
 * Introspection (`__schema`, `__type`) costs 1: it reads the schema, not the graph.
 * @skip/@include are ignored (the cost is an upper bound).
 */

/** Default of `first` where a field takes it; every list field takes 1-100, default 20. */
const DEFAULT_FIRST: Record<string, number> = { 'Query.paths': 3 };
const DEFAULT_PAGE = 20;

/** Lists without `first`, by the bound they live under (see README "How the answers are chosen"). */
const LIST_SIZE: Record<string, number> = {
  'Query.jurisdictions': 56,
  'Query.oversightChain': 12,
  'Query.whoAdministers': 30,
  'Jurisdiction.counties': 50,
  'Region.members': 50,
};
const DEFAULT_LIST_SIZE = 5;

/** Work a field does by itself, beyond the objects it returns. */
const FIELD_WEIGHT: Record<string, (args: Record<string, unknown>) => number> = {
  // Shortest paths grow with the hops explored: 10 points a hop (default 4 hops).
  'Query.paths': (args) => 10 * (typeof args.maxHops === 'number' ? args.maxHops : 4),
  // Up to 12 sequential steps, one round trip each.
  'Query.oversightChain': () => 12,
  'Query.search': () => 5,
  'Query.whoAdministers': () => 5,
};

export interface CostInput {
  schema: GraphQLSchema;
  operation: OperationDefinitionNode;
  fragments: Record<string, FragmentDefinitionNode>;
  variables: Record<string, unknown>;
}

export function operationCost({ schema, operation, fragments, variables }: CostInput): number {
  const root =
    operation.operation === OperationTypeNode.QUERY
      ? schema.getQueryType()
      : operation.operation === OperationTypeNode.MUTATION
        ? schema.getMutationType()
        : schema.getSubscriptionType();
  if (!root) return 0;
  return selectionCost(root, operation.selectionSet, { schema, fragments, variables, visiting: new Set() });
}

interface Walk {
  schema: GraphQLSchema;
  fragments: Record<string, FragmentDefinitionNode>;
  variables: Record<string, unknown>;
  /** Fragments on the current path: a cycle (rejected by validation anyway) cannot loop here. */
  visiting: Set<string>;
}

function selectionCost(parent: GraphQLNamedType, selectionSet: SelectionSetNode, walk: Walk): number {
  let total = 0;
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      const name = selection.name.value;
      if (name === '__typename') continue;
      if (name === '__schema' || name === '__type') {
        total += 1;
        continue;
      }
      const field = fieldOf(parent, name);
      if (!field) continue;
      const named = getNamedType(field.type);
      if (isLeafType(named)) continue;
      const key = `${parent.name}.${name}`;
      const args = argumentValues(selection.arguments ?? [], walk.variables);
      const inner = selection.selectionSet ? selectionCost(named, selection.selectionSet, walk) : 0;
      const items = multiplier(key, field, field.type, args);
      total += (FIELD_WEIGHT[key]?.(args) ?? 0) + items * (1 + inner);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      const on = selection.typeCondition ? walk.schema.getType(selection.typeCondition.name.value) : parent;
      total += selectionCost(on ?? parent, selection.selectionSet, walk);
    } else {
      const name = selection.name.value;
      const fragment = walk.fragments[name];
      if (!fragment || walk.visiting.has(name)) continue;
      walk.visiting.add(name);
      const on = walk.schema.getType(fragment.typeCondition.name.value) ?? parent;
      total += selectionCost(on, fragment.selectionSet, walk);
      walk.visiting.delete(name);
    }
  }
  return total;
}

/*
 * Types are told apart by shape, not instanceof: graphql-js can be loaded twice in one
 * process (its ESM and CJS builds), and its is*Type checks then throw across the copies.
 */
function fieldOf(type: GraphQLNamedType, name: string): GraphQLField<unknown, unknown> | undefined {
  return 'getFields' in type ? (type.getFields() as Record<string, GraphQLField<unknown, unknown>>)[name] : undefined;
}

function getNamedType(type: GraphQLOutputType): GraphQLNamedType {
  let t: GraphQLOutputType = type;
  while ('ofType' in t && t.ofType) t = t.ofType as GraphQLOutputType;
  return t as GraphQLNamedType;
}

/** Scalars and enums serialize values; object, interface and union types do not. */
const isLeafType = (type: GraphQLNamedType) => 'serialize' in type;

/** "[Entity!]!" or "[Entity]": a list, with or without non-null around it. */
const isListType = (type: GraphQLOutputType) => String(type).replace(/!$/, '').startsWith('[');

function multiplier(key: string, field: GraphQLField<unknown, unknown>, type: GraphQLOutputType, args: Record<string, unknown>): number {
  if (field.args.some((a) => a.name === 'first')) {
    const first = args.first;
    // Out-of-range values are refused by the resolver; count what would be asked for at most.
    if (typeof first === 'number' && Number.isFinite(first)) return Math.max(1, Math.min(Math.trunc(first), 100));
    return DEFAULT_FIRST[key] ?? DEFAULT_PAGE;
  }
  // A connection's edges are the page its field's `first` already counted.
  if (key.endsWith('Connection.edges')) return 1;
  return isListType(type) ? (LIST_SIZE[key] ?? DEFAULT_LIST_SIZE) : 1;
}

function argumentValues(
  nodes: readonly { name: { value: string }; value: ValueNode }[],
  variables: Record<string, unknown>,
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const node of nodes) {
    if (node.value.kind === Kind.INT) out[node.name.value] = Number(node.value.value);
    else if (node.value.kind === Kind.VARIABLE) out[node.name.value] = variables[node.value.name.value];
  }
  return out;
}
