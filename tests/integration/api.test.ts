import { describe, expect, it } from 'vitest';
import type { Jurisdiction } from '../../src/graphql/generated/resolvers-types.js';
import type { Answer, AnswerError } from '../helpers/graphqlAnswer.js';
import { TEST_DEBUG_KEY, useTestServer } from '../helpers/testServer.js';

const t = useTestServer();

const codeOf = (body: { errors?: AnswerError[] }) => body.errors?.[0]?.extensions.code;

describe('GraphQL over HTTP', () => {
  it('answers { __typename }', async () => {
    const { status, body } = await t.gql('{ __typename }');
    expect(status).toBe(200);
    expect(body.data).toEqual({ __typename: 'Query' });
  });

  it('returns null for an unknown entity id', async () => {
    const { body } = await t.gql('{ entity(id: "org:does-not-exist") { id } }');
    expect(body.data.entity).toBeNull();
  });

  it('resolves entities to their concrete types with sources', async () => {
    const { body } = await t.gql('{ entity(id: "org:cms") { __typename id name kind sources { id title } } }');
    expect(body.data.entity).toMatchObject({ __typename: 'Organization', id: 'org:cms', kind: 'FEDERAL_AGENCY' });
    expect(body.data.entity.sources.length).toBeGreaterThan(0);
  });

  it.each([
    ['an unknown state', '{ whoAdministers(program: "program:medicare", state: "ZZ") { role } }', 'state'],
    ['a malformed ZIP', '{ whoAdministers(program: "program:medicare", zip: "123") { role } }', 'zip'],
    ['an unknown program', '{ whoAdministers(program: "program:nope", state: "CA") { role } }', 'program'],
    ['maxHops out of range', '{ paths(from: "org:cms", to: "org:hhs", maxHops: 7) { hops } }', 'maxHops'],
    ['first over 100', '{ search(text: "medicare", first: 101) { totalCount } }', 'first'],
    ['a forged cursor', '{ search(text: "medicare", after: "xyz") { totalCount } }', 'after'],
  ])('rejects %s with BAD_USER_INPUT naming the argument', async (_, query, argument) => {
    const { status, body } = await t.gql(query);
    expect(status).toBe(200);
    expect(codeOf(body)).toBe('BAD_USER_INPUT');
    expect(body.errors?.[0]?.extensions.argument).toBe(argument);
    expect(body.errors?.[0]?.message).toMatch(new RegExp(argument === 'after' ? 'cursor' : argument));
    expect(JSON.stringify(body)).not.toMatch(/stacktrace|at .*\.ts:\d+/);
  });

  it('rejects an invalid date with BAD_USER_INPUT and no stack trace', async () => {
    const { status, body } = await t.gql('{ whoAdministers(program: "program:medicare", state: "CA", asOf: "2024-02-30") { role } }');
    expect(status).toBeLessThan(500);
    expect(codeOf(body)).toBe('BAD_USER_INPUT');
    expect(body.errors?.[0]?.message).toMatch(/YYYY-MM-DD/);
    expect(JSON.stringify(body)).not.toContain('stacktrace');
  });

  it('rejects an invalid date passed as a variable too', async () => {
    const { status, body } = await t.gql('query($d: Date) { oversightChain(id: "org:cms", asOf: $d) { relation } }', { d: 'yesterday' });
    expect(status).toBe(400);
    expect(codeOf(body)).toBe('BAD_USER_INPUT');
  });

  it('counts round trips in extensions when the debug header is sent', async () => {
    const { body } = await t.gql('{ entity(id: "org:cms") { id } }', undefined, { 'x-debug': TEST_DEBUG_KEY });
    expect(body.extensions.debug.roundTrips).toBe(1);
    const quiet = await t.gql('{ entity(id: "org:cms") { id } }');
    expect(quiet.body.extensions.debug).toBeUndefined();
    // A wrong key is no key: the internals stay hidden.
    const guessed = await t.gql('{ entity(id: "org:cms") { id } }', undefined, { 'x-debug': '1' });
    expect(guessed.body.extensions.debug).toBeUndefined();
  });

  it('logs one JSON line per request with duration and outcome', async () => {
    const before = t.logger.lines.length;
    await t.gql('query Probe { __typename }');
    const line = t.logger.lines.slice(before).find((l) => l.msg === 'graphql request');
    expect(line).toMatchObject({ operation: 'Probe', outcome: 'ok' });
    expect(typeof line!.durationMs).toBe('number');
  });
});

