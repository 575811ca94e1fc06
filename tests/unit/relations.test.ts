import { buildSchema, GraphQLEnumType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { PASSIVE_RELATIONS, RELATION_NAMES, relationFilter, relationName, STORED_RELATIONS } from '../../src/domain/relations.js';
import { DERIVED_RELATIONSHIP_TYPES, RELATIONSHIP_TYPES } from '../../src/domain/vocabulary.js';
import { loadTypeDefs } from '../../src/graphql/schema.js';

describe('relation vocabulary', () => {
  const relation = buildSchema(loadTypeDefs()).getType('Relation') as GraphQLEnumType;

  it('is the Relation enum of the schema, value for value, each one described', () => {
    expect(relation.getValues().map((v) => v.name)).toEqual(RELATION_NAMES);
    for (const v of relation.getValues()) expect(v.description, v.name).toMatch(/\w{3,}/);
  });

  it('covers every type the seed writes and the loader derives, and no passive name doubles as a type', () => {
    expect([...STORED_RELATIONS].sort()).toEqual([...RELATIONSHIP_TYPES, ...DERIVED_RELATIONSHIP_TYPES].sort());
    expect(PASSIVE_RELATIONS.filter((p) => (STORED_RELATIONS as string[]).includes(p))).toEqual([]);
    expect(new Set(PASSIVE_RELATIONS).size).toBe(PASSIVE_RELATIONS.length);
  });

  it('names an incoming edge in the passive and an outgoing one as stored', () => {
    expect(relationName('LOBBIES', 'INCOMING')).toBe('LOBBIED_BY');
    expect(relationName('OPERATES_IN', 'INCOMING')).toBe('HOSTS');
    expect(relationName('CONFIRMS', 'OUTGOING')).toBe('CONFIRMS');
  });
});

describe('relationFilter', () => {
  it('reads an active name on outgoing edges and a passive name on incoming edges', () => {
    expect(relationFilter(['OVERSEES', 'OVERSEEN_BY', 'HAS_AGENT'], 'BOTH')).toEqual({
      outgoing: ['OVERSEES'],
      incoming: ['OVERSEES', 'ACTS_UNDER'],
    });
  });

  it('reads everything in a direction when no names are given, nothing against the direction', () => {
    expect(relationFilter(null, 'BOTH')).toEqual({ outgoing: null, incoming: null });
    expect(relationFilter(null, 'OUTGOING')).toEqual({ outgoing: null, incoming: [] });
    expect(relationFilter(['OVERSEEN_BY'], 'OUTGOING')).toEqual({ outgoing: [], incoming: [] });
    expect(relationFilter(['OVERSEEN_BY'], 'INCOMING')).toEqual({ outgoing: [], incoming: ['OVERSEES'] });
  });

  it('an empty list asks for no relation at all; SELF names no edge', () => {
    expect(relationFilter([], 'BOTH')).toEqual({ outgoing: [], incoming: [] });
    expect(relationFilter(['SELF'], 'BOTH')).toEqual({ outgoing: [], incoming: [] });
  });
});
