import { describe, expect, it } from 'vitest';
import {
  isValidNpi,
  matchName,
  npiCheckDigit,
  parseCompactDate,
  parseUsDate,
  providerValidTo,
  decodeNpiCursor,
  encodeNpiCursor,
} from '../../src/domain/providers.js';
import { HeaderError, indexHeader, ArrayRow } from '../../src/import/lib/header.js';
import { progressFigures } from '../../src/import/lib/progress.js';
import { splitSimpleLine } from '../../src/import/lib/readCsv.js';
import { posReleaseDate } from '../../src/import/kinds/pos.js';
import { nppes } from '../../src/import/kinds/nppes.js';
import { NPPES_HEADER_LEGACY, NPPES_HEADER_V2 } from '../../src/import/kinds/nppesHeader.js';
import { providerFilter } from '../../src/services/providers.js';

describe('NPI check digit', () => {
  it('matches CMS examples and real NPIs', () => {
    // CMS's worked example in the NPI check digit paper: base 123456789 has check digit 3.
    expect(npiCheckDigit('123456789')).toBe(3);
    expect(isValidNpi('1234567893')).toBe(true);
    // Real NPIs from the NPPES file (public registry).
    expect(isValidNpi('1679576722')).toBe(true);
    expect(isValidNpi('1497758544')).toBe(true);
  });
  it('rejects a changed digit, a wrong length and letters', () => {
    expect(isValidNpi('1234567894')).toBe(false);
    expect(isValidNpi('1679576712')).toBe(false);
    expect(isValidNpi('123456789')).toBe(false);
    expect(isValidNpi('12345678X3')).toBe(false);
  });
});

describe('dates of the files', () => {
  it('reads MM/DD/YYYY and YYYYMMDD, blank as null, and refuses days that do not exist', () => {
    expect(parseUsDate('05/23/2005')).toBe('2005-05-23');
    expect(parseUsDate('')).toBeNull();
    expect(parseUsDate('02/30/2020')).toBeUndefined();
    expect(parseUsDate('2020-01-01')).toBeUndefined();
    expect(parseCompactDate('19660701')).toBe('1966-07-01');
    expect(parseCompactDate('20201301')).toBeUndefined();
  });
  it('ends an NPI the day before its deactivation unless reactivated on or after it', () => {
    expect(providerValidTo(null, null)).toBeNull();
    expect(providerValidTo('2025-03-01', null)).toBe('2025-02-28');
    expect(providerValidTo('2024-03-01', null)).toBe('2024-02-29');
    expect(providerValidTo('2019-02-01', '2019-03-01')).toBeNull();
    expect(providerValidTo('2021-02-01', '2019-03-01')).toBe('2021-01-31');
  });
  it('takes the release date from POS file names', () => {
    expect(posReleaseDate('POS_File_Hospital_Non_Hospital_Facilities_Q4_2023.csv')).toBe('2023-12-31');
    expect(posReleaseDate('Hospital_and_other.DATA.Q1_2024.csv')).toBe('2024-03-31');
    expect(posReleaseDate('Provider_of_Services_File_Hospital_Non_Hospital_Facilities_Dataset_2022_Q4.csv')).toBe('2022-12-31');
    expect(posReleaseDate('POS_OTHER_DEC19.csv')).toBe('2019-12-31');
    expect(posReleaseDate('facilities.csv')).toBeNull();
  });
  it('takes the release date from NPPES file names', () => {
    expect(nppes.releaseDateFromName!('npidata_pfile_20050523-20250608.csv')).toBe('2025-06-08');
    expect(nppes.releaseDateFromName!('providers.csv')).toBeNull();
  });
});

