import { describe, expect, it } from 'vitest';
import { readDataState } from '../../src/db/repositories/dataVersionRepository.js';
import { ENTITY_WITH_ADMINISTERED } from '../../src/db/repositories/assignmentRepository.js';
import { ALL_STATE_PAGES_ADMIN_NAMES, STATE_PAGES, statePages } from '../../src/db/repositories/stateRepository.js';
import { storeAnswers } from '../../src/services/storedAnswers.js';
import { CONTRACTORS_ONLY } from '../../src/services/storedPages.js';
import { useGraphLock } from '../helpers/graphLock.js';
import { planOf } from '../helpers/planOf.js';
import { useTestServer } from '../helpers/testServer.js';

// Storing pages and the probe below write to the shared graph.
useGraphLock();
const t = useTestServer();

/** The day the pages are stored for in these tests; no seeded contractor's coverage starts or ends on it. */
const DAY = '2026-12-05';

/** Each page's contractors as `fact id|coverage`, read from what is stored or by expanding COVERS. */
async function contractorLists(which: { all: true } | { stateIds: string[] }, day: string, useStored: boolean) {
  const pages = await statePages(t.db.runner(), which, day, { ...CONTRACTORS_ONLY, useStored });
  return new Map(pages.map((p) => [p.state.id, (p.contractors ?? []).map((a) => `${a.id}|${a.coverage}`)]));
}

async function storeAt(day: string) {
  const run = t.db.runner();
  return storeAnswers(run, (await readDataState(run)).version, day);
}

/** Overwrites California's stored list with one fact, stamped `stamp`, so an answer shows whether it was read. */
async function setProbe(factId: string, stamp: number) {
  await t.driver.executeQuery(
    `MATCH (s:Entity {id: 'state:CA'}) SET s.pageFactIds = [$factId], s.pageCoverage = ['PARTIAL'], s.pageVersion = $stamp`,
    { factId, stamp },
  );
}

describe('stored state pages', () => {
  it('stores for every jurisdiction the contractors its page lists by expanding COVERS', async () => {
    const stored = (await storeAt(DAY)).pages;
    // 50 states, DC and five territories.
    expect(stored).toBe(56);
    const fromStore = await contractorLists({ all: true }, DAY, true);
    const expanded = await contractorLists({ all: true }, DAY, false);
    expect(fromStore.size).toBe(56);
    expect(Object.fromEntries(fromStore)).toEqual(Object.fromEntries(expanded));
    const [ca] = await statePages(t.db.runner(), { stateIds: ['state:CA'] }, DAY, { ...CONTRACTORS_ONLY, useStored: true });
    // From the seed: Noridian is California's A/B MAC (jurisdiction E).
    const abMacs = (ca?.contractors ?? []).filter((a) => a.role === 'AB_MAC');
    expect(abMacs.length).toBeGreaterThan(0);
    expect(new Set(abMacs.map((a) => a.administratorId))).toEqual(new Set(['org:noridian']));
  });

  it('uses a stored list only at the data version it was stored for', async () => {
    await storeAt(DAY);
    const version = (await readDataState(t.db.runner())).version;
    const expanded = (await contractorLists({ stateIds: ['state:CA'] }, DAY, false)).get('state:CA')!;
    expect(expanded.length).toBeGreaterThan(1);
    const probeFact = expanded[expanded.length - 1]!.split('|')[0]!;
    try {
      await setProbe(probeFact, version);
      expect((await contractorLists({ stateIds: ['state:CA'] }, DAY, true)).get('state:CA')).toEqual([`${probeFact}|PARTIAL`]);
      await setProbe(probeFact, version - 1);
      expect((await contractorLists({ stateIds: ['state:CA'] }, DAY, true)).get('state:CA')).toEqual(expanded);
    } finally {
      await storeAt(DAY);
    }
  });

  it('expands COVERS for a day outside the period the lists were stored for', async () => {
    await storeAt(DAY);
    const version = (await readDataState(t.db.runner())).version;
    const { records } = await t.driver.executeQuery(`MATCH (v:DataVersion {id: 'graph'}) RETURN toString(v.pagesFrom) AS from`);
    // Seeded contractor terms start in the 2000s and later, so 1999 lies before the stored period.
    expect(String(records[0]?.get('from'))).toMatch(/^20\d\d-/);
    const early = '1999-06-01';
    const expandedEarly = (await contractorLists({ stateIds: ['state:CA'] }, early, false)).get('state:CA')!;
    const expandedToday = (await contractorLists({ stateIds: ['state:CA'] }, DAY, false)).get('state:CA')!;
    const probeFact = expandedToday[0]!.split('|')[0]!;
    try {
      await setProbe(probeFact, version);
      expect((await contractorLists({ stateIds: ['state:CA'] }, early, true)).get('state:CA')).toEqual(expandedEarly);
      expect((await contractorLists({ stateIds: ['state:CA'] }, DAY, true)).get('state:CA')).toEqual([`${probeFact}|PARTIAL`]);
    } finally {
      await storeAt(DAY);
    }
  });

  it('seeks the facts of a page and of an organization by index, whatever plan statistics would suggest', async () => {
    // On a freshly seeded store the planner once read every MEDICAID_AGENCY and SHIP fact of the
    // nation for each state (80,000 database hits for the 56 pages) through the role index.
    const page = { ...CONTRACTORS_ONLY, agency: true, asOf: DAY, useStored: true, stateIds: ['state:CA'] };
    const facts = { id: 'org:noridian', asOf: DAY, after: '', limit: 20, slimFacts: true, namesOnly: true, entityNamesOnly: true };
    const plans = {
      page: await planOf(t.driver, STATE_PAGES.cypher, page),
      allPages: await planOf(t.driver, ALL_STATE_PAGES_ADMIN_NAMES.cypher, page),
      // Every page of an organization's facts, the first with the organization and the later ones.
      withAdministered: await planOf(t.driver, ENTITY_WITH_ADMINISTERED.cypher, facts),
    };
    for (const name of ['page', 'allPages'] as const) {
      expect([name, plans[name].some((o) => o.includes('Assignment(jurisdictionId, role, id)'))]).toEqual([name, true]);
      // The stored contractors, by the unique id index.
      expect([name, plans[name].some((o) => /UNIQUE a:Assignment\(id\)/.test(o))]).toEqual([name, true]);
    }
    for (const name of ['withAdministered'] as const) {
      expect([name, plans[name].some((o) => o.includes('Assignment(administratorId, id)'))]).toEqual([name, true]);
      // Facts are dense nodes (a COVERS edge per place): their entities are sought by id, not expanded.
      expect([name, plans[name].filter((o) => /^(Expand|OptionalExpand)/.test(o))]).toEqual([name, []]);
    }
    for (const [name, ops] of Object.entries(plans)) {
      expect([name, ops.filter((o) => /^(NodeByLabelScan|AllNodesScan)\b/.test(o))]).toEqual([name, []]);
    }
  });
});
