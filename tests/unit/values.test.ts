import neo4j from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { toPlain } from '../../src/db/values.js';

describe('toPlain', () => {
  it('turns Integers, Dates and DateTimes nested in lists and maps into numbers and ISO text', () => {
    const row = {
      n: neo4j.int(42),
      d: new neo4j.types.Date(2026, 12, 5),
      list: [neo4j.int(7), { on: [['state:CA', null]], from: new neo4j.types.Date(2017, 9, 8) }],
      at: new neo4j.types.DateTime(2026, 12, 5, 9, 30, 0, 0, 0),
      missing: undefined,
    };
    expect(toPlain(row)).toEqual({
      n: 42,
      d: '2026-12-05',
      list: [7, { on: [['state:CA', null]], from: '2017-09-08' }],
      at: '2026-12-05T09:30:00Z',
      missing: null,
    });
  });

  it('reads a node or relationship as its properties, leaving the driver object as it was', () => {
    const node = new neo4j.types.Node(neo4j.int(1), ['Entity'], { id: 'org:cms', since: new neo4j.types.Date(1977, 3, 9) }, 'e1');
    expect(toPlain(node)).toEqual({ id: 'org:cms', since: '1977-03-09' });
    expect(neo4j.isDate(node.properties.since)).toBe(true);
  });

  it('keeps scalars and null as they are', () => {
    expect([toPlain('x'), toPlain(1.5), toPlain(true), toPlain(null), toPlain(undefined)]).toEqual(['x', 1.5, true, null, null]);
  });
});
