import { cypher, type QueryRunner } from '../database.js';
import { JURISDICTION_KIND_LIST } from './kindLists.js';
import { validAt } from './validity.js';

/**
 * Aggregates over the assignments valid at a date, for charts. Every part is a CALL
 * subquery of one statement, so stats(asOf) costs one round trip. Counting has to visit
 * each valid assignment once per part; each part returns a bounded list.
 */
export const STATS = cypher(
  'stats.aggregates',
  `WITH date($asOf) AS asOf
   CALL (asOf) {
     MATCH (a:Assignment)
     WHERE ${validAt('a', 'asOf')}
     WITH a.function AS function, a.role AS role, a.programId AS programId, a.jurisdictionId AS jurisdictionId, count(*) AS n
     RETURN collect({function: function, role: role, programId: programId, jurisdictionId: jurisdictionId, count: n}) AS groups
   }
   CALL (groups) {
     UNWIND groups AS g
     WITH DISTINCT g.programId AS id WHERE id IS NOT NULL
     MATCH (e:Entity {id: id})
     RETURN collect({id: id, name: e.name}) AS programNames
   }
   CALL (groups) {
     UNWIND groups AS g
     WITH DISTINCT g.jurisdictionId AS id WHERE id IS NOT NULL
     MATCH (e:Entity {id: id})
     RETURN collect({id: id, name: e.name}) AS jurisdictionNames
   }
   CALL () {
     MATCH (s:Entity) WHERE s.kind IN ${JURISDICTION_KIND_LIST}
     RETURN count(s) AS allJurisdictions
   }
   CALL (asOf, allJurisdictions) {
     MATCH (a:Assignment)-[:IN]->(j:Entity)
     WHERE ${validAt('a', 'asOf')}
     WITH j, a.administratorId AS adm, count(a) AS n
     WITH j, collect({adm: adm, n: n}) AS perAdministrator
     // Each jurisdiction is expanded to the states it reaches once, not once per administrator.
     CALL (j, asOf) {
       OPTIONAL MATCH (m:Entity)-[p:PART_OF]->(j)
       WHERE j.kind = 'REGION'
         AND ${validAt('p', 'asOf')}
       WITH j, collect(DISTINCT CASE WHEN m.kind = 'COUNTY' THEN m.stateId ELSE m.id END) AS members
       RETURN CASE j.kind WHEN 'REGION' THEN members WHEN 'COUNTY' THEN [j.stateId] WHEN 'NATION' THEN ['*'] ELSE [j.id] END AS reached
     }
     UNWIND perAdministrator AS pa
     WITH pa.adm AS adm, pa.n AS n, reached
     WITH adm, sum(n) AS assignments, collect(reached) AS lists
     WITH adm, assignments, reduce(acc = [], l IN lists | acc + l) AS reachedIds
     CALL (reachedIds) {
       UNWIND reachedIds AS sid
       RETURN count(DISTINCT sid) AS distinctReached
     }
     WITH adm, assignments, CASE WHEN '*' IN reachedIds THEN allJurisdictions ELSE distinctReached END AS reach
     ORDER BY reach DESC, assignments DESC, adm
     LIMIT 10
     MATCH (e:Entity {id: adm})
     RETURN collect({id: adm, name: e.name, jurisdictions: reach, assignments: assignments}) AS topAdministrators
   }
   CALL (asOf) {
     MATCH (a:Assignment)
     WHERE a.role IN ['MEDICAID_MCO', 'MA_ORGANIZATION', 'PART_D_SPONSOR']
       AND ${validAt('a', 'asOf')}
     MATCH (a)-[:BY]->(org:Entity)
     OPTIONAL MATCH (org)-[s:SUBSIDIARY_OF]->(parent:Entity)
     WHERE ${validAt('s', 'asOf')}
     WITH coalesce(parent, org) AS p, count(a) AS plans, sum(a.enrollment) AS enrollment, count(a.enrollment) AS reported
     ORDER BY plans DESC, p.id
     LIMIT 20
     RETURN collect({id: p.id, name: p.name, plans: plans, enrollment: CASE WHEN reported = 0 THEN null ELSE enrollment END}) AS plansByParent
   }
   RETURN groups, programNames, jurisdictionNames, topAdministrators, plansByParent`,
);

export interface StatsGroup {
  function: string;
  role: string;
  programId: string | null;
  jurisdictionId: string | null;
  count: number;
}

export interface StatsRows {
  groups: StatsGroup[];
  programNames: { id: string; name: string }[];
  jurisdictionNames: { id: string; name: string }[];
  topAdministrators: { id: string; name: string; jurisdictions: number; assignments: number }[];
  plansByParent: { id: string; name: string; plans: number; enrollment: number | null }[];
}

export async function readStats(run: QueryRunner, asOf: string): Promise<StatsRows> {
  const [row] = await run.read<StatsRows>(STATS, { asOf });
  return row ?? { groups: [], programNames: [], jurisdictionNames: [], topAdministrators: [], plansByParent: [] };
}
