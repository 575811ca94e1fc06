/**
 * The nearest known ids to something a person typed: "CMS" -> org:cms,
 * "program:medicare-advantage" -> program:medicare-part-c (whose alias is "Medicare Advantage"),
 * "Texsa" -> state:TX. Each candidate is compared by its id and its words (name, aliases); the
 * score is the best of token overlap (shared words over the words typed) and edit similarity of
 * the whole text, so both a reordered name and a typo count.
 */
export interface Candidate {
  id: string;
  words: string[];
}

const tokens = (s: string) =>
  s
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length > 0);
/** Words that say what kind of id it is, not which one. */
const PREFIXES = new Set(['org', 'program', 'state', 'county', 'region', 'nation', 'pop', 'fund', 'type']);

export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[b.length]!;
}

function similarity(typed: string, known: string): number {
  const t = tokens(typed).filter((w) => !PREFIXES.has(w));
  const k = new Set(tokens(known).filter((w) => !PREFIXES.has(w)));
  if (t.length === 0 || k.size === 0) return 0;
  const overlap = t.filter((w) => k.has(w)).length / Math.max(t.length, k.size);
  const a = t.join(' ');
  const b = [...k].join(' ');
  const edit = 1 - editDistance(a, b) / Math.max(a.length, b.length);
  return Math.max(overlap, edit);
}

export const MIN_SIMILARITY = 0.5;

/** An id's words are few: more than this many are not an id mistyped. */
export const MAX_SUGGESTION_WORDS = 6;

/**
 * The words of a miss to look up in the full-text index: an id's words without its kind
 * prefix ("program:medicare-advantage" -> "medicare advantage"). One-letter words are left
 * out: each became a prefix query matching every indexed word with that letter, which
 * doubled the cost of a hint for ids that are not ids at all.
 */
export function suggestionWords(typed: string): string {
  return typed
    .replace(/^[a-z]+:/i, ' ')
    .split(/[^A-Za-z0-9]+/)
    .filter((w) => w.length >= 2)
    .slice(0, MAX_SUGGESTION_WORDS)
    .join(' ');
}

/**
 * The ids a bare name would have under each kind's prefix ("CMS" -> org:cms, state:cms, ...):
 * looked up directly, so an exact short name is a candidate however many entities mention it.
 */
export function idGuesses(typed: string): string[] {
  if (/^[a-z]+:/i.test(typed)) return [typed.toLowerCase()];
  const slug = typed
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug ? [...PREFIXES].map((p) => `${p}:${slug}`) : [];
}

/** Up to `max` candidate ids scoring at least MIN_SIMILARITY, best first, ties by id. */
export function nearestIds(typed: string, candidates: readonly Candidate[], max = 3): string[] {
  return candidates
    .map((c) => ({ id: c.id, score: Math.max(similarity(typed, c.id), ...c.words.map((w) => similarity(typed, w))) }))
    .filter((c) => c.score >= MIN_SIMILARITY)
    .sort((x, y) => y.score - x.score || x.id.localeCompare(y.id))
    .slice(0, max)
    .map((c) => c.id);
}