describe('round-trip budget', () => {
  it('answers all 56 jurisdictions with agencies and contractors in a handful of round trips', async () => {
    const { body } = await t.gql(
      '{ jurisdictions { code medicaidAgency { name } medicareContractors { administrator { name } } } }',
      undefined,
      { 'x-debug': TEST_DEBUG_KEY },
    );
    expect(body.errors).toBeUndefined();
    expect(body.data.jurisdictions).toHaveLength(56);
    // Nesting depth is 3 levels of lists/objects; one query per level plus the entity loads.
    expect(body.extensions.debug.roundTrips).toBeLessThanOrEqual(6);
  });
});

describe('whoAdministers', () => {
  const q = `query($program: ID!, $state: String, $zip: String, $function: AdministrativeFunction, $asOf: Date) {
    whoAdministers(program: $program, state: $state, zip: $zip, function: $function, asOf: $asOf) {
      id role coverage function validFrom validTo
      administrator { id } program { id } jurisdiction { id } sources { id }
    }
  }`;

  it('returns both the A/B MAC and the DME MAC for Part B claims in New York', async () => {
    const { body } = await t.gql(q, { program: 'program:medicare-part-b', state: 'NY', function: 'CLAIMS_PROCESSING' });
    const roles = body.data.whoAdministers.map((a) => a.role);
    expect(roles).toContain('AB_MAC');
    expect(roles).toContain('DME_MAC');
    expect(body.data.whoAdministers.every((a) => a.program.id === 'program:medicare-part-b')).toBe(true);
  });

  it('gives a ZIP in Arlington, VA the JL Part B contractor, not JM', async () => {
    const { body } = await t.gql(q, { program: 'program:medicare-part-b', zip: '22201', function: 'CLAIMS_PROCESSING' });
    const ab = body.data.whoAdministers.filter((a) => a.role === 'AB_MAC');
    expect(ab.map((a) => a.jurisdiction.id)).toEqual(['region:mac-ab-jl']);
    const fallsChurch = await t.gql(q, { program: 'program:medicare-part-b', zip: '22046', function: 'CLAIMS_PROCESSING' });
    expect(fallsChurch.body.data.whoAdministers.filter((a) => a.role === 'AB_MAC').map((a) => a.jurisdiction.id)).toEqual([
      'region:mac-ab-jl',
    ]);
    const richmond = await t.gql(q, { program: 'program:medicare-part-b', zip: '23219', function: 'CLAIMS_PROCESSING' });
    expect(richmond.body.data.whoAdministers.filter((a) => a.role === 'AB_MAC').map((a) => a.jurisdiction.id)).toEqual([
      'region:mac-ab-jm',
    ]);
  });

  it('marks JL as partial coverage when asked about all of Virginia', async () => {
    const { body } = await t.gql(q, { program: 'program:medicare-part-b', state: 'state:VA', function: 'CLAIMS_PROCESSING' });
    const ab = Object.fromEntries(body.data.whoAdministers.filter((a) => a.role === 'AB_MAC').map((a) => [a.jurisdiction.id, a.coverage]));
    expect(ab).toEqual({ 'region:mac-ab-jl': 'PARTIAL', 'region:mac-ab-jm': 'PARTIAL' });
  });

  it('includes the parts of a program and nationwide assignments', async () => {
    const { body } = await t.gql(q, { program: 'program:medicare', state: 'FL' });
    const programs = new Set(body.data.whoAdministers.map((a) => a.program.id));
    expect(programs.has('program:medicare-part-a')).toBe(true);
    expect(programs.has('program:medicare-part-b')).toBe(true);
    expect(body.data.whoAdministers.some((a) => a.jurisdiction?.id === 'nation:us')).toBe(true);
    expect(body.data.whoAdministers.every((a) => a.sources.length > 0)).toBe(true);
  });

  it('travels in time: the JJ claims contractor in 2016 differs from today', async () => {
    const at = async (asOf?: string) =>
      (await t.gql(q, { program: 'program:medicare-part-a', state: 'GA', function: 'CLAIMS_PROCESSING', asOf })).body.data.whoAdministers
        .filter((a) => a.role === 'AB_MAC')
        .map((a) => a.administrator.id);
    expect(await at('2016-06-01')).toEqual(['org:cahaba-gba']);
    expect(await at()).toEqual(['org:palmetto-gba']);
  });
});

