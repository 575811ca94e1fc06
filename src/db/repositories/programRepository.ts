import { cypher, type QueryRunner } from '../database.js';

/** A program with the programs it belongs to (nearest first) and the programs that belong to it. */
export interface ProgramScope {
  id: string;
  ancestorIds: string[];
  partIds: string[];
}

/**
 * Both directions along PART_OF between programs, bounded at four levels (the deepest tree,
 * Medicaid > a state's program > its parts, is three). Ancestors come nearest first.
 */
export const PROGRAM_SCOPE = cypher(
  'program.scope',
  `MATCH (root:Entity {id: $id}) WHERE root.kind = 'PROGRAM'
   CALL (root) {
     OPTIONAL MATCH path = (root)-[:PART_OF*1..4]->(up:Entity) WHERE up.kind = 'PROGRAM'
     WITH up, min(length(path)) AS depth ORDER BY depth
     RETURN [x IN collect(up.id) WHERE x IS NOT NULL] AS ancestorIds
   }
   CALL (root) {
     OPTIONAL MATCH (part:Entity)-[:PART_OF*1..4]->(root) WHERE part.kind = 'PROGRAM'
     RETURN collect(DISTINCT part.id) AS partIds
   }
   RETURN root.id AS id, ancestorIds, partIds`,
);

export async function programScope(run: QueryRunner, id: string): Promise<ProgramScope | null> {
  const [row] = await run.read<ProgramScope>(PROGRAM_SCOPE, { id });
  return row ?? null;
}
