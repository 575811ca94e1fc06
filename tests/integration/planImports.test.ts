import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  County,
  GraphPath,
  MedicareContract,
  Organization,
  OversightStep,
  Query,
} from '../../src/graphql/generated/resolvers-types.js';
import type { Answer } from '../helpers/graphqlAnswer.js';
import { useGraphLock } from '../helpers/graphLock.js';
import { cypher } from '../../src/db/database.js';
import { HeaderError } from '../../src/import/lib/header.js';
import { ImportError, runImport, type ImportSummary } from '../../src/import/lib/runImport.js';
import { findKind } from '../../src/import/registry.js';
import { planOf as planIn } from '../helpers/planOf.js';
import { useTestServer } from '../helpers/testServer.js';

// The answers below are worked out for a graph without the full county list (import.test.ts loads it).
useGraphLock();
const t = useTestServer();

const FIXTURES = path.resolve('tests/fixtures/cms');
const FILES = {
  contracts: 'CPSC_Contract_Info_2024_07.csv',
  enrollment: 'CPSC_Enrollment_Info_2024_07.csv',
  serviceArea: 'MA_Cnty_SA_2024_07.csv',
  serviceAreaAugust: 'MA_Cnty_SA_2024_08.csv',
  medicaid: 'managed-care-enrollment-by-program-and-plan2024-table4.csv',
} as const;

