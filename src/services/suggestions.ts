import type { QueryRunner } from '../db/database.js';
import { suggestionCandidates } from '../db/repositories/suggestionRepository.js';
import { jurisdictionCandidates } from '../domain/jurisdictionNames.js';
import { buildSearchQuery } from '../domain/search.js';
import { nearestIds } from '../domain/suggest.js';

/**
 * The ids nearest to a miss. The full-text index proposes candidates from the words typed
 * (an id's words: "program:medicare-advantage" -> medicare advantage), the pure rule in
 * domain/suggest.ts keeps the close ones.
 */
export async function suggestEntityIds(run: QueryRunner, typed: string, kinds: string[] | null = null): Promise<string[]> {
  const words = typed.replace(/^[a-z]+:/i, ' ').replace(/[^A-Za-z0-9]+/g, ' ');
  const query = buildSearchQuery(words);
  if (!query) return [];
  return nearestIds(typed, await suggestionCandidates(run, query, kinds));
}

export function suggestJurisdictionIds(typed: string): string[] {
  return nearestIds(typed, jurisdictionCandidates());
}
