import { describe, expect, it } from 'vitest';
import { useGraphLock } from '../helpers/graphLock.js';
import { TEST_DEBUG_KEY, useTestServer } from '../helpers/testServer.js';

// The counties import in another file replaces the COVERS edges of the counties it adds, batch
// by batch; asking about a county while that runs would read it between its old and new edges.
useGraphLock();
const t = useTestServer();

const who = `query($program: ID!, $state: String, $zip: String, $function: AdministrativeFunction, $asOf: Date) {
  whoAdministers(program: $program, state: $state, zip: $zip, function: $function, asOf: $asOf) {
    role coverage administrator { id } jurisdiction { id }
  }
}`;

async function ask(vars: Record<string, unknown>) {
  const { body } = await t.gql(who, vars);
  expect(body.errors).toBeUndefined();
  return body.data.whoAdministers as { role: string; coverage: string; administrator: { id: string }; jurisdiction: { id: string } }[];
}
const abMacs = (rows: Awaited<ReturnType<typeof ask>>) =>
  rows.filter((r) => r.role === 'AB_MAC').map((r) => `${r.administrator.id} ${r.coverage}`);

// The precomputed COVERS edges, checked at the boundaries the seed records (seed/assignments/medicare-contractors.yaml).
describe('precomputed coverage on the real graph', () => {
  it('hands Georgia Part A claims from Cahaba to Palmetto between 2017-09-07 and 2017-09-08', async () => {
    const base = { program: 'program:medicare-part-a', state: 'GA', function: 'CLAIMS_PROCESSING' };
    expect(abMacs(await ask({ ...base, asOf: '2017-09-07' }))).toEqual(['org:cahaba-gba FULL']);
    expect(abMacs(await ask({ ...base, asOf: '2017-09-08' }))).toEqual(['org:palmetto-gba FULL']);
  });

  it('sends Part B in Arlington (county in the graph) to JL, Part A there to JM', async () => {
    const partB = await ask({ program: 'program:medicare-part-b', zip: '22201', function: 'CLAIMS_PROCESSING', asOf: '2026-11-27' });
    expect(abMacs(partB)).toEqual(['org:novitas FULL']);
    const partA = await ask({ program: 'program:medicare-part-a', zip: '22201', function: 'CLAIMS_PROCESSING', asOf: '2026-11-27' });
    expect(abMacs(partA)).toEqual(['org:palmetto-gba FULL']);
  });

  it('answers a Richmond ZIP (county not in the graph) from the state: JM in full, JL not at all', async () => {
    const rows = await ask({ program: 'program:medicare-part-b', zip: '23219', function: 'CLAIMS_PROCESSING', asOf: '2026-11-27' });
    expect(abMacs(rows)).toEqual(['org:palmetto-gba FULL']);
  });

  it('marks both JL and JM partial for Part B across all of Virginia', async () => {
    const rows = await ask({ program: 'program:medicare-part-b', state: 'VA', function: 'CLAIMS_PROCESSING', asOf: '2026-11-27' });
    expect(abMacs(rows).sort()).toEqual(['org:novitas PARTIAL', 'org:palmetto-gba PARTIAL']);
  });
});

