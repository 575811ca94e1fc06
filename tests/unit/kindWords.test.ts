import { describe, expect, it } from 'vitest';
import { kindText } from '../../src/domain/kindWords.js';
import { decodeCursor, encodeCursor, pageWindow, toConnection } from '../../src/domain/pagination.js';
import { buildSearchQuery } from '../../src/domain/search.js';

describe('kindText', () => {
  it('gives a MAC the words people use for it, from its role', () => {
    const text = kindText('CONTRACTOR', ['AB_MAC', 'DME_MAC', 'AB_MAC']);
    expect(text).toContain('contractor');
    expect(text).toContain('Medicare Administrative Contractor MAC');
    // each role once, in a stable order
    expect(text.indexOf('A/B MAC')).toBeLessThan(text.indexOf('DME MAC'));
    expect(text.match(/A\/B MAC/g)).toHaveLength(1);
  });
  it('names a kind without roles by its own words, and an unknown kind in lower case', () => {
    expect(kindText('ADVOCACY_GROUP')).toContain('advocacy group');
    expect(kindText('SOMETHING_NEW')).toBe('something new');
  });
  it('is searched after names and aliases but before descriptions', () => {
    const q = buildSearchQuery('MAC')!;
    expect(q).toMatch(/name:\(.*\)\^4 OR aliasText:\(.*\)\^3 OR kindText:\(.*\)\^2 OR description:/);
  });
});

describe('keyset pages of entities', () => {
  it('round-trips the last id and refuses an offset cursor or garbage', () => {
    expect(decodeCursor(encodeCursor(['org:cms']))).toEqual(['org:cms']);
    expect(() => decodeCursor(Buffer.from('o:5').toString('base64url'))).toThrow(/Invalid cursor/);
    expect(() => decodeCursor('%%%')).toThrow(/Invalid cursor/);
  });
  it('bounds first to 1..100', () => {
    expect(pageWindow(undefined, null)).toEqual({ after: null, limit: 20 });
    expect(pageWindow(100, null).limit).toBe(100);
    expect(() => pageWindow(0, null)).toThrow(/between 1 and 100/);
    expect(() => pageWindow(101, null)).toThrow(/between 1 and 100/);
  });
  it('uses the extra row only to say there is a next page', () => {
    const rows = ['a', 'b', 'c'].map((id) => ({ node: { id }, key: [id] }));
    const page = toConnection({ rows, limit: 2, hadCursor: false }, async () => 3);
    expect(page.edges.map((e) => e.node.id)).toEqual(['a', 'b']);
    expect(page.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    expect(decodeCursor(page.pageInfo.endCursor!)).toEqual(['b']);
    expect(toConnection({ rows: rows.slice(0, 2), limit: 2, hadCursor: true }, async () => 2).pageInfo).toMatchObject({
      hasNextPage: false,
      hasPreviousPage: true,
    });
  });
});
