import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { NamedQuery } from '../../src/db/database.js';
import { useTestServer } from '../helpers/testServer.js';

const t = useTestServer();

const ROOT = path.resolve(import.meta.dirname, '../..');
/** Where statements live: the repositories and the importers. */
const STATEMENT_DIRS = ['src/db/repositories', 'src/import/kinds', 'src/import/plans'];

async function everyStatement(): Promise<NamedQuery[]> {
  const found: NamedQuery[] = [];
  for (const dir of STATEMENT_DIRS) {
    for (const file of readdirSync(path.join(ROOT, dir)).filter((f) => f.endsWith('.ts'))) {
      const module = (await import(path.join(ROOT, dir, file))) as Record<string, unknown>;
      for (const value of Object.values(module)) {
        if (value && typeof value === 'object' && typeof (value as NamedQuery).cypher === 'string') found.push(value as NamedQuery);
      }
    }
  }
  return found;
}

describe('the names statements use', () => {
  it('are all known to Neo4j after the migrations, so no run of a statement carries a warning about one', async () => {
    const statements = await everyStatement();
    expect(statements.length).toBeGreaterThan(80);
    const unknown: string[] = [];
    for (const q of statements) {
      const { summary } = await t.driver.executeQuery(`EXPLAIN ${q.cypher}`, {});
      for (const status of summary.gqlStatusObjects) {
        // 01N50, 01N51, 01N52: a label, relationship type or property key the database does not know.
        if (['01N50', '01N51', '01N52'].includes(status.gqlStatus)) unknown.push(`${q.name}: ${status.statusDescription}`);
      }
    }
    expect(unknown).toEqual([]);
  });
});