describe('derived pair edges', () => {
  it('show Noridian acting under CMS once, however many facts stand behind it', async () => {
    const { body } = await t.gql(
      '{ entity(id: "org:noridian") { relationships(direction: OUTGOING, types: [ACTS_UNDER]) { totalCount edges { node { other { id } } } } } }',
    );
    expect(body.data.entity.relationships.edges.map((e) => e.node.other.id)).toEqual(['org:cms']);
    expect(body.data.entity.relationships.totalCount).toBe(1);
  });

  it('hold on a day when any of their facts does: Cahaba acts under CMS on 2017-09-07, not the day after', async () => {
    const q = 'query($asOf: Date) { oversightChain(id: "org:cahaba-gba", asOf: $asOf) { relation entity { id } } }';
    const last = await t.gql(q, { asOf: '2017-09-07' });
    expect(last.body.data.oversightChain[1]).toEqual({ relation: 'ACTS_UNDER', entity: { id: 'org:cms' } });
    const after = await t.gql(q, { asOf: '2017-09-08' });
    expect(after.body.data.oversightChain.map((s) => s.relation)).not.toContain('ACTS_UNDER');
  });

  it('names administrators and places from the one statement whether the request asks their names only or more', async () => {
    const ask = async (entityFields: string) => {
      const { body } = await t.gql<{
        whoAdministers: { role: string; administrator: { name: string }; jurisdiction: { name: string } | null }[];
      }>(
        `{ whoAdministers(program: "program:medicare-part-b", zip: "22201", function: CLAIMS_PROCESSING, asOf: "2026-11-27") {
             role administrator { ${entityFields} } jurisdiction { ${entityFields} } } }`,
        undefined,
        { 'x-debug': TEST_DEBUG_KEY },
      );
      expect(body.errors).toBeUndefined();
      expect(body.extensions.debug.roundTrips).toBe(1);
      return body.data.whoAdministers.map((r) => `${r.role}|${r.administrator.name}|${r.jurisdiction?.name ?? ''}`);
    };
    const namesOnly = await ask('name');
    expect(namesOnly).toContain('AB_MAC|Novitas Solutions, Inc.|A/B MAC Jurisdiction L');
    expect(namesOnly).toEqual(await ask('name kind description'));
  });
});

