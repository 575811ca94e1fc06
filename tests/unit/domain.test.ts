import { describe, expect, it } from 'vitest';
import { isIsoDate, isValidAt, todayIso } from '../../src/domain/dates.js';
import { chooseUpward, relationName } from '../../src/domain/oversight.js';
import { decodeCursor, encodeCursor, pageWindow, toConnection } from '../../src/domain/pagination.js';
import { normalizeStateCode, resolveZip, useZipTable, zipTable } from '../../src/domain/places.js';
import { buildSearchQuery } from '../../src/domain/search.js';
import { groupInKeyOrder } from '../../src/db/repositories/rows.js';

describe('places', () => {
  it('normalizes state codes and rejects unknown ones', () => {
    expect(normalizeStateCode('ca')).toBe('state:CA');
    expect(normalizeStateCode('state:GU')).toBe('state:GU');
    expect(normalizeStateCode('XX')).toBeNull();
  });

  it('resolves a ZIP to its state and county offline', () => {
    expect(resolveZip('22201')).toEqual({
      ok: true,
      place: { zip: '22201', stateId: 'state:VA', countyId: 'county:51013', city: 'Arlington' },
    });
    expect(resolveZip('22314')).toMatchObject({ ok: true, place: { countyId: 'county:51510' } });
    expect(resolveZip('99501')).toMatchObject({ ok: true, place: { stateId: 'state:AK', countyId: 'county:02020' } });
  });

  it('puts the Pacific ZIPs in the right territory', () => {
    expect(resolveZip('96910')).toMatchObject({ ok: true, place: { stateId: 'state:GU' } });
    expect(resolveZip('96950')).toMatchObject({ ok: true, place: { stateId: 'state:MP' } });
    expect(resolveZip('96799')).toMatchObject({ ok: true, place: { stateId: 'state:AS' } });
  });

  it('tells malformed ZIPs from unknown ones', () => {
    expect(resolveZip('2220')).toEqual({ ok: false, reason: 'malformed' });
    expect(resolveZip('abcde')).toEqual({ ok: false, reason: 'malformed' });
    expect(resolveZip('00000')).toEqual({ ok: false, reason: 'unknown' });
  });
});

describe('dates', () => {
  it('accepts only real calendar dates', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2023-02-29')).toBe(false);
    expect(isIsoDate('2024-3-1')).toBe(false);
  });
  it('treats period bounds as inclusive and open ends as unbounded', () => {
    expect(isValidAt({ validFrom: '2017-09-08', validTo: null }, '2017-09-08')).toBe(true);
    expect(isValidAt({ validFrom: null, validTo: '2017-09-07' }, '2017-09-08')).toBe(false);
  });
  it('takes today from the clock in New York, not UTC', () => {
    // 02:00 UTC on March 1 is 21:00 EST on February 28.
    expect(todayIso(new Date('2026-03-01T02:00:00Z'))).toBe('2026-02-28');
    // Midnight Eastern (05:00 UTC in winter) starts the next day.
    expect(todayIso(new Date('2026-03-01T04:59:59Z'))).toBe('2026-02-28');
    expect(todayIso(new Date('2026-03-01T05:00:00Z'))).toBe('2026-03-01');
    // In summer (EDT, UTC-4) the day turns at 04:00 UTC.
    expect(todayIso(new Date('2026-07-04T03:59:59Z'))).toBe('2026-07-03');
    expect(todayIso(new Date('2026-07-04T04:00:00Z'))).toBe('2026-07-04');
    // Remembered for the minute only: the last second before midnight, then midnight itself.
    expect(todayIso(new Date('2026-07-04T03:59:00Z'))).toBe('2026-07-03');
    expect(todayIso(new Date('2026-07-04T03:59:59.999Z'))).toBe('2026-07-03');
    expect(todayIso(new Date('2026-07-04T04:00:00Z'))).toBe('2026-07-04');
  });
});

