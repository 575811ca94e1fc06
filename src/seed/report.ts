import type { QueryRunner } from '../db/database.js';
import { entityKindCounts, factSourcing, relationshipTypeCounts } from '../db/repositories/seedReportRepository.js';

/** Counts by kind and relationship type, and the share of facts with a source, as printable lines. */
export async function coverageReport(run: QueryRunner): Promise<string[]> {
  const kinds = await entityKindCounts(run);
  const rels = await relationshipTypeCounts(run);
  const facts = await factSourcing(run);
  const pct = (a: number, b: number) => (b === 0 ? '-' : `${((100 * a) / b).toFixed(1)}%`);
  const lines = ['Entities by kind:'];
  for (const k of kinds) lines.push(`  ${k.key.padEnd(28)} ${String(k.count).padStart(6)}`);
  lines.push('Relationships by type (sourced share):');
  for (const r of rels) lines.push(`  ${r.key.padEnd(28)} ${String(r.count).padStart(6)}  ${pct(r.sourced, r.count)}`);
  lines.push('Facts with a source:');
  for (const f of facts) {
    lines.push(
      f.key === 'unverified assignments'
        ? `  ${f.key.padEnd(28)} ${String(f.count).padStart(6)}`
        : `  ${f.key.padEnd(28)} ${String(f.count).padStart(6)}  ${pct(f.sourced, f.count)}`,
    );
  }
  return lines;
}
