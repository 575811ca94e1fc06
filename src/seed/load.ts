import type { Database, QueryRunner } from '../db/database.js';
import {
  DELETE_STALE_ASSIGNMENTS,
  DELETE_STALE_ENTITIES,
  DELETE_STALE_FACT_NODES,
  DELETE_STALE_RELATIONSHIPS,
  DELETE_STALE_SOURCES,
  MERGE_ASSIGNMENTS,
  MERGE_ENTITIES,
  MERGE_EXPANSIONS,
  MERGE_FMAPS,
  MERGE_NO_MANAGED_CARE,
  MERGE_SOURCES,
  mergeRelationshipsQuery,
} from '../db/repositories/seedRepository.js';
import { rebuildDerived } from '../db/repositories/derivedRepository.js';
import { kindText } from '../domain/kindWords.js';
import { newDataVersion } from '../services/storedAnswers.js';
import type { SeedBundle } from './validate.js';

const BATCH = 500;

async function inBatches<T>(rows: T[], fn: (batch: T[]) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < rows.length; i += BATCH) await fn(rows.slice(i, i + BATCH));
}

/**
 * Writes a validated bundle in one transaction: a crash or a failed statement anywhere
 * rolls everything back, and a rerun starts from the same state. Stale records (removed
 * from the files) are deleted in the same transaction, so the graph equals the seed.
 */
export async function loadSeed(db: Database, bundle: SeedBundle): Promise<void> {
  await db.writeTransaction(async (tx: QueryRunner) => {
    await inBatches(bundle.sources, (rows) => tx.write(MERGE_SOURCES, { rows }));
    const roles = new Map<string, string[]>();
    for (const a of bundle.assignments) roles.set(a.administrator, [...(roles.get(a.administrator) ?? []), a.role]);
    const entities = bundle.entities.map((e) => ({ ...e, kindText: kindText(e.kind, roles.get(e.id)) }));
    await inBatches(entities, (rows) => tx.write(MERGE_ENTITIES, { rows }));
    const byType = new Map<string, typeof bundle.relationships>();
    for (const r of bundle.relationships) byType.set(r.type, [...(byType.get(r.type) ?? []), r]);
    for (const [type, rels] of byType) await inBatches(rels, (rows) => tx.write(mergeRelationshipsQuery(type), { rows }));
    await inBatches(bundle.assignments, (rows) => tx.write(MERGE_ASSIGNMENTS, { rows }));
    await tx.write(MERGE_EXPANSIONS, { rows: bundle.expansions });
    await tx.write(MERGE_FMAPS, { rows: bundle.fmaps });
    await tx.write(MERGE_NO_MANAGED_CARE, { rows: bundle.noManagedCare });

    const assignmentIds = bundle.assignments.map((a) => a.id);
    await tx.write(DELETE_STALE_ASSIGNMENTS, { ids: assignmentIds });
    await tx.write(DELETE_STALE_RELATIONSHIPS, { keys: bundle.relationships.map((r) => r.key) });
    await tx.write(DELETE_STALE_FACT_NODES, {
      expansionStates: bundle.expansions.map((x) => x.state),
      fmapIds: bundle.fmaps.map((f) => f.id),
      absenceKeys: bundle.noManagedCare.map((n) => `${n.state}|${n.asOf}`),
    });
    await tx.write(DELETE_STALE_ENTITIES, { ids: bundle.entities.map((e) => e.id) });
    await tx.write(DELETE_STALE_SOURCES, { ids: bundle.sources.map((s) => s.id) });
    // In the same transaction, so no reader ever sees facts without their derived edges,
    // and every API instance drops its cached answers once this commits.
    await rebuildDerived(tx);
    await newDataVersion(tx);
  });
}