describe('names-only reads', () => {
  const profiled = { 'x-debug': TEST_DEBUG_KEY, 'x-debug-profile': '1' };
  type Debug = { roundTrips: number; bytes: number };

  it('climb Noridian’s oversight chain with the same names, in one statement, reading less when only names are asked', async () => {
    const ask = async (entityFields: string) => {
      const { body } = await t.gql<{ oversightChain: { relation: string; entity: { name: string } }[] }>(
        `{ oversightChain(id: "org:noridian", asOf: "2026-11-27") { relation entity { ${entityFields} } } }`,
        undefined,
        profiled,
      );
      expect(body.errors).toBeUndefined();
      const debug = body.extensions.debug as Debug;
      expect(debug.roundTrips).toBe(1);
      return { steps: body.data.oversightChain.map((s) => `${s.relation}|${s.entity.name}`), bytes: debug.bytes };
    };
    const names = await ask('name');
    const more = await ask('name description');
    expect(names.steps.slice(0, 2)).toEqual([
      'SELF|Noridian Healthcare Solutions, LLC',
      'ACTS_UNDER|Centers for Medicare & Medicaid Services',
    ]);
    expect(names.steps).toEqual(more.steps);
    expect(names.bytes).toBeLessThan(more.bytes);
  });

  it('list what Noridian administers with the same program and place names, reading less when only names are asked', async () => {
    const ask = async (entityFields: string) => {
      const { body } = await t.gql<{
        entity: { administers: { edges: { node: { id: string; program: { name: string }; jurisdiction: { name: string } | null } }[] } };
      }>(
        `{ entity(id: "org:noridian") { ... on Organization { administers(first: 20, asOf: "2026-11-27") {
             edges { node { id program { ${entityFields} } jurisdiction { ${entityFields} } } } } } } }`,
        undefined,
        profiled,
      );
      expect(body.errors).toBeUndefined();
      const debug = body.extensions.debug as Debug;
      expect(debug.roundTrips).toBe(1);
      const rows = body.data.entity.administers.edges.map((e) => `${e.node.id}|${e.node.program.name}|${e.node.jurisdiction?.name ?? ''}`);
      return { rows, bytes: debug.bytes };
    };
    const names = await ask('name');
    const more = await ask('name description');
    expect(names.rows.length).toBe(20);
    expect(names.rows.some((r) => r.includes('|Medicare Part A (Hospital Insurance)|'))).toBe(true);
    expect(names.rows).toEqual(more.rows);
    expect(names.bytes).toBeLessThan(more.bytes);
  });

  it('read Noridian itself with its name only when a listing asks nothing more of it, and whole when it does', async () => {
    const ask = async (ownFields: string) => {
      const { body } = await t.gql<{
        entity: {
          name: string;
          description?: string | null;
          administers: { edges: { node: { id: string; role: string; administrator: { name: string }; program: { name: string } } }[] };
        };
      }>(
        `{ entity(id: "org:noridian") { ${ownFields} ... on Organization { administers(first: 20, asOf: "2026-11-27") {
             edges { node { id role administrator { name } program { name } } } } } } }`,
        undefined,
        profiled,
      );
      expect(body.errors).toBeUndefined();
      const debug = body.extensions.debug as Debug;
      expect(debug.roundTrips).toBe(1);
      const { entity } = body.data;
      return {
        entity,
        rows: entity.administers.edges.map((e) => `${e.node.id}|${e.node.role}|${e.node.administrator.name}|${e.node.program.name}`),
        bytes: debug.bytes,
      };
    };
    const named = await ask('name');
    const described = await ask('name description');
    expect(named.entity.name).toBe('Noridian Healthcare Solutions, LLC');
    expect(described.entity.description).toMatch(/^Fargo, North Dakota/);
    expect(named.rows.length).toBe(20);
    // Every fact of the listing is Noridian's own, read without its administrator's id.
    for (const row of named.rows) expect(row.split('|')[2]).toBe('Noridian Healthcare Solutions, LLC');
    expect(named.rows).toEqual(described.rows);
    expect(named.bytes).toBeLessThan(described.bytes);
  });

  it('read a later page of Noridian’s facts, asked for on its own, as narrow as the first', async () => {
    // Two listings in one request: the organization is read alone, then each page by the field.
    const ask = async (entityFields: string) => {
      const { body } = await t.gql<{
        entity: {
          a: { edges: { node: { id: string; program: { name: string } } }[] };
          b: { edges: { node: { id: string; program: { name: string } } }[] };
        };
      }>(
        `{ entity(id: "org:noridian") { ... on Organization {
             a: administers(first: 3, asOf: "2026-11-27") { edges { node { id program { ${entityFields} } } } }
             b: administers(first: 20, asOf: "2026-11-27") { edges { node { id program { ${entityFields} } } } } } } }`,
        undefined,
        profiled,
      );
      expect(body.errors).toBeUndefined();
      const debug = body.extensions.debug as Debug;
      expect(debug.roundTrips).toBe(3);
      const rows = (list: { edges: { node: { id: string; program: { name: string } } }[] }) =>
        list.edges.map((e) => `${e.node.id}|${e.node.program.name}`);
      return { a: rows(body.data.entity.a), b: rows(body.data.entity.b), bytes: debug.bytes };
    };
    const names = await ask('name');
    const more = await ask('name description');
    expect(names.b.length).toBe(20);
    // The first three facts of the longer page are the shorter page.
    expect(names.b.slice(0, 3)).toEqual(names.a);
    expect(names.b.some((r) => r.endsWith('|Medicare Part A (Hospital Insurance)'))).toBe(true);
    expect(names).toEqual({ ...more, bytes: names.bytes });
    expect(names.bytes).toBeLessThan(more.bytes);
  });

  it('list what Noridian administers with its facts’ slim fields when no dates are asked, and the same facts with their dates when they are', async () => {
    const ask = async (factFields: string) => {
      const { body } = await t.gql<{
        entity: {
          administers: {
            edges: { node: { id: string; role: string; validFrom?: string | null; jurisdiction: { name: string } | null } }[];
          };
        };
      }>(
        `{ entity(id: "org:noridian") { ... on Organization { administers(first: 20, asOf: "2026-11-27") {
             edges { node { id role ${factFields} program { name } jurisdiction { name } } } } } } }`,
        undefined,
        profiled,
      );
      expect(body.errors).toBeUndefined();
      const debug = body.extensions.debug as Debug;
      expect(debug.roundTrips).toBe(1);
      const edges = body.data.entity.administers.edges;
      return { rows: edges.map((e) => `${e.node.id}|${e.node.role}|${e.node.jurisdiction?.name ?? ''}`), edges, bytes: debug.bytes };
    };
    const slim = await ask('');
    const dated = await ask('validFrom validTo');
    expect(slim.rows.length).toBe(20);
    expect(slim.rows).toEqual(dated.rows);
    // Facts that hold on the asked day began on or before it, or have no recorded start.
    for (const e of dated.edges) expect(e.node.validFrom === null || e.node.validFrom! <= '2026-11-27').toBe(true);
    expect(dated.edges.some((e) => e.node.validFrom !== null)).toBe(true);
    expect(slim.bytes).toBeLessThan(dated.bytes);
  });
});
