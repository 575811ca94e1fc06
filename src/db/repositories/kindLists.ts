import { JURISDICTION_KINDS, PLACE_KINDS } from '../../domain/vocabulary.js';

/**
 * The vocabulary's kind lists as Cypher list literals, so queries filter by the same lists the
 * seed validates against. Constant text spliced at module load, never user input.
 */
export const cypherList = (values: readonly string[]): string => `[${values.map((v) => `'${v}'`).join(', ')}]`;

export const PLACE_KIND_LIST = cypherList(PLACE_KINDS);
export const JURISDICTION_KIND_LIST = cypherList(JURISDICTION_KINDS);
