import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { County, Provider } from '../../src/graphql/generated/resolvers-types.js';
import type { Answer } from '../helpers/graphqlAnswer.js';
import { useGraphLock } from '../helpers/graphLock.js';
import { cypher } from '../../src/db/database.js';
import { HeaderError } from '../../src/import/lib/header.js';
import { runImport, type ImportOptions } from '../../src/import/lib/runImport.js';
import { findKind } from '../../src/import/registry.js';
import { startTestServer, testConfig, type TestServer } from '../helpers/testServer.js';

// A generous statement timeout: the first coverage query plans slowly when the machine is busy.
useGraphLock();
let server: TestServer | null = null;
beforeAll(async () => {
  server = await startTestServer(testConfig({ QUERY_TIMEOUT_MS: '60000' }));
});
afterAll(() => server?.close());
const t = new Proxy({} as TestServer, { get: (_, key) => Reflect.get(server!, key) as unknown });
const FIXTURES = path.resolve('tests/fixtures');
const tmp = mkdtempSync(path.join(os.tmpdir(), 'import-test-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** A fixture copied to a temporary directory, so the rejects file lands there and not in the repository. */
function fixture(rel: string): string {
  const to = path.join(tmp, path.basename(rel));
  copyFileSync(path.join(FIXTURES, rel), to);
  return to;
}

function options(kind: string, file: string | null, extra: Partial<ImportOptions> = {}): ImportOptions {
  return { kind: findKind(kind)!, file, resume: false, dryRun: false, json: false, releaseDate: null, progressWrite: () => {}, ...extra };
}

const N = {
  wiebe: '1679576722',
  arlington: '1500000017',
  richmond: '1500000025',
  hospital: '1500000033',
  subpart: '1500000041',
  deactivated: '1500000058',
  reactivated: '1500000066',
  abroad: '1500000074',
  twinA: '1500000082',
  twinB: '1500000090',
  later: '1500000108',
};
const FIXTURE_NPIS = Object.values(N);

const COUNT_PROVIDERS = cypher('test.countProviders', 'MATCH (p:Provider) WHERE p.npi IN $npis RETURN count(p) AS n');
const PROVIDER_STATE = cypher(
  'test.providerState',
  'MATCH (p:Provider {npi: $npi}) RETURN p.validTo AS validTo, p.sources AS sources, p.zip AS zip, p.name AS name',
);
const COUNT_BY_SOURCE = cypher('test.countBySource', 'MATCH (p:Provider {sourceId: $sourceId}) RETURN count(p) AS n');
// Other test files share the graph: the imported counties are removed again after their test.
const DROP_IMPORTED_COVERS = cypher(
  'test.dropImportedCovers',
  "MATCH (:Entity {origin: 'import:counties'})<-[r:COVERS]-() WITH r LIMIT 20000 DELETE r RETURN count(*) AS n",
);
const DROP_IMPORTED_COUNTIES = cypher('test.dropImportedCounties', "MATCH (c:Entity {origin: 'import:counties'}) DETACH DELETE c");
const SOURCE_ROWS = cypher('test.sourceRows', 'MATCH (s:Source {id: $id}) RETURN s.rowCount AS rowCount, s.date AS date, s.title AS title');

async function count(npis: string[]): Promise<number> {
  const [r] = await t.db.runner().read<{ n: number }>(COUNT_PROVIDERS, { npis });
  return r!.n;
}

describe('import framework on the NPPES fixtures', () => {
  it('refuses a header that lacks required columns, names them and the file, and writes nothing', async () => {
    const file = fixture('nppes/npidata_pfile_20050523-20250608-missing-columns.csv');
    const before = await count(FIXTURE_NPIS);
    const error = await runImport(t.db, options('nppes', file)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HeaderError);
    expect((error as Error).message).toContain(file);
    expect((error as Error).message).toContain('"Provider Enumeration Date"');
    expect((error as Error).message).toContain('"NPI Deactivation Date"');
    expect(await count(FIXTURE_NPIS)).toBe(before);
    expect(existsSync(`${file}.rejects.csv`)).toBe(false);
  });

  it('accepts the legacy (older) 329-column header with Provider Gender Code', async () => {
    const s = await runImport(t.db, options('nppes', fixture('nppes/npidata_pfile_20050523-20240609.csv')));
    expect({ read: s.read, written: s.written, rejected: s.rejected }).toEqual({ read: 3, written: 3, rejected: 0 });
  });

  it('imports the V2 file: good rows become providers, bad ones are listed with line and reason', async () => {
    const file = fixture('nppes/npidata_pfile_20050523-20250608.csv');
    const s = await runImport(t.db, options('nppes', file));
    // 14 data rows: 10 valid, a bad check digit (line 7), state ZZ (13), 13/45/2020 (14), a short row (15).
    expect({ read: s.read, written: s.written, rejected: s.rejected }).toEqual({ read: 14, written: 10, rejected: 4 });
    expect(s.releaseDate).toBe('2025-06-08');
    const rejects = readFileSync(`${file}.rejects.csv`, 'utf8').trim().split('\n');
    expect(rejects[0]).toBe('line,reason,row');
    expect(rejects.slice(1).map((l) => l.split(',')[0])).toEqual(['7', '13', '14', '15']);
    expect(rejects[1]).toContain('malformed NPI');
    expect(rejects[2]).toContain('unknown state');
    expect(rejects[3]).toContain('bad date');
    expect(rejects[4]).toMatch(/expected 330 columns, found 3/);
    const [src] = await t.db.runner().read<{ rowCount: number; date: string }>(SOURCE_ROWS, { id: s.sourceId });
    expect(src).toMatchObject({ rowCount: 14, date: '2025-06-08' });
  });

  it('changes no count when the same file is imported again', async () => {
    const file = fixture('nppes/npidata_pfile_20050523-20250608.csv');
    const before = await count(FIXTURE_NPIS);
    const s = await runImport(t.db, options('nppes', file));
    expect({ read: s.read, written: s.written, rejected: s.rejected }).toEqual({ read: 14, written: 10, rejected: 4 });
    expect(await count(FIXTURE_NPIS)).toBe(before);
    expect(readFileSync(`${file}.rejects.csv`, 'utf8').trim().split('\n')).toHaveLength(5);
  });

  it('answers provider(npi) with taxonomies, place, county and the MACs of the place', async () => {
    const { body } = await t.gql(`{ provider(npi: "${N.arlington}") {
      id npi kind entityType name taxonomies primaryTaxonomy location { city state zip county { id } } validFrom validTo
      sources { id date } medicareContractors(asOf: "2025-06-01") { role program { id } administrator { id } }
    } }`);
    expect(body.errors).toBeUndefined();
    const p = body.data.provider;
    expect(p).toMatchObject({
      id: `npi:${N.arlington}`,
      npi: N.arlington,
      kind: 'PROVIDER',
      entityType: 'INDIVIDUAL',
      name: 'ANA RIVERA, M.D.',
      // The flagged primary (switch Y on the second code) comes first.
      taxonomies: ['207Q00000X', '207R00000X'],
      primaryTaxonomy: '207Q00000X',
      validFrom: '2008-03-14',
      validTo: null,
    });
    // 22202 is in Arlington County, Virginia (FIPS 51013).
    expect(p.location).toMatchObject({ state: 'VA', zip: '22202' });
    expect(p.location.county.id).toBe('county:51013');
    expect(p.sources.map((s: { id: string }) => s.id)).toContain('src:nppes:npidata_pfile_20050523-20250608.csv');
    const partB = p.medicareContractors.filter((a) => a.role === 'AB_MAC' && a.program.id === 'program:medicare-part-b');
    const partA = p.medicareContractors.filter((a) => a.role === 'AB_MAC' && a.program.id === 'program:medicare-part-a');
    // Arlington County's Part B claims go to JL (Novitas); Part A stays with JM (Palmetto GBA).
    expect(partB.map((a) => a.administrator.id)).toEqual(['org:novitas']);
    expect(partA.map((a) => a.administrator.id)).toEqual(['org:palmetto-gba']);
    const richmond = (
      await t.gql(
        `{ provider(npi: "${N.richmond}") { medicareContractors(asOf: "2025-06-01") { role program { id } administrator { id } } } }`,
      )
    ).body.data.provider;
    expect(
      richmond.medicareContractors
        .filter((a) => a.role === 'AB_MAC' && a.program.id === 'program:medicare-part-b')
        .map((a) => a.administrator.id),
    ).toEqual(['org:palmetto-gba']);
  });

  it('answers entity(id: "npi:…") with the provider, and null for an NPI nobody holds', async () => {
    const { body } = await t.gql<{
      p: Answer<Provider> | null;
      cms: Answer<Provider> | null;
      none: Answer<Provider> | null;
    }>(`{ p: entity(id: "npi:${N.arlington}") { __typename id name ... on Provider { npi entityType } }
      cms: entity(id: "org:cms") { id } none: entity(id: "npi:1234567893") { id } }`);
    expect(body.errors).toBeUndefined();
    expect(body.data.p).toEqual({
      __typename: 'Provider',
      id: `npi:${N.arlington}`,
      name: 'ANA RIVERA, M.D.',
      npi: N.arlington,
      entityType: 'INDIVIDUAL',
    });
    expect(body.data.cms).toEqual({ id: 'org:cms' });
    expect(body.data.none).toBeNull();
  });

  it('answers whoAdministers(npi:) from the practice location', async () => {
    const { body } = await t.gql(
      `{ whoAdministers(program: "program:medicare-part-b", npi: "${N.arlington}", function: CLAIMS_PROCESSING, asOf: "2025-06-01") { role administrator { id } } }`,
    );
    expect(body.data.whoAdministers.filter((a) => a.role === 'AB_MAC').map((a) => a.administrator.id)).toEqual(['org:novitas']);
    const bad = await t.gql('{ whoAdministers(program: "program:medicare", npi: "1234567890") { role } }');
    expect(bad.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'npi' });
  });

  it('pages providers of a ZIP by NPI with a keyset cursor', async () => {
    // 23220 holds three fixture providers: OKAFOR, the hospital and its subpart.
    const q = (after: string | null) =>
      t.gql(
        `query($after: String) { providers(zip: "23220", first: 2, after: $after) { edges { node { npi } } pageInfo { hasNextPage endCursor } } }`,
        { after },
      );
    const one = (await q(null)).body.data.providers;
    expect(one.edges.map((e) => e.node.npi)).toEqual([N.richmond, N.hospital]);
    expect(one.pageInfo.hasNextPage).toBe(true);
    const two = (await q(one.pageInfo.endCursor)).body.data.providers;
    expect(two.edges.map((e) => e.node.npi)).toEqual([N.subpart]);
    expect(two.pageInfo.hasNextPage).toBe(false);
    const filtered = (await t.gql('{ providers(zip: "23220", taxonomy: "282N00000X") { edges { node { npi } } } }')).body.data.providers;
    expect(filtered.edges.map((e) => e.node.npi)).toEqual([N.hospital]);
    const none = await t.gql('{ providers(taxonomy: "282N00000X") { edges { node { npi } } } }');
    expect(none.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'state' });
  });

  it('links a subpart to its parent organization and keeps reactivated NPIs open', async () => {
    const { body } = await t.gql<{
      sub: Answer<Provider>;
      re: Answer<Provider>;
      abroad: Answer<Provider>;
    }>(`{ sub: provider(npi: "${N.subpart}") { parentOrganizationName parentOrganization { npi } }
      re: provider(npi: "${N.reactivated}") { validTo deactivationDate reactivationDate } abroad: provider(npi: "${N.abroad}") { location { state zip } } }`);
    expect(body.data.sub).toEqual({
      parentOrganizationName: 'RIVERSIDE COMMUNITY HOSPITAL, INC.',
      parentOrganization: { npi: N.hospital },
    });
    expect(body.data.re).toEqual({ validTo: null, deactivationDate: '2019-02-01', reactivationDate: '2019-03-01' });
    expect(body.data.abroad.location).toEqual({ state: null, zip: null });
  });

  it('lets a newer file supersede without erasing: deactivation sets validTo, an older file cannot roll back', async () => {
    const s = await runImport(t.db, options('nppes', fixture('nppes/npidata_pfile_20050523-20250907.csv')));
    expect({ read: s.read, written: s.written, rejected: s.rejected }).toEqual({ read: 11, written: 11, rejected: 0 });
    const read = async (npi: string) =>
      (await t.db.runner().read<{ validTo: string | null; sources: string[]; zip: string; name: string }>(PROVIDER_STATE, { npi }))[0]!;
    const gone = await read(N.deactivated);
    // Deactivated on 2025-08-15: active through the 14th; its name and place from the older file stay.
    expect(gone.validTo).toBe('2025-08-14');
    expect(gone.name).toBe('MORGAN HALE, M.D.');
    expect(gone.sources).toEqual(['src:nppes:npidata_pfile_20050523-20250608.csv', 'src:nppes:npidata_pfile_20050523-20250907.csv']);
    expect((await read(N.arlington)).zip).toBe('23220');
    // Importing the June file again after September's changes nothing it disagrees with.
    await runImport(t.db, options('nppes', fixture('nppes/npidata_pfile_20050523-20250608.csv')));
    expect((await read(N.deactivated)).validTo).toBe('2025-08-14');
    expect((await read(N.arlington)).zip).toBe('23220');
  });
});

