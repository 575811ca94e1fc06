import { describe, expect, it } from 'vitest';
import { cypher } from '../../src/db/database.js';
import { createLoaders } from '../../src/graphql/loaders.js';
import type { GraphQLContext } from '../../src/graphql/context.js';
import { factResolvers } from '../../src/graphql/resolvers/types/facts.js';
import type { AssignmentRecord } from '../../src/domain/records.js';
import { assignmentRecord } from '../helpers/assignmentRecord.js';
import { TEST_DEBUG_KEY, useTestServer } from '../helpers/testServer.js';

const DAY = '2026-11-27';
const t = useTestServer({ today: DAY });

interface Contractor {
  id: string;
  role: string;
  coverage: string | null;
  administrator: { name: string };
}
interface Page {
  code: string;
  medicaidAgency: { id: string } | null;
  medicareContractors: Contractor[];
}

const FACT_DATES = cypher(
  'test.factDates',
  `MATCH (a:Assignment) WHERE a.id IN $ids
   RETURN a.id AS id, toString(a.validFrom) AS validFrom, toString(a.validTo) AS validTo, a.confidence AS confidence, a.jurisdictionId AS jurisdictionId`,
);

describe('state pages (the dashboard and the 56-jurisdiction list)', () => {
  it('give every jurisdiction the agency and contractors its own loaders give, in one statement', async () => {
    const fields = (asOf: string) =>
      `code medicaidAgency${asOf} { id } medicareContractors${asOf} { id role coverage administrator { name } }`;
    // Without asOf the list reads every page in one statement; with it, each field goes through its loader.
    const paged = await t.gql<{ jurisdictions: Page[] }>(`{ jurisdictions { ${fields('')} } }`, undefined, { 'x-debug': TEST_DEBUG_KEY });
    const loaded = await t.gql<{ jurisdictions: Page[] }>(`{ jurisdictions { ${fields(`(asOf: "${DAY}")`)} } }`);
    expect(paged.body.errors).toBeUndefined();
    expect(paged.body.extensions.debug.roundTrips).toBe(1);
    const pages = paged.body.data.jurisdictions;
    expect(pages).toHaveLength(56);
    expect(pages).toEqual(loaded.body.data.jurisdictions);
    // Shared facts are shared, not lost: every state has an A/B MAC and a DME MAC today.
    for (const p of pages) {
      expect(p.medicareContractors.map((c) => c.role)).toEqual(expect.arrayContaining(['AB_MAC', 'DME_MAC']));
    }
    const ca = pages.find((p) => p.code === 'CA')!;
    expect(ca.medicaidAgency?.id).toBe('org:ca-medicaid-agency');
  });

  it('answers a contractor asked for its dates, confidence and place with the whole fact', async () => {
    const { body } = await t.gql<{
      jurisdiction: {
        medicareContractors: {
          id: string;
          validFrom: string | null;
          validTo: string | null;
          confidence: string;
          jurisdiction: { id: string } | null;
        }[];
      };
    }>('{ jurisdiction(code: "CA") { medicareContractors { id validFrom validTo confidence jurisdiction { id } } } }');
    const got = body.data.jurisdiction.medicareContractors;
    expect(got.length).toBeGreaterThan(5);
    const stored = await t.db
      .runner()
      .read<{ id: string; validFrom: string | null; validTo: string | null; confidence: string; jurisdictionId: string | null }>(
        FACT_DATES,
        { ids: got.map((c) => c.id) },
      );
    const byId = new Map(stored.map((s) => [s.id, s]));
    for (const c of got) {
      const s = byId.get(c.id)!;
      expect({
        id: c.id,
        validFrom: c.validFrom,
        validTo: c.validTo,
        confidence: c.confidence.toLowerCase(),
        jurisdiction: c.jurisdiction?.id ?? null,
      }).toEqual({
        id: s.id,
        validFrom: s.validFrom,
        validTo: s.validTo,
        confidence: s.confidence.toLowerCase(),
        jurisdiction: s.jurisdictionId,
      });
    }
  });

  it('loads by id what a slim fact was not read with', async () => {
    const [stored] = await t.db
      .runner()
      .read<{ id: string; validFrom: string | null; jurisdictionId: string }>(
        cypher(
          'test.oneDatedFact',
          `MATCH (a:Assignment {role: 'AB_MAC'}) WHERE a.validFrom IS NOT NULL RETURN a.id AS id, toString(a.validFrom) AS validFrom, a.jurisdictionId AS jurisdictionId ORDER BY a.id LIMIT 1`,
        ),
      );
    const slim = assignmentRecord({
      id: stored!.id,
      administratorId: 'org:unused',
      function: 'CLAIMS_PROCESSING',
      programId: 'program:medicare',
      role: 'AB_MAC',
      detailed: false,
      slim: 'WITHOUT_PLACE',
    });
    const ctx = { loaders: createLoaders(t.db.runner(), DAY) } as unknown as GraphQLContext;
    const resolvers = factResolvers.Assignment as Record<
      string,
      (a: AssignmentRecord, args: object, ctx: GraphQLContext, info: object) => unknown
    >;
    // A field with no selection below it: the name loader answers.
    const info = { fieldNodes: [], fragments: {} };
    expect(await resolvers.validFrom!(slim, {}, ctx, info)).toBe(stored!.validFrom);
    expect(((await resolvers.jurisdiction!(slim, {}, ctx, info)) as { id: string }).id).toBe(stored!.jurisdictionId);
    // A record read whole answers from itself.
    expect(resolvers.validFrom!({ ...slim, slim: undefined, validFrom: '1999-01-01' }, {}, ctx, info)).toBe('1999-01-01');
  });
});
