import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createdProviderProperties, nppes, providerBulkNodes, synthNpi, type ProviderRow } from '../../src/import/kinds/nppes.js';
import { NPPES_HEADER_V2 } from '../../src/import/kinds/nppesHeader.js';
import { ARRAY_DELIMITER, BulkValueError, bulkHeader, bulkLine } from '../../src/import/lib/bulkCsv.js';
import type { ProgressState } from '../../src/import/lib/progress.js';
import { RejectsFile } from '../../src/import/lib/rejects.js';
import { SeenKeys } from '../../src/import/lib/seenKeys.js';
import { writeBulkCsv } from '../../src/import/lib/writeBulkCsv.js';
import { defaultParseThreads } from '../../src/import/lib/runBulkImport.js';

const tmp = mkdtempSync(path.join(os.tmpdir(), 'bulk-unit-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('the offline importer CSV', () => {
  const columns = [
    { name: 'npi', type: 'id' },
    { name: 'name', type: 'string' },
    { name: 'codes', type: 'string[]' },
    { name: 'since', type: 'date' },
    { name: 'subpart', type: 'boolean' },
  ] as const;

  it('types the header, with the key as the ID of its label', () => {
    expect(bulkHeader('Provider', columns)).toBe('npi:ID(Provider),name:string,codes:string[],since:date,subpart:boolean');
  });

  it('quotes strings, doubles their quotes, joins lists with U+001F and leaves absent values empty', () => {
    expect(bulkLine(columns, ['1234567893', 'A "B", C', ['207Q00000X', '208D00000X'], '2010-03-04', false])).toBe(
      `"1234567893","A ""B"", C","207Q00000X\u001f208D00000X",2010-03-04,false`,
    );
    expect(bulkLine(columns, ['1234567893', null, [], null, null])).toBe('"1234567893",,,,');
  });

  it('refuses what the importer would store differently: a list item holding the delimiter, an empty item, a malformed date', () => {
    expect(() => bulkLine(columns, ['1', null, [`a${ARRAY_DELIMITER}b`], null, null])).toThrow(BulkValueError);
    expect(() => bulkLine(columns, ['1', null, [''], null, null])).toThrow(BulkValueError);
    expect(() => bulkLine(columns, ['1', null, null, '03/04/2010', null])).toThrow(BulkValueError);
  });
});

describe('SeenKeys', () => {
  it('tells a repeated key from a new one, one page per 8.4 M keys', () => {
    const seen = new SeenKeys();
    expect(seen.add(123456789)).toBe(true);
    expect(seen.add(123456790)).toBe(true);
    expect(seen.add(123456789)).toBe(false);
    expect(seen.add(0)).toBe(true);
    expect(seen.bytes).toBe(2 * 1024 * 1024);
    expect(() => seen.add(-1)).toThrow(RangeError);
  });
});

describe('a provider as the bulk path writes it', () => {
  const ctx = { kind: 'nppes', runId: 'run:x', sourceId: 'src:nppes:f.csv', releaseDate: '2025-06-08', fileName: 'f.csv' };
  const full: ProviderRow = {
    npi: '1679576722',
    entityType: 'INDIVIDUAL',
    name: 'ANA RIVERA, M.D.',
    matchName: null,
    taxonomies: ['207Q00000X'],
    primaryTaxonomy: '207Q00000X',
    city: 'ARLINGTON',
    stateId: 'VA',
    zip: '22202',
    countyId: 'county:51013',
    country: 'US',
    enumerationDate: '2008-03-14',
    lastUpdateDate: '2024-07-08',
    deactivationDate: null,
    reactivationDate: null,
    validTo: null,
    replacementNpi: null,
    subpart: false,
    parentOrganizationName: null,
    parentMatchName: null,
  };

  it('has a column for every property the online statements set, in both shapes', () => {
    const names = providerBulkNodes.columns.map((c) => c.name);
    const deactivated = { ...full, entityType: null, name: null, deactivationDate: '2020-01-02', validTo: '2020-01-01' };
    for (const r of [full, deactivated]) {
      for (const key of Object.keys(createdProviderProperties(r, ctx))) expect(names).toContain(key);
    }
    // A deactivated NPI carries its dates only, as MERGE_DEACTIVATED sets them.
    expect(createdProviderProperties(deactivated, ctx)).toEqual({
      npi: '1679576722',
      deactivationDate: '2020-01-02',
      reactivationDate: null,
      validTo: '2020-01-01',
      replacementNpi: null,
      id: 'npi:1679576722',
      kind: 'PROVIDER',
      origin: 'import:nppes',
      releaseDate: '2025-06-08',
      sourceId: 'src:nppes:f.csv',
      sources: ['src:nppes:f.csv'],
    });
    const values = providerBulkNodes.values(full, ctx);
    expect(values[names.indexOf('validFrom')]).toBe('2008-03-14');
    expect(values[names.indexOf('taxonomies')]).toEqual(['207Q00000X']);
    expect(providerBulkNodes.keyNumber(full)).toBe(167957672);
  });
});