describe('oversightChain, paths and search', () => {
  it('climbs from a MAC contractor to Congress', async () => {
    const { body } = await t.gql('{ oversightChain(id: "org:noridian") { relation entity { id } } }');
    expect(body.data.oversightChain.map((s) => s.entity.id)).toEqual(['org:noridian', 'org:cms', 'org:hhs', 'org:us-congress']);
    expect(body.data.oversightChain[0]?.relation).toBe('SELF');
  });

  it('finds the shortest connections, at most first of them', async () => {
    const { body } = await t.gql(
      '{ paths(from: "org:noridian", to: "org:hhs", first: 2) { hops steps { from { id } relation to { id } } } }',
    );
    expect(body.data.paths.length).toBeGreaterThan(0);
    expect(body.data.paths.length).toBeLessThanOrEqual(2);
    for (const p of body.data.paths) {
      expect(p.steps).toHaveLength(p.hops);
      expect(p.steps[0]?.from.id).toBe('org:noridian');
      expect(p.steps.at(-1)?.to.id).toBe('org:hhs');
    }
  });

  it('is typo-tolerant and finds brand names and acronyms', async () => {
    const search = async (text: string) =>
      (await t.gql(`{ search(text: ${JSON.stringify(text)}, first: 5) { edges { node { id } } } }`)).body.data.search.edges.map(
        (e) => e.node.id,
      );
    expect(await search('Noridan')).toContain('org:noridian');
    expect(await search('Medi-Cal')).toContain('program:medicaid-ca');
    expect(await search('DHCS')).toContain('org:ca-medicaid-agency');
  });

  it('filters search by kinds and pages with cursors', async () => {
    const first = await t.gql(
      '{ search(text: "medicaid", kinds: [PROGRAM], first: 2) { totalCount pageInfo { hasNextPage endCursor } edges { node { kind } } } }',
    );
    const s = first.body.data.search;
    expect(s.edges.every((e) => e.node.kind === 'PROGRAM')).toBe(true);
    expect(s.pageInfo.hasNextPage).toBe(true);
    const next = await t.gql(
      `{ search(text: "medicaid", kinds: [PROGRAM], first: 2, after: "${s.pageInfo.endCursor}") { edges { cursor } } }`,
    );
    expect(next.body.data.search.edges).toHaveLength(2);
  });
});

describe('jurisdiction fields', () => {
  it('answers Texas: agency, expansion and FMAP', async () => {
    const { body } = await t.gql(
      '{ jurisdiction(code: "TX") { code fips medicaidAgency { id } medicaidExpansion { adopted } fmap(fiscalYear: 2025) ship { id } } }',
    );
    expect(body.data.jurisdiction).toMatchObject({
      code: 'TX',
      fips: '48',
      medicaidAgency: { id: 'org:tx-medicaid-agency' },
      medicaidExpansion: { adopted: false },
      ship: { id: 'org:tx-ship' },
    });
  });

  it('answers Mississippi FY2025 FMAP as 76.9, and where that comes from', async () => {
    const { body } = await t.gql<{ jurisdiction: Answer<Jurisdiction> & { none: number | null } }>(
      '{ jurisdiction(code: "MS") { fmap(fiscalYear: 2025) none: fmap(fiscalYear: 1990) fmapRates { fiscalYear percent sources { url } } } }',
    );
    expect(body.data.jurisdiction.fmap).toBeCloseTo(76.9, 2);
    expect(body.data.jurisdiction.none).toBeNull();
    const fy2025 = body.data.jurisdiction.fmapRates.find((r) => r.fiscalYear === 2025);
    expect(fy2025?.percent).toBeCloseTo(76.9, 2);
    expect(fy2025?.sources.length).toBeGreaterThan(0);
    const years = body.data.jurisdiction.fmapRates.map((r) => r.fiscalYear);
    expect(years).toEqual([...years].sort((a: number, b: number) => b - a));
  });

  it('tells which states were found without comprehensive managed care, with sources', async () => {
    const { body } = await t.gql('{ jurisdictions { code managedCareAbsence { asOf sources { id } } } }');
    const absent = body.data.jurisdictions.filter((j) => j.managedCareAbsence);
    expect(absent.map((j) => j.code)).toContain('WY');
    expect(absent.every((j) => j.managedCareAbsence.sources.length > 0)).toBe(true);
    const ca = body.data.jurisdictions.find((j) => j.code === 'CA');
    expect(ca?.managedCareAbsence).toBeNull();
  });

  it('pages managed care contracts as a Relay connection', async () => {
    const { body } = await t.gql(
      '{ jurisdiction(code: "NM") { managedCare(first: 2) { totalCount pageInfo { hasNextPage } edges { node { role administrator { name } } } } } }',
    );
    const mc = body.data.jurisdiction.managedCare;
    expect(mc.totalCount).toBeGreaterThanOrEqual(2);
    expect(mc.edges).toHaveLength(2);
    expect(mc.pageInfo.hasNextPage).toBe(mc.totalCount > 2);
    expect(mc.edges.every((e) => e.node.role === 'MEDICAID_MCO')).toBe(true);
  });
});