describe('pos', () => {
  it('imports facilities by CCN and links one to its NPI only when name and ZIP match exactly one organization', async () => {
    const file = fixture('pos/POS_File_Hospital_Non_Hospital_Facilities_Q4_2025.csv');
    const s = await runImport(t.db, options('pos', file));
    // Six rows: two good and linked-or-not, one terminated, a skeleton record, a malformed CCN, a dashed date.
    expect({ read: s.read, written: s.written, rejected: s.rejected }).toEqual({ read: 6, written: 3, rejected: 3 });
    expect(s.releaseDate).toBe('2025-12-31');
    const rejects = readFileSync(`${file}.rejects.csv`, 'utf8');
    expect(rejects).toContain('skeleton record');
    expect(rejects).toContain('malformed CCN');
    expect(rejects).toContain('expected YYYYMMDD');
    const { body } = await t.gql<{ hospital: Answer<Provider>; twin: Answer<Provider> }>(
      `{ hospital: provider(npi: "${N.hospital}") { ccn } twin: provider(npi: "${N.twinA}") { ccn } }`,
    );
    expect(body.data.hospital.ccn).toBe('490001');
    // Two MERCY CLINIC organizations share ZIP 33130: the facility stays unlinked.
    expect(body.data.twin.ccn).toBeNull();
  });
});

describe('counties', () => {
  it('loads every county from the package, PART_OF its state, without touching the curated ones', { timeout: 300_000 }, async () => {
    const s = await runImport(t.db, options('counties', null));
    // us-atlas 3.0.1 lists 3,231 counties and equivalents; the seed curates four Virginia ones itself.
    expect(s.read).toBe(3231);
    expect(s.rejected).toBe(0);
    expect(s.written).toBe(3227);
    const { body } = await t.gql<{ a: Answer<County>; b: Answer<County> }>(
      '{ a: entity(id: "county:06037") { name kind ... on County { state { id } } } b: entity(id: "county:51013") { name } }',
    );
    expect(body.data.a).toEqual({ name: 'Los Angeles, California', kind: 'COUNTY', state: { id: 'state:CA' } });
    expect(body.data.b.name).toBe('Arlington County, Virginia');
  });
  afterAll(async () => {
    // Every imported county carries COVERS edges; deleting them all at once outgrows one transaction.
    while ((await t.db.runner().write<{ n: number }>(DROP_IMPORTED_COVERS))[0]!.n > 0);
    await t.db.runner().write(DROP_IMPORTED_COUNTIES);
  });
});

export { COUNT_BY_SOURCE };
