import type { Candidate } from '../../domain/suggest.js';
import { cypher, type QueryRunner } from '../database.js';

/**
 * At most 20 entities the full-text index finds for the words of a miss, plus any entity whose
 * id is one of $ids (a handful of unique-index seeks), with the words to compare against.
 */
export const SUGGESTION_CANDIDATES = cypher(
  'entity.suggestionCandidates',
  `CALL () {
     CALL db.index.fulltext.queryNodes('entity_text', $query) YIELD node, score
     WHERE $kinds IS NULL OR node.kind IN $kinds
     WITH node ORDER BY score DESC, node.id LIMIT 20
     RETURN node
     UNION
     UNWIND $ids AS id
     MATCH (node:Entity {id: id}) WHERE $kinds IS NULL OR node.kind IN $kinds
     RETURN node
   }
   RETURN node.id AS id, [node.name] + coalesce(node.aliases, []) AS words`,
);

export async function suggestionCandidates(run: QueryRunner, query: string, ids: string[], kinds: string[] | null): Promise<Candidate[]> {
  return run.read<Candidate>(SUGGESTION_CANDIDATES, { query, ids, kinds });
}
