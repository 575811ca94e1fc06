/**
 * Builds the Lucene query for the entity full-text index from free text. Only letters and
 * digits survive, so nothing a user types can change the query's structure. Each word
 * matches exactly (best), as a prefix, or within one edit (typo-tolerant, for words of
 * four letters or more); names count more than aliases, aliases more than the words for the
 * entity's kind and roles ("MAC", "advocacy group"), those more than descriptions.
 */
export function buildSearchQuery(text: string): string | null {
  const words = (
    text
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .match(/[a-z0-9]+/g) ?? []
  ).slice(0, 12);
  if (words.length === 0) return null;
  const clause = words.map((w) => (w.length >= 4 ? `(${w}^3 OR ${w}*^2 OR ${w}~1)` : `(${w}^3 OR ${w}*)`)).join(' AND ');
  return `name:(${clause})^4 OR aliasText:(${clause})^3 OR kindText:(${clause})^2 OR description:(${clause})`;
}