// Rejects files are written next to the imported file: import copies, not the fixtures.
const dir = mkdtempSync(path.join(tmpdir(), 'plan-imports-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
for (const f of Object.values(FILES)) copyFileSync(path.join(FIXTURES, f), path.join(dir, f));

async function importFile(kindName: string, file: string | null): Promise<ImportSummary> {
  const kind = findKind(kindName);
  if (!kind) throw new Error(`no kind ${kindName}`);
  return runImport(t.db, {
    kind,
    file: file === null ? null : path.join(dir, file),
    resume: false,
    dryRun: false,
    json: true,
    releaseDate: null,
    progressWrite: () => {},
  });
}

/** Everything the four plan imports write, counted by what it is (other files' imports do not touch these). */
const COUNT_PLAN_FACTS = cypher(
  'test.countPlanFacts',
  `CALL () { MATCH (c:MedicareContract) RETURN count(c) AS contracts }
   CALL () { MATCH (p:MedicarePlan) RETURN count(p) AS plans }
   CALL () { MATCH (s:ServiceArea) RETURN count(s) AS serviceAreas, count(s.validTo) AS closedServiceAreas }
   CALL () { MATCH (e:PlanEnrollment) RETURN count(e) AS planEnrollment }
   CALL () { MATCH (m:MaEnrollment) RETURN count(m) AS contractEnrollment, count(m.sortKey) AS listed }
   CALL () { MATCH (e:MedicaidPlanEnrollment) RETURN count(e) AS medicaidEnrollment }
   CALL () { MATCH (a:Assignment) WHERE a.origin STARTS WITH 'import:' RETURN count(a) AS assignments }
   CALL () { MATCH ()-[r]->() WHERE r.origin STARTS WITH 'import:m' RETURN count(r) AS relationships }
   CALL () { MATCH (o:Entity) WHERE o.origin STARTS WITH 'import:m' RETURN count(o) AS entities }
   RETURN contracts, plans, serviceAreas, closedServiceAreas, planEnrollment, contractEnrollment, listed, medicaidEnrollment,
          assignments, relationships, entities`,
);

const countPlanFacts = async () => (await t.db.runner().read(COUNT_PLAN_FACTS))[0]!;

const summaries: Record<string, ImportSummary> = {};

beforeAll(async () => {
  summaries.contracts = await importFile('ma-contracts', FILES.contracts);
  summaries.enrollment = await importFile('ma-enrollment', FILES.enrollment);
  summaries.serviceArea = await importFile('ma-service-area', FILES.serviceArea);
  summaries.medicaid = await importFile('medicaid-managed-care', FILES.medicaid);
}, 240_000);

const CONTRACT_QUERY = `query($id: ID!, $asOf: Date) {
  contract(id: $id) {
    __typename id contractNumber name organizationName marketingName organizationType effectiveDate
    parent { id name }
    administration(asOf: $asOf) { role program { id } principal { id } validFrom }
    plans(first: 10) { totalCount edges { node { id planId planType snp eghp offersPartD } } }
    serviceArea(asOf: $asOf) { totalCount edges { node { fips county { id name } coverage employerGroupOnly validFrom validTo } } }
    totalEnrollment(asOf: $asOf) { enrollment suppressed asOf }
    enrollmentByState(asOf: $asOf) { place { id } enrollment suppressed }
    enrollmentByCounty(asOf: $asOf, first: 10) { edges { node { fips place { id } enrollment suppressed } } }
  }
}`;

describe('plan imports', () => {
  it('reads every row, writes the good ones and rejects the bad ones with their line and reason', () => {
    expect(summaries.contracts).toMatchObject({ read: 13, written: 10, rejected: 3, releaseDate: '2024-07-01' });
    expect(summaries.enrollment).toMatchObject({ read: 17, written: 13, rejected: 4 });
    expect(summaries.serviceArea).toMatchObject({ read: 9, written: 7, rejected: 2 });
    expect(summaries.medicaid).toMatchObject({ read: 12, written: 9, rejected: 3, releaseDate: '2024-07-01' });
    const rejects = readFileSync(path.join(dir, `${FILES.enrollment}.rejects.csv`), 'utf8');
    // line, reason (CSV-quoted), raw row; the header is line 1.
    expect(rejects).toContain('\n15,"FIPS code ""6037"" is not 5 digits",');
    expect(rejects).toContain('\n16,"enrollment ""abc"" is not a whole number",');
    expect(rejects).toContain('\n17,"state ""ZZ"" is not a US state or territory code",');
    const contractRejects = readFileSync(path.join(dir, `${FILES.contracts}.rejects.csv`), 'utf8');
    expect(contractRejects).toContain('X1234');
    expect(contractRejects).toContain('13/45/2020');
  });

  it('changes no count when the same files are imported again', async () => {
    const before = await countPlanFacts();
    expect(before.contracts).toBe(7);
    await importFile('ma-contracts', FILES.contracts);
    await importFile('ma-enrollment', FILES.enrollment);
    await importFile('ma-service-area', FILES.serviceArea);
    await importFile('medicaid-managed-care', FILES.medicaid);
    expect(await countPlanFacts()).toEqual(before);
  });

  it('answers contract(id) with its parent, plans, administration, service area and enrollment', async () => {
    const { body } = await t.gql(CONTRACT_QUERY, { id: 'H9001', asOf: '2024-07-15' });
    expect(body.errors).toBeUndefined();
    const c = body.data.contract;
    expect(c).toMatchObject({
      __typename: 'MedicareContract',
      id: 'contract:H9001',
      contractNumber: 'H9001',
      name: 'UnitedHealthcare',
      organizationName: 'EXAMPLE UNITEDHEALTHCARE OF CALIFORNIA',
      organizationType: 'Local CCP',
      effectiveDate: '2006-01-01',
      parent: { id: 'org:unitedhealth-group', name: 'UnitedHealth Group Incorporated' },
    });
    // Part C from the contract's start; Part D (a plan offers it) from 2006-01-01; both under CMS.
    expect(c.administration).toEqual([
      { role: 'MA_ORGANIZATION', program: { id: 'program:medicare-part-c' }, principal: { id: 'org:cms' }, validFrom: '2006-01-01' },
      { role: 'PART_D_SPONSOR', program: { id: 'program:medicare-part-d' }, principal: { id: 'org:cms' }, validFrom: '2006-01-01' },
    ]);
    expect(c.plans.totalCount).toBe(3);
    expect(c.plans.edges.map((e) => [e.node.id, e.node.snp, e.node.eghp])).toEqual([
      ['H9001-001', false, false],
      ['H9001-002', true, false],
      ['H9001-801', false, true],
    ]);
    // The seed holds only a few counties (Virginia's): a county not in the graph is named by FIPS, with no entity.
    expect(c.serviceArea.edges.map((e) => [e.node.fips, e.node.county?.id ?? null, e.node.coverage])).toEqual([
      ['06037', null, 'FULL'],
      ['06059', null, 'PARTIAL'],
    ]);
    // 12,345 + 2,000 + 1,234 + 25 outside the area, and two suppressed cells: a lower bound, flagged.
    expect(c.totalEnrollment).toEqual({ enrollment: 15604, suppressed: true, asOf: '2024-07-01' });
    expect(c.enrollmentByState).toEqual([{ place: { id: 'state:CA' }, enrollment: 15579, suppressed: true }]);
    expect(c.enrollmentByCounty.edges.map((e) => e.node)).toEqual([
      { fips: '06037', place: null, enrollment: 13579, suppressed: true },
      { fips: '06059', place: null, enrollment: 2000, suppressed: false },
    ]);
  });

  it('keeps a place where every count was suppressed as null with the flag, never 0', async () => {
    const { body } = await t.gql(CONTRACT_QUERY, { id: 'contract:H9002', asOf: '2024-07-15' });
    const states = body.data.contract.enrollmentByState;
    expect(states).toContainEqual({ place: { id: 'state:FL' }, enrollment: null, suppressed: true });
    expect(states).toContainEqual({ place: { id: 'state:VA' }, enrollment: 40, suppressed: false });
    const stored = await t.db
      .runner()
      .read<{ enrollment: unknown; suppressed: boolean }>(
        cypher(
          'test.suppressedPlanRow',
          `MATCH (e:PlanEnrollment {contractId: 'H9002', fips: '12086'}) RETURN e.enrollment AS enrollment, e.suppressed AS suppressed`,
        ),
      );
    expect(stored).toEqual([{ enrollment: null, suppressed: true }]);
  });

  it('reads Latin-1 names and numeric cost contracts', async () => {
    const { body } = await t.gql<{ a: Answer<MedicareContract>; b: Answer<MedicareContract> }>(
      '{ a: contract(id: "H9008") { marketingName parent { id } } b: contract(id: "90901") { administration(asOf: "2024-07-15") { program { id } } } }',
    );
    expect(body.data.a).toEqual({ marketingName: 'Salud Médica', parent: { id: 'org:molina-healthcare' } });
    expect(body.data.b.administration).toEqual([{ program: { id: 'program:medicare-part-c' } }]);
  });

  it('lists the MA contracts in a state by enrollment, largest first, paging by cursor', async () => {
    const q = `query($after: String) { jurisdiction(code: "VA") { medicareAdvantage(first: 1, after: $after) {
      totalCount pageInfo { hasNextPage endCursor } edges { node { contract { id } enrollment suppressed asOf coverage } } } } }`;
    const first = (await t.gql(q)).body.data.jurisdiction.medicareAdvantage;
    expect(first.totalCount).toBe(2);
    expect(first.edges.map((e) => e.node)).toEqual([
      { contract: { id: 'contract:R9003' }, enrollment: 315, suppressed: false, asOf: '2024-07-01', coverage: null },
    ]);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = (await t.gql(q, { after: first.pageInfo.endCursor })).body.data.jurisdiction.medicareAdvantage;
    expect(second.edges.map((e) => e.node.contract.id)).toEqual(['contract:H9002']);
    expect(second.pageInfo.hasNextPage).toBe(false);

    // Part D plans (S9004, 50,000 in California) are not Medicare Advantage.
    const ca = (
      await t.gql('{ jurisdiction(code: "CA") { medicareAdvantage { edges { node { contract { id } enrollment suppressed } } } } }')
    ).body.data;
    expect(ca.jurisdiction.medicareAdvantage.edges.map((e) => e.node)).toEqual([
      { contract: { id: 'contract:H9001' }, enrollment: 15579, suppressed: true },
      { contract: { id: 'contract:H9008' }, enrollment: 500, suppressed: false },
    ]);
  });

  it('gives a county its contracts with the service area coverage: partial where CMS marks it', async () => {
    const q = `query($id: ID!) { entity(id: $id) { ... on County { medicareAdvantage { edges { node { contract { id } enrollment coverage } } } } } }`;
    const fairfax = (await t.gql<{ entity: Answer<County> }>(q, { id: 'county:51059' })).body.data.entity.medicareAdvantage.edges.map(
      (e) => e.node,
    );
    expect(fairfax).toEqual([{ contract: { id: 'contract:R9003' }, enrollment: 300, coverage: 'PARTIAL' }]);
    const arlington = (await t.gql<{ entity: Answer<County> }>(q, { id: 'county:51013' })).body.data.entity.medicareAdvantage.edges.map(
      (e) => e.node,
    );
    expect(arlington).toEqual([
      { contract: { id: 'contract:H9002' }, enrollment: 40, coverage: 'FULL' },
      { contract: { id: 'contract:R9003' }, enrollment: 15, coverage: 'FULL' },
    ]);
  });

  it('lets UnitedHealth Group reach its MA contracts, Part D contracts and Medicaid plans through the graph', async () => {
    const rows = await t.db.runner().read<{ child: string; program: string }>(
      cypher(
        'test.uhgReach',
        `MATCH (:Entity {id: 'org:unitedhealth-group'})<-[:SUBSIDIARY_OF]-(child:Entity)-[d:ADMINISTERS]->(p:Entity)
         WHERE d.origin STARTS WITH 'import:'
         RETURN child.id AS child, p.id AS program ORDER BY child, program`,
      ),
    );
    expect(rows).toEqual([
      { child: 'contract:H9001', program: 'program:medicare-part-c' },
      { child: 'contract:H9001', program: 'program:medicare-part-d' },
      { child: 'contract:S9004', program: 'program:medicare-part-d' },
      { child: 'org:mco-tx-unitedhealthcare-community-plan-of-texas', program: 'program:medicaid-tx' },
      { child: 'org:mco-tx-unitedhealthcare-community-plan-of-texas', program: 'program:medicaid-tx' },
    ]);
    const { body } = await t.gql(`{ entity(id: "org:unitedhealth-group") {
      relationships(direction: INCOMING, types: [PARENT_OF], first: 100) { edges { node { other { id } } } } } }`);
    const subsidiaries = body.data.entity.relationships.edges.map((e) => e.node.other.id);
    expect(subsidiaries).toEqual(
      expect.arrayContaining(['contract:H9001', 'contract:S9004', 'org:mco-tx-unitedhealthcare-community-plan-of-texas']),
    );
  });

  it('loads Medicaid plans per state program with enrollment per year, and ends plans a later year no longer lists', async () => {
    const { body } = await t.gql<{ uhc: Answer<Organization>; fl: Answer<Organization>; tx: Answer<Query>['jurisdiction'] }>(`{
      uhc: entity(id: "org:mco-tx-unitedhealthcare-community-plan-of-texas") { ... on Organization {
        medicaidEnrollment(year: 2024) { year state { id } programName medicaidOnly dual total } } }
      fl: entity(id: "org:mco-fl-example-florida-plan") { ... on Organization { medicaidEnrollment { total medicaidOnly } } }
      tx: jurisdiction(code: "TX") { managedCare(first: 100) { edges { node { id administrator { id } validFrom validTo } } } }
    }`);
    expect(body.errors).toBeUndefined();
    expect(body.data.uhc.medicaidEnrollment).toEqual([
      { year: 2024, state: { id: 'state:TX' }, programName: 'STAR', medicaidOnly: 310512, dual: 1204, total: 311716 },
      { year: 2024, state: { id: 'state:TX' }, programName: 'STAR+PLUS', medicaidOnly: 40100, dual: 61020, total: 101120 },
    ]);
    expect(body.data.fl.medicaidEnrollment).toEqual([{ total: null, medicaidOnly: null }]);
    const ended = await t.db
      .runner()
      .read<{ validFrom: string; validTo: string | null }>(
        cypher(
          'test.medicaidEnded',
          `MATCH (a:Assignment) WHERE a.administratorId IN $ids RETURN a.administratorId AS id, toString(a.validFrom) AS validFrom, toString(a.validTo) AS validTo ORDER BY id`,
        ),
        { ids: ['org:mco-tx-example-texas-children-plan', 'org:mco-tx-superior-healthplan'] },
      );
    expect(ended).toEqual([
      { id: 'org:mco-tx-example-texas-children-plan', validFrom: '2023-07-01', validTo: '2024-06-30' },
      { id: 'org:mco-tx-superior-healthplan', validFrom: '2023-07-01', validTo: null },
    ]);
  });

  it('climbs and walks the per-fact edges an import writes, by their own period and role', async () => {
    // seed/assignments/medicaid.yaml: Texas HHSC is the MEDICAID_AGENCY of program:medicaid-tx; the
    // imported plans administer it as MCOs under that agency (fixture), which is no step up a chain.
    const { body } = await t.gql<{ chain: Answer<OversightStep>[]; open: Answer<GraphPath>[]; ended: Answer<GraphPath>[] }>(`{
      chain: oversightChain(id: "program:medicaid-tx", asOf: "2026-11-01") { relation entity { id } }
      open: paths(from: "org:mco-tx-superior-healthplan", to: "org:tx-medicaid-agency", maxHops: 1, asOf: "2026-11-01") { hops steps { relation } }
      ended: paths(from: "org:mco-tx-example-texas-children-plan", to: "org:tx-medicaid-agency", maxHops: 1, asOf: "2026-11-01") { hops }
    }`);
    expect(body.errors).toBeUndefined();
    expect(body.data.chain[1]).toEqual({ relation: 'ADMINISTERED_BY', entity: { id: 'org:tx-medicaid-agency' } });
    expect(body.data.open).toEqual([{ hops: 1, steps: [{ relation: 'ACTS_UNDER' }] }]);
    // Its fact ended on 2024-06-30 (the test above), and so did the edge.
    expect(body.data.ended).toEqual([]);
  });

  it('supersedes an older service area without erasing it: a county left ends, a changed flag starts a new period', async () => {
    const august = await importFile('ma-service-area', FILES.serviceAreaAugust);
    expect(august).toMatchObject({ read: 7, written: 7, rejected: 0 });
    const q = `query($asOf: Date) { contract(id: "H9001") { serviceArea(asOf: $asOf) { edges { node { fips coverage validFrom validTo } } } } }`;
    const now = (await t.gql(q, { asOf: '2024-08-15' })).body.data.contract.serviceArea.edges.map((e) => e.node);
    expect(now).toEqual([
      { fips: '06037', coverage: 'PARTIAL', validFrom: '2024-08-01', validTo: null },
      { fips: '51013', coverage: 'FULL', validFrom: '2024-08-01', validTo: null },
    ]);
    const july = (await t.gql(q, { asOf: '2024-07-15' })).body.data.contract.serviceArea.edges.map((e) => e.node);
    expect(july).toEqual([
      { fips: '06037', coverage: 'FULL', validFrom: '2024-07-01', validTo: '2024-07-31' },
      { fips: '06059', coverage: 'PARTIAL', validFrom: '2024-07-01', validTo: '2024-07-31' },
    ]);
    const before = await countPlanFacts();
    await importFile('ma-service-area', FILES.serviceAreaAugust);
    expect(await countPlanFacts()).toEqual(before);
  });

  it('refuses a service area file older than one already imported, naming both, and writes nothing', async () => {
    // A June file (its own content, so not a rerun of July) after August would reopen what August ended.
    const june = 'MA_Cnty_SA_2024_06.csv';
    writeFileSync(path.join(dir, june), `${readFileSync(path.join(dir, FILES.serviceArea), 'latin1')}\r\n`, 'latin1');
    const before = await countPlanFacts();
    const error = await importFile('ma-service-area', june).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImportError);
    expect((error as Error).message).toContain(june);
    expect((error as Error).message).toContain(FILES.serviceAreaAugust);
    expect((error as Error).message).toContain('oldest first');
    expect(await countPlanFacts()).toEqual(before);
  });

  it('fails at once on a header that lacks a needed column, naming it and the file, and writes nothing', async () => {
    const file = 'MA_Cnty_SA_2024_09.csv';
    const lines = readFileSync(path.join(dir, FILES.serviceArea), 'latin1').split('\r\n');
    lines[0] = lines[0]!.replace('"Partial",', '');
    writeFileSync(path.join(dir, file), lines.join('\r\n'), 'latin1');
    const before = await countPlanFacts();
    const error = await importFile('ma-service-area', file).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HeaderError);
    expect((error as Error).message).toContain('"Partial"');
    expect((error as Error).message).toContain(file);
    expect(await countPlanFacts()).toEqual(before);
  });

  it('rejects a malformed contract number and an oversized page with BAD_USER_INPUT naming the argument', async () => {
    const bad = await t.gql('{ contract(id: "X1") { id } }');
    expect(bad.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'id' });
    const big = await t.gql('{ jurisdiction(code: "CA") { medicareAdvantage(first: 101) { totalCount } } }');
    expect(big.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'first' });
    const forged = await t.gql('{ jurisdiction(code: "CA") { medicareAdvantage(after: "bm9wZQ") { totalCount } } }');
    expect(forged.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'after' });
    const unknown = await t.gql('{ contract(id: "H0000") { id } }');
    expect(unknown.body.data.contract).toBeNull();
  });
});

