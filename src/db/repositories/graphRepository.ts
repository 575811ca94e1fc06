import type { UpwardEdge } from '../../domain/oversight.js';
import { cypher, type QueryRunner } from '../database.js';

/**
 * Links that can lead up a chain of authority from an entity, valid at asOf. Places do
 * not climb through PART_OF (a state is not under its MAC region), and a program climbs
 * through ADMINISTERS only from its federal or state administrator, not a contractor.
 */
export const UPWARD_EDGES = cypher(
  'graph.upwardEdges',
  `MATCH (e:Entity {id: $id})
   CALL (e) {
     MATCH (e)<-[r:OVERSEES|CONTRACTS_WITH|DELEGATES_TO]-(up:Entity)
     RETURN r, 'INCOMING' AS direction, up
     UNION ALL
     MATCH (e)-[r:ACTS_UNDER|REPORTS_TO|SUBSIDIARY_OF]->(up:Entity)
     RETURN r, 'OUTGOING' AS direction, up
     UNION ALL
     MATCH (e)-[r:PART_OF]->(up:Entity)
     WHERE NOT e.kind IN ['NATION', 'STATE', 'DISTRICT', 'TERRITORY', 'COUNTY', 'REGION']
     RETURN r, 'OUTGOING' AS direction, up
     UNION ALL
     MATCH (e)<-[r:ADMINISTERS|LEGISLATES_FOR]-(up:Entity)
     WHERE e.kind = 'PROGRAM' AND (type(r) = 'LEGISLATES_FOR' OR r.role IN ['FEDERAL_ADMINISTRATOR', 'MEDICAID_AGENCY'])
     RETURN r, 'INCOMING' AS direction, up
   }
   WITH r, direction, up
   WHERE (r.validFrom IS NULL OR r.validFrom <= date($asOf)) AND (r.validTo IS NULL OR r.validTo >= date($asOf))
   RETURN DISTINCT type(r) AS type, direction, up.id AS targetId, up.kind AS targetKind`,
);

export async function upwardEdges(run: QueryRunner, id: string, asOf: string): Promise<UpwardEdge[]> {
  return run.read<UpwardEdge>(UPWARD_EDGES, { id, asOf });
}