/** One NPPES V2 line, every value quoted as NPPES writes them, from the columns given. */
function nppesLine(values: Record<string, string>): string {
  return NPPES_HEADER_V2.map((c) => `"${(values[c] ?? '').replace(/"/g, '""')}"`).join(',');
}

describe('writeBulkCsv', () => {
  const person = (npi: string) => ({
    NPI: npi,
    'Entity Type Code': '1',
    'Provider Last Name (Legal Name)': 'SMITH',
    'Provider First Name': 'JANE',
    'Provider Business Practice Location Address City Name': 'RICHMOND',
    'Provider Business Practice Location Address State Name': 'VA',
    'Provider Business Practice Location Address Postal Code': '232191234',
    'Provider Enumeration Date': '05/06/2010',
    'Healthcare Provider Taxonomy Code_1': '207Q00000X',
    'Healthcare Provider Primary Taxonomy Switch_1': 'Y',
  });
  // Line 1 header; 2 a person; 3-4 an organization whose name holds a line break; 5 a bad
  // check digit; 6 the NPI of line 2 again; 7 another person.
  const lines = [
    NPPES_HEADER_V2.map((c) => `"${c}"`).join(','),
    nppesLine(person(synthNpi(1))),
    nppesLine({
      ...person(synthNpi(2)),
      'Entity Type Code': '2',
      'Provider Organization Name (Legal Business Name)': 'NORTH\nCLINIC',
      'Provider Last Name (Legal Name)': '',
      'Provider First Name': '',
    }),
    nppesLine(person('1234567890')),
    nppesLine(person(synthNpi(1))),
    nppesLine(person(synthNpi(3))),
  ];
  const file = path.join(tmp, 'npidata_pfile_20050523-20250608.csv');
  writeFileSync(file, `${lines.join('\r\n')}\r\n`);
  const headerBytes = Buffer.byteLength(`${lines[0]}\r\n`);

  async function run(name: string, chunkBytes: number, threads: number) {
    const out = (f: string) => path.join(tmp, `${name}.${f}`);
    const rejects = new RejectsFile(out('rejects.csv'));
    rejects.open(null);
    const state: ProgressState = { rows: 0, written: 0, rejected: 0, bytes: 0, totalBytes: 0, startedAt: 0, baseRows: 0, baseBytes: 0 };
    const outcome = await writeBulkCsv({
      kind: nppes,
      file,
      encoding: 'utf8',
      header: [...NPPES_HEADER_V2],
      dataStart: { bytes: headerBytes, line: 1 },
      ctx: { kind: 'nppes', runId: 'run:x', sourceId: 'src:nppes:x', releaseDate: '2025-06-08', fileName: path.basename(file) },
      threads,
      chunkBytes,
      dataFile: out('nodes.csv'),
      multilineFile: out('multiline.csv'),
      rejects,
      state,
    });
    rejects.close();
    const read = (f: string) => readFileSync(out(f), 'utf8');
    return { outcome, state, nodes: read('nodes.csv'), multiline: read('multiline.csv'), rejects: read('rejects.csv') };
  }

  it('parses as the online import does: rejects by line, the first of a repeated NPI kept, a multi-line value in its own file', async () => {
    const whole = await run('whole', 1 << 20, 0);
    expect({ rows: whole.state.rows, written: whole.state.written, rejected: whole.state.rejected }).toEqual({
      rows: 5,
      written: 3,
      rejected: 2,
    });
    expect(whole.outcome).toEqual({ line: 7, bytes: readFileSync(file).length, multilineNodes: 1 });
    const rejectLines = whole.rejects.trim().split('\n').slice(1);
    expect(rejectLines.map((l) => l.split(',')[0])).toEqual(['5', '6']);
    expect(rejectLines[0]).toContain('malformed NPI');
    expect(rejectLines[1]).toContain('the same key as an earlier row');
    expect(
      whole.nodes
        .trim()
        .split('\n')
        .map((l) => l.slice(1, 11)),
    ).toEqual([synthNpi(1), synthNpi(3)]);
    expect(whole.multiline).toContain('"NORTH\nCLINIC"');
  });

  it('gives the same files when records cross the edges of chunks, on this thread or on a parser thread', { timeout: 30_000 }, async () => {
    const whole = await run('whole2', 1 << 20, 0);
    // 700 bytes: every line of about 1,100 bytes is cut, the organization's two lines included.
    for (const [name, threads] of [
      ['small', 0],
      ['thread', 1],
    ] as const) {
      const cut = await run(name, 700, threads);
      expect({ nodes: cut.nodes, multiline: cut.multiline, rejects: cut.rejects }).toEqual({
        nodes: whole.nodes,
        multiline: whole.multiline,
        rejects: whole.rejects,
      });
      expect(cut.outcome).toEqual(whole.outcome);
    }
  });
});

describe('defaultParseThreads', () => {
  it('parses on two threads where there are two cores or more, on the main one otherwise', () => {
    expect(defaultParseThreads(1)).toBe(0);
    expect(defaultParseThreads(2)).toBe(2);
    expect(defaultParseThreads(16)).toBe(2);
  });
});