describe('plan queries at scale', () => {
  const planOf = (query: string, params: Record<string, unknown>) => planIn(t.driver, query, params);

  it('pages every contract list by seeking its index in index order: no scan, no sort', async () => {
    const repo = await import('../../src/db/repositories/contractRepository.js');
    const page = { after: '', limit: 20 };
    const plans = {
      medicareAdvantage: await planOf(repo.MEDICARE_ADVANTAGE_IN.cypher, { placeId: 'state:CA', ...page }),
      plans: await planOf(repo.PLANS_OF_CONTRACT.cypher, { contractId: 'contract:H9001', ...page }),
      serviceArea: await planOf(repo.SERVICE_AREA_OF_CONTRACT.cypher, { contractId: 'contract:H9001', asOf: '2024-07-15', ...page }),
      byCounty: await planOf(repo.CONTRACT_ENROLLMENT_BY_COUNTY.cypher, { contractId: 'contract:H9001', asOf: '2024-07-15', ...page }),
    };
    expect(plans.medicareAdvantage.filter((o) => o.includes('MaEnrollment(placeId, sortKey)')).length).toBeGreaterThanOrEqual(2);
    for (const [name, ops] of Object.entries(plans)) {
      expect([name, ops.filter((o) => /^(NodeByLabelScan|AllNodesScan|Sort|Top|PartialTop|PartialSort)\b/.test(o))]).toEqual([name, []]);
    }
  });

  it('imports synthetic files of a few thousand rows in the exact headers, and a rerun changes no count', async () => {
    const { writeSynthFile } = await import('../../src/import/lib/synth.js');
    // An older month than the fixtures: it must not become the listed enrollment.
    const files = { 'ma-contracts': 'CPSC_Contract_Info_2019_01.csv', 'ma-enrollment': 'CPSC_Enrollment_Info_2019_01.csv' } as const;
    for (const [kind, file] of Object.entries(files)) await writeSynthFile(findKind(kind)!, 3000, path.join(dir, file));
    const first = [await importFile('ma-contracts', files['ma-contracts']), await importFile('ma-enrollment', files['ma-enrollment'])];
    expect(first.map((s) => [s.read, s.rejected])).toEqual([
      [3000, 0],
      [3000, 0],
    ]);
    const before = await countPlanFacts();
    await importFile('ma-contracts', files['ma-contracts']);
    await importFile('ma-enrollment', files['ma-enrollment']);
    expect(await countPlanFacts()).toEqual(before);
    const ca = (await t.gql('{ jurisdiction(code: "CA") { medicareAdvantage { edges { node { contract { id } asOf } } } } }')).body.data;
    expect(ca.jurisdiction.medicareAdvantage.edges.map((e) => e.node.asOf)).toEqual(['2024-07-01', '2024-07-01']);
  }, 120_000);
});