describe('pagination', () => {
  it('round-trips cursors and rejects forged ones', () => {
    expect(decodeCursor(encodeCursor(['AB_MAC', 'asg:x', 3.5, null]))).toEqual(['AB_MAC', 'asg:x', 3.5, null]);
    expect(() => decodeCursor('bm9wZQ')).toThrow(/Invalid cursor/);
    expect(() => decodeCursor(Buffer.from('k:{"a":1}').toString('base64url'))).toThrow(/Invalid cursor/);
    expect(() => decodeCursor(Buffer.from('k:[').toString('base64url'))).toThrow(/Invalid cursor/);
  });
  it('enforces 1..100 with a default of 20', () => {
    expect(pageWindow(undefined, undefined)).toEqual({ after: null, limit: 20 });
    expect(pageWindow(5, encodeCursor(['asg:b']))).toEqual({ after: ['asg:b'], limit: 5 });
    expect(() => pageWindow(101, null)).toThrow(/between 1 and 100/);
    expect(() => pageWindow(0, null)).toThrow(/between 1 and 100/);
  });
  it('builds Relay page info from a page read with first + 1 rows', async () => {
    const rows = ['a', 'b', 'c'].map((id) => ({ node: id, key: [id] }));
    const c = toConnection({ rows, limit: 2, hadCursor: true }, async () => 5);
    expect(c.edges.map((e) => e.node)).toEqual(['a', 'b']);
    expect(c.pageInfo).toMatchObject({
      hasNextPage: true,
      hasPreviousPage: true,
      startCursor: encodeCursor(['a']),
      endCursor: encodeCursor(['b']),
    });
    const last = toConnection({ rows: rows.slice(0, 2), limit: 2, hadCursor: false }, async () => 2);
    expect(last.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: false });
    expect(await c.totalCount()).toBe(5);
  });
});

describe('search query', () => {
  it('keeps only letters and digits, so input cannot change the query structure', () => {
    const q = buildSearchQuery('Noridan") OR name:* ~ \\')!;
    expect(q).not.toMatch(/["\\]/);
    expect(q).toContain('noridan~1');
  });
  it('makes long words typo-tolerant and short ones prefix matches', () => {
    expect(buildSearchQuery('Medi-Cal')).toContain('(medi^3 OR medi*^2 OR medi~1) AND (cal^3 OR cal*)');
    expect(buildSearchQuery('  !!  ')).toBeNull();
  });
});

describe('oversight chain choice', () => {
  it('prefers the lowest rank, then the broader authority, then the smallest id', () => {
    const edges = [
      { type: 'OVERSEES', direction: 'INCOMING' as const, targetId: 'org:senate-help', targetKind: 'COMMITTEE' },
      { type: 'OVERSEES', direction: 'INCOMING' as const, targetId: 'org:us-congress', targetKind: 'LEGISLATURE' },
      { type: 'PART_OF', direction: 'OUTGOING' as const, targetId: 'org:a', targetKind: 'FEDERAL_AGENCY' },
    ];
    expect(chooseUpward(edges, new Set())?.targetId).toBe('org:us-congress');
    expect(chooseUpward(edges, new Set(['org:us-congress', 'org:senate-help']))?.targetId).toBe('org:a');
    expect(chooseUpward([], new Set())).toBeNull();
  });
  it('names incoming links in the passive', () => {
    expect(relationName('OVERSEES', 'INCOMING')).toBe('OVERSEEN_BY');
    expect(relationName('ACTS_UNDER', 'OUTGOING')).toBe('ACTS_UNDER');
  });
});

describe('groupInKeyOrder (the DataLoader contract)', () => {
  it('answers shuffled, duplicate and missing keys in key order', () => {
    const rows = [
      { key: 'b', value: 2 },
      { key: 'a', value: 1 },
      { key: 'b', value: 3 },
    ];
    expect(groupInKeyOrder(['b', 'x', 'a', 'b'], rows)).toEqual([[2, 3], [], [1], [2, 3]]);
  });
});

describe('zipTable', () => {
  it('answers every 5-digit ZIP exactly as the ZIP package does', () => {
    const zips = Array.from({ length: 100_000 }, (_, n) => String(n).padStart(5, '0'));
    const fromPackage = zips.map((z) => resolveZip(z));
    const table = zipTable();
    useZipTable(table);
    const fromTable = zips.map((z) => resolveZip(z));
    expect(fromTable).toEqual(fromPackage);
    // Worked out from the USPS and Census assignments, not from either side: Arlington VA, and a Guam ZIP the package labels as American Samoa.
    expect(fromTable[22201]).toEqual({
      ok: true,
      place: { zip: '22201', stateId: 'state:VA', countyId: 'county:51013', city: 'Arlington' },
    });
    expect(fromTable[96910]).toMatchObject({ ok: true, place: { stateId: 'state:GU', countyId: null } });
    expect(Object.keys(table).length).toBeGreaterThan(40_000);
  });
});
