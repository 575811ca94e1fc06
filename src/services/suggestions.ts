import type { QueryRunner } from '../db/database.js';
import { suggestionCandidates } from '../db/repositories/suggestionRepository.js';
import { jurisdictionCandidates } from '../domain/jurisdictionNames.js';
import { buildSearchQuery } from '../domain/search.js';
import { idGuesses, nearestIds, suggestionWords } from '../domain/suggest.js';
import type { Logger } from '../logger.js';

/**
 * The ids nearest to a miss. The full-text index proposes candidates from the words typed
 * (an id's words: "program:medicare-advantage" -> medicare advantage) and the ids a bare
 * name would have ("CMS" -> org:cms); the pure rule in domain/suggest.ts keeps the close ones.
 */
export async function suggestEntityIds(
  run: QueryRunner,
  typed: string,
  kinds: string[] | null,
  logger: Pick<Logger, 'warn'>,
): Promise<string[]> {
  const query = buildSearchQuery(suggestionWords(typed));
  if (!query) return [];
  try {
    return nearestIds(typed, await suggestionCandidates(run, query, idGuesses(typed), kinds));
  } catch (error) {
    // A hint is a courtesy: when it cannot be computed the answer (null, or the error it
    // explains) goes out without it rather than failing.
    logger.warn('suggestions unavailable', { error: error instanceof Error ? error.message : String(error) });
    return [];
  }
}

export function suggestJurisdictionIds(typed: string): string[] {
  return nearestIds(typed, jurisdictionCandidates());
}
