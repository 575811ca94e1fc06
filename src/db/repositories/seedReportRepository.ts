import { cypher, type QueryRunner } from '../database.js';

/** What `npm run seed -- --report` prints: counts by kind and relationship type, and how much of it has a source. */

export const REPORT_ENTITY_KINDS = cypher(
  'seed.reportEntityKinds',
  `MATCH (e:Entity) RETURN e.kind AS key, count(*) AS count ORDER BY key`,
);

export const REPORT_RELATIONSHIP_TYPES = cypher(
  'seed.reportRelationshipTypes',
  `MATCH (:Entity)-[r]->(:Entity)
   RETURN type(r) AS key, count(*) AS count, count(CASE WHEN size(coalesce(r.sources, [])) > 0 THEN 1 END) AS sourced
   ORDER BY key`,
);

export const REPORT_FACT_SOURCING = cypher(
  'seed.reportFactSourcing',
  `MATCH (e:Entity) RETURN 'entities' AS key, count(*) AS count, count(CASE WHEN size(coalesce(e.sources, [])) > 0 THEN 1 END) AS sourced
   UNION ALL
   MATCH (a:Assignment) RETURN 'assignments' AS key, count(*) AS count, count(CASE WHEN size(coalesce(a.sources, [])) > 0 THEN 1 END) AS sourced
   UNION ALL
   MATCH (:Entity)-[r]->(:Entity) RETURN 'relationships' AS key, count(*) AS count, count(CASE WHEN size(coalesce(r.sources, [])) > 0 THEN 1 END) AS sourced
   UNION ALL
   MATCH (x) WHERE x:MedicaidExpansion OR x:FmapRate OR x:ManagedCareAbsence
   RETURN 'medicaid facts' AS key, count(*) AS count, count(CASE WHEN size(coalesce(x.sources, [])) > 0 THEN 1 END) AS sourced
   UNION ALL
   MATCH (a:Assignment) RETURN 'unverified assignments' AS key, count(CASE WHEN a.confidence = 'unverified' THEN 1 END) AS count, 0 AS sourced`,
);

export interface ReportRow {
  key: string;
  count: number;
  sourced: number;
}

export function entityKindCounts(run: QueryRunner): Promise<{ key: string; count: number }[]> {
  return run.read<{ key: string; count: number }>(REPORT_ENTITY_KINDS);
}

export function relationshipTypeCounts(run: QueryRunner): Promise<ReportRow[]> {
  return run.read<ReportRow>(REPORT_RELATIONSHIP_TYPES);
}

export function factSourcing(run: QueryRunner): Promise<ReportRow[]> {
  return run.read<ReportRow>(REPORT_FACT_SOURCING);
}
