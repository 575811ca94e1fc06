import { describe, expect, it } from 'vitest';
import { compactCypher } from '../../src/db/compactCypher.js';

describe('compactCypher', () => {
  it('makes each run of whitespace one space and trims the ends', () => {
    expect(compactCypher('\n   MATCH (e:Entity {id: $id})\n\t  RETURN   e.name  \n')).toBe('MATCH (e:Entity {id: $id}) RETURN e.name');
  });

  it('drops line and block comments, keeping the words either side apart', () => {
    expect(compactCypher('MATCH (e) // why this seek\nRETURN e')).toBe('MATCH (e) RETURN e');
    expect(compactCypher('MATCH (e)/* a note */RETURN e')).toBe('MATCH (e) RETURN e');
    expect(compactCypher('RETURN 1 // a comment at the end')).toBe('RETURN 1');
  });

  it('leaves strings and quoted names as written, comment marks and spaces included', () => {
    expect(compactCypher("RETURN 'a  b // not a comment'   AS x")).toBe("RETURN 'a  b // not a comment' AS x");
    expect(compactCypher('RETURN "it\\"s  //  here" AS `odd  ``name`` here`')).toBe('RETURN "it\\"s  //  here" AS `odd  ``name`` here`');
    expect(compactCypher("WHERE a.url STARTS WITH 'https://x'  RETURN a")).toBe("WHERE a.url STARTS WITH 'https://x' RETURN a");
  });

  it('does not join a string to the word before it', () => {
    expect(compactCypher("RETURN\n  'x'")).toBe("RETURN 'x'");
    expect(compactCypher("x IN['A',\n 'B']")).toBe("x IN['A', 'B']");
  });

  it('names an unclosed quote or comment rather than send a different statement', () => {
    expect(() => compactCypher("RETURN 'open")).toThrow(/' quote is not closed/);
    expect(() => compactCypher('RETURN 1 /* open')).toThrow(/block comment is not closed/);
  });
});
