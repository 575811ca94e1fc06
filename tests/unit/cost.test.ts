import { buildSchema, Kind, parse, type FragmentDefinitionNode, type OperationDefinitionNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { operationCost } from '../../src/graphql/plugins/cost.js';
import { countTokens } from '../../src/graphql/plugins/costLimit.js';
import { loadTypeDefs } from '../../src/graphql/schema.js';

const schema = buildSchema(loadTypeDefs());

function cost(query: string, variables: Record<string, unknown> = {}): number {
  const document = parse(query);
  const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;
  const fragments = Object.fromEntries(
    document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((f) => [f.name.value, f]),
  );
  return operationCost({ schema, operation, fragments, variables });
}

/*
 * Expected values worked out by hand from the rules in cost.ts: a leaf costs 0, an object 1,
 * a list multiplies what is below it (plus 1 for each item) by first / default 20 / its bound.
 */
describe('operationCost', () => {
  it('charges nothing for leaves and __typename', () => {
    expect(cost('{ __typename }')).toBe(0);
  });

  it('charges 1 per object', () => {
    // entity (1) + sources: list of 5 by default, each 1 → 1 + 5 = 6
    expect(cost('{ entity(id: "org:cms") { id name } }')).toBe(1);
    expect(cost('{ entity(id: "org:cms") { id sources { title } } }')).toBe(6);
  });

  it('multiplies a connection by first, literal or variable, and by 20 when first is absent', () => {
    // relationships: first × (the item 1 + edges 1 + node 1 + other 1) = first × 4; entity adds 1
    expect(cost('{ entity(id: "org:cms") { relationships(first: 10) { edges { node { other { id } } } } } }')).toBe(1 + 10 * 4);
    expect(
      cost('query($n: Int) { entity(id: "org:cms") { relationships(first: $n) { edges { node { other { id } } } } } }', { n: 3 }),
    ).toBe(1 + 3 * 4);
    expect(cost('{ entity(id: "org:cms") { relationships { edges { node { other { id } } } } } }')).toBe(1 + 20 * 4);
  });

  it('multiplies nested lists, so nesting cannot hide its size', () => {
    const inner = 100 * (1 + 1 + 1 + 1); // relationships(first:100) { edges { node { other { id } } } }
    const outer = 100 * (1 + 1 + 1 + 1 + inner); // relationships(first:100) { edges { node { other { inner } } } }
    expect(
      cost(
        '{ entity(id: "x") { relationships(first: 100) { edges { node { other { relationships(first: 100) { edges { node { other { id } } } } } } } } } }',
      ),
    ).toBe(1 + outer);
  });

  it('weighs the graph walks by the work they may do', () => {
    // paths: 10 per hop + first × (1 + steps(5 × (1 + from 1 + to 1)))
    expect(cost('{ paths(from: "a", to: "b") { hops steps { from { id } to { id } } } }')).toBe(40 + 3 * (1 + 5 * 3));
    expect(cost('{ paths(from: "a", to: "b", maxHops: 6, first: 10) { hops } }')).toBe(60 + 10 * 1);
    // oversightChain: 12 + 12 steps × (1 + entity 1)
    expect(cost('{ oversightChain(id: "org:cms") { relation entity { id } } }')).toBe(12 + 12 * 2);
  });

  it('adds up aliases and fragments, and survives a fragment cycle', () => {
    const one = cost('{ oversightChain(id: "a") { relation } }');
    expect(cost('{ a: oversightChain(id: "a") { relation } b: oversightChain(id: "b") { relation } }')).toBe(2 * one);
    expect(cost('{ ...F } fragment F on Query { oversightChain(id: "a") { relation } }')).toBe(one);
    expect(cost('{ ...A } fragment A on Query { ...B } fragment B on Query { ...A }')).toBe(0);
  });

  it('counts introspection as 1', () => {
    expect(cost('{ __schema { types { name fields { name type { name ofType { name } } } } } }')).toBe(1);
  });
});

describe('countTokens', () => {
  it('counts punctuators, names and values, not whitespace or commas', () => {
    // { a ( x : 1 ) }  → 8 tokens
    expect(countTokens('{ a(x: 1) }')).toBe(8);
    expect(countTokens('{ a, b }')).toBe(4);
  });
});