describe('header check', () => {
  it('names every missing column and accepts either name of a renamed one', () => {
    expect(() => indexHeader('f.csv', ['A', 'C'], ['A', 'B', ['X', 'Y']])).toThrow(HeaderError);
    try {
      indexHeader('f.csv', ['A', 'C'], ['A', 'B', ['X', 'Y']]);
    } catch (e) {
      expect((e as HeaderError).missing).toEqual(['B', 'X" or "Y']);
      expect((e as Error).message).toContain('f.csv');
    }
    const index = indexHeader('f.csv', ['\uFEFFA', 'Y '], ['A', ['X', 'Y']]);
    const row = new ArrayRow(index);
    row.values = ['1', ' 2 '];
    expect(row.get('A')).toBe('1');
    expect(row.get('X')).toBe('2');
    expect(row.opt('Z')).toBeNull();
  });
  it('has the NPPES layouts: 330 columns in V2, 329 in the legacy one, both accepted by the nppes kind', () => {
    expect(NPPES_HEADER_V2).toHaveLength(330);
    expect(NPPES_HEADER_LEGACY).toHaveLength(329);
    expect(NPPES_HEADER_V2[41]).toBe('Provider Sex Code');
    expect(NPPES_HEADER_LEGACY[41]).toBe('Provider Gender Code');
    expect(NPPES_HEADER_V2[329]).toBe('Certification Date');
    expect(() => indexHeader('v2', NPPES_HEADER_V2, nppes.requiredColumns)).not.toThrow();
    expect(() => indexHeader('legacy', NPPES_HEADER_LEGACY, nppes.requiredColumns)).not.toThrow();
  });
});

describe('line splitting', () => {
  it('splits unquoted and fully quoted lines, and leaves anything else to the CSV parser', () => {
    expect(splitSimpleLine('a,b,,c')).toEqual(['a', 'b', '', 'c']);
    expect(splitSimpleLine('"a","","c, d"')).toEqual(['a', '', 'c, d']);
    expect(splitSimpleLine('"a","b ""q"" c"')).toBeNull();
    expect(splitSimpleLine('a,"b, c",d')).toBeNull();
    expect(splitSimpleLine('"open')).toBeNull();
  });
});

describe('facility name matching', () => {
  it('ignores case and punctuation but not words', () => {
    expect(matchName('Riverside Community Hospital, Inc.')).toBe('RIVERSIDE COMMUNITY HOSPITAL INC');
    expect(matchName('A & B  Clinic')).toBe(matchName('A AND B CLINIC'));
    expect(matchName('X HOSPITAL INC')).not.toBe(matchName('X HOSPITAL'));
  });
});

describe('progress figures', () => {
  it('computes rate from this run and percent/ETA from bytes', () => {
    const f = progressFigures(
      { rows: 1500, written: 1000, rejected: 2, bytes: 600, totalBytes: 1000, startedAt: 0, baseRows: 500, baseBytes: 200 },
      10_000,
    );
    expect(f.rowsPerSecond).toBe(100);
    expect(f.percent).toBe(60);
    // 400 bytes in 10 s; 400 bytes to go.
    expect(f.etaSeconds).toBe(10);
  });
});

describe('providers arguments', () => {
  it('needs a place and names the bad argument', () => {
    expect(() => providerFilter({ taxonomy: '207Q00000X' })).toThrow(/needs a place/);
    expect(() => providerFilter({ state: 'XX' })).toThrow(/Unknown state/);
    expect(() => providerFilter({ county: '5101' })).toThrow(/Malformed county/);
    expect(() => providerFilter({ state: 'VA', taxonomy: 'doctor' })).toThrow(/Malformed taxonomy/);
    expect(providerFilter({ state: 'va', county: '51013' })).toEqual({
      stateId: 'state:VA',
      countyId: 'county:51013',
      zip: null,
      taxonomy: null,
    });
  });
  it('round-trips the keyset cursor and refuses forged ones', () => {
    expect(decodeNpiCursor(encodeNpiCursor('1679576722'))).toBe('1679576722');
    expect(decodeNpiCursor('bogus')).toBeNull();
  });
});
