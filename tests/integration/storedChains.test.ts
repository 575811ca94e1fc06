import { describe, expect, it } from 'vitest';
import { RoundTripCounter } from '../../src/db/database.js';
import { readDataState } from '../../src/db/repositories/dataVersionRepository.js';
import { chainStartsWithLinks, readOversightChain, upwardClosure } from '../../src/db/repositories/graphRepository.js';
import { walkChain } from '../../src/domain/oversight.js';
import { createMemoryLogger } from '../../src/logger.js';
import { DataVersionWatcher } from '../../src/services/dataVersionWatcher.js';
import { oversightChain } from '../../src/services/oversightChain.js';
import { storeAnswers } from '../../src/services/storedAnswers.js';
import { useGraphLock } from '../helpers/graphLock.js';
import { useTestServer } from '../helpers/testServer.js';

// Storing chains writes to the shared graph, and the probe entity below would show in counts.
useGraphLock();
const t = useTestServer();

/** The day the chains are stored for in these tests; no seeded upward link starts or ends on it. */
const DAY = '2026-12-05';

/** The stored chain, or null when the statement had to walk the closure instead. */
async function storedChain(id: string, day: string) {
  const read = await readOversightChain(t.db.runner(), id, day, true);
  return read?.stored ? read : null;
}

async function storeAt(day: string) {
  const run = t.db.runner();
  return storeAnswers(run, (await readDataState(run)).version, day);
}

describe('stored oversight chains', () => {
  it('stores, for every entity with a link up, the chain walked over its closure', async () => {
    const run = t.db.runner();
    const stored = (await storeAt(DAY)).chains;
    const { starts } = await chainStartsWithLinks(run, DAY);
    expect(stored).toBe(starts.length);
    expect(starts.length).toBeGreaterThan(400);
    const differing: string[] = [];
    for (const start of starts) {
      const fromStore = await storedChain(start.id, DAY);
      const walked = walkChain(start.id, start.kind, (await upwardClosure(run, start.id, DAY, true)).links);
      if (JSON.stringify(fromStore?.steps) !== JSON.stringify(walked)) differing.push(start.id);
    }
    expect(differing).toEqual([]);
    // From the seed: Noridian acts under CMS, which HHS oversees, which Congress oversees.
    const noridian = await storedChain('org:noridian', DAY);
    expect(noridian?.steps.map((s) => s.entityId)).toEqual(['org:noridian', 'org:cms', 'org:hhs', 'org:us-congress']);
    expect(noridian?.steps.map((s) => s.relation)).toEqual(['SELF', 'ACTS_UNDER', 'OVERSEEN_BY', 'OVERSEEN_BY']);
    expect(noridian?.entities.map((e) => e.name)).toContain('U.S. Department of Health and Human Services');
  });

  it('answers a day before the links last changed from the closure, with that day’s chain', async () => {
    const run = t.db.runner();
    await storeAt(DAY);
    // New Mexico's Health Care Authority took over Medicaid from the Human Services
    // Department on 2024-07-01, so a chain of that day's Medicaid cannot be today's.
    expect(await storedChain('program:medicaid-nm', '2024-01-15')).toBeNull();
    const before = await oversightChain(run, 'program:medicaid-nm', '2024-01-15', true);
    const after = await oversightChain(run, 'program:medicaid-nm', DAY, true);
    expect(before?.steps[1]?.entityId).toBe('org:nm-hsd');
    expect(after?.steps[1]?.entityId).toBe('org:nm-medicaid-agency');
    expect(await storedChain('program:medicaid-nm', DAY)).not.toBeNull();
  });

  it('uses a stored chain only at the data version it was stored for', async () => {
    const run = t.db.runner();
    await storeAt(DAY);
    const version = (await readDataState(run)).version;
    const probe = 'org:test-stored-chain-probe';
    // A lone entity whose stored chain says something its links do not, so the answer shows which was read.
    const setProbe = (stamp: number) =>
      t.driver.executeQuery(
        `MERGE (e:Entity {id: $probe}) SET e.kind = 'CONTRACTOR', e.name = 'Probe', e.chainIds = [$probe, 'org:cms'],
           e.chainRelations = ['SELF', 'ACTS_UNDER'], e.chainVersion = $stamp`,
        { probe, stamp },
      );
    try {
      await setProbe(version);
      expect((await oversightChain(run, probe, DAY, true))?.steps.map((s) => s.entityId)).toEqual([probe, 'org:cms']);
      await setProbe(version - 1);
      expect((await oversightChain(run, probe, DAY, true))?.steps.map((s) => s.entityId)).toEqual([probe]);
    } finally {
      await t.driver.executeQuery('MATCH (e:Entity {id: $probe}) DETACH DELETE e', { probe });
    }
  });

  it('knows, from the version node it polls, which days the stored chains cover', async () => {
    await storeAt(DAY);
    const watcher = new DataVersionWatcher(t.db.runner(), 60_000, createMemoryLogger());
    expect(watcher.chainsStoredOn(DAY)).toBe(false);
    await watcher.poll();
    expect(watcher.chainsStoredOn(DAY)).toBe(true);
    // New Mexico's Medicaid changed hands on 2024-07-01: the stored period starts after that.
    expect(watcher.chainsStoredOn('2024-01-15')).toBe(false);
  });

  describe('on a day the stored chains are said to cover', () => {
    const covered = () => true;
    const sent = async (id: string, day: string) => {
      const counter = new RoundTripCounter();
      const chain = await oversightChain(t.db.runner(counter), id, day, true, covered);
      return {
        ids: chain?.steps.map((s) => s.entityId) ?? null,
        relations: chain?.steps.map((s) => s.relation),
        statements: [...counter.byQuery.keys()],
      };
    };

    it('reads a stored chain with the short statement alone', async () => {
      await storeAt(DAY);
      expect(await sent('org:noridian', DAY)).toEqual({
        ids: ['org:noridian', 'org:cms', 'org:hhs', 'org:us-congress'],
        relations: ['SELF', 'ACTS_UNDER', 'OVERSEEN_BY', 'OVERSEEN_BY'],
        statements: ['graph.storedOversightChain'],
      });
    });

    it('walks, in a second statement, when nothing stored holds after all (a write since the poll)', async () => {
      await storeAt(DAY);
      const answer = await sent('program:medicaid-nm', '2024-01-15');
      expect(answer.ids?.[1]).toBe('org:nm-hsd');
      expect(answer.statements).toEqual(['graph.storedOversightChain', 'graph.oversightChain']);
    });

    it('answers an entity no climbing link touches with itself, from the short statement, as the walk does', async () => {
      const probe = 'org:test-lone-chain-probe';
      await t.driver.executeQuery(`MERGE (e:Entity {id: $probe}) SET e.kind = 'CONTRACTOR', e.name = 'Lone probe'`, { probe });
      try {
        expect(await sent(probe, DAY)).toEqual({ ids: [probe], relations: ['SELF'], statements: ['graph.storedOversightChain'] });
        expect((await oversightChain(t.db.runner(), probe, DAY, true))?.steps).toEqual([{ entityId: probe, relation: 'SELF' }]);
      } finally {
        await t.driver.executeQuery('MATCH (e:Entity {id: $probe}) DETACH DELETE e', { probe });
      }
    });

    it('leaves an unknown id unknown in one statement', async () => {
      expect(await sent('org:no-such-body', DAY)).toEqual({ ids: null, relations: undefined, statements: ['graph.storedOversightChain'] });
    });
  });

  it('leaves an unknown id unknown', async () => {
    expect(await oversightChain(t.db.runner(), 'org:no-such-body', DAY, true)).toBeNull();
  });
});
