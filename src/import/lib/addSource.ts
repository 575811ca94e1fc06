/**
 * A Cypher SET item that adds the imported file's source ($sourceId) to a node's `sources`
 * once: a rerun or a resumed batch leaves the list as it was. Constant text, spliced into
 * the importers' named queries at module load.
 */
export const addSource = (v: string): string =>
  `${v}.sources = CASE WHEN $sourceId IN coalesce(${v}.sources, []) THEN ${v}.sources ELSE coalesce(${v}.sources, []) + $sourceId END`;
