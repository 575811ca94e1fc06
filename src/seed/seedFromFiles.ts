import path from 'node:path';
import { projectRoot } from '../projectRoot.js';
import type { Database } from '../db/database.js';
import { formatProblem } from './read.js';
import { loadSeed } from './load.js';
import { validateSeed } from './validate.js';

export const SEED_ROOT = path.join(projectRoot(), 'seed');

/** Validates the seed files and loads them; throws with every problem listed when they are invalid. */
export async function seedFromFiles(db: Database, root = SEED_ROOT) {
  const result = validateSeed(root);
  if (!result.ok) throw new Error(`seed files are invalid; nothing was written:\n${result.problems.map(formatProblem).join('\n')}`);
  await loadSeed(db, result.bundle);
  const b = result.bundle;
  return {
    sources: b.sources.length,
    entities: b.entities.length,
    relationships: b.relationships.length,
    assignments: b.assignments.length,
  };
}
