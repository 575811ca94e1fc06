import { describe, expect, it } from 'vitest';
import { decodeKeyCursor, encodeKeyCursor, keysetWindow, toKeysetConnection } from '../../src/domain/keyset.js';
import { kindText } from '../../src/domain/kindWords.js';
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

describe('keyset pages', () => {
  it('round-trips the last id and refuses an offset cursor or garbage', () => {
    expect(decodeKeyCursor(encodeKeyCursor('org:cms'))).toBe('org:cms');
    expect(() => decodeKeyCursor(Buffer.from('o:5').toString('base64url'))).toThrow(/Invalid cursor/);
    expect(() => decodeKeyCursor('%%%')).toThrow(/Invalid cursor/);
  });
  it('bounds first to 1..100', () => {
    expect(keysetWindow(undefined, null)).toEqual({ afterId: null, limit: 20 });
    expect(keysetWindow(100, null).limit).toBe(100);
    expect(() => keysetWindow(0, null)).toThrow(/between 1 and 100/);
    expect(() => keysetWindow(101, null)).toThrow(/between 1 and 100/);
  });
  it('uses the extra row only to say there is a next page', () => {
    const rows = [{ id: 'a' }, { id: 'b' }, { id: 'c' }];
    const page = toKeysetConnection(rows, 2, null);
    expect(page.edges.map((e) => e.node.id)).toEqual(['a', 'b']);
    expect(page.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    expect(decodeKeyCursor(page.pageInfo.endCursor!)).toBe('b');
    expect(toKeysetConnection(rows.slice(0, 2), 2, 'x').pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
  });
});
