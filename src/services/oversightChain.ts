import type { QueryRunner } from '../db/database.js';
import { readOversightChain, readStoredChain } from '../db/repositories/graphRepository.js';
import { walkChain } from '../domain/oversight.js';
import type { EntityRecord, OversightStepRecord } from '../domain/records.js';

export interface OversightChain {
  steps: OversightStepRecord[];
  /** The entities read with the chain (by name only with namesOnly), for the loaders. */
  entities: EntityRecord[];
}

/**
 * Walks up from an entity one link at a time (the rule for choosing a link, which depends
 * on the kind climbed from, is in domain/oversight.ts). The chain stored at the last write
 * answers when it still holds on asOf; otherwise the chain is walked over the upward links of
 * its closure, read in the same round trip. Null when the entity is unknown.
 */
export async function oversightChain(
  run: QueryRunner,
  id: string,
  asOf: string,
  namesOnly = false,
  chainsStoredOn: (day: string) => boolean = () => false,
): Promise<OversightChain | null> {
  // On a day the stored chains are known to cover, the short statement: one round trip but
  // right after a write, when it finds nothing stored and the walk follows.
  const stored = chainsStoredOn(asOf) ? await readStoredChain(run, id, asOf, namesOnly) : 'walk';
  if (stored !== 'walk') return stored && { steps: stored.steps, entities: stored.entities };
  const read = await readOversightChain(run, id, asOf, namesOnly);
  if (!read) return null;
  if (read.stored) return { steps: read.steps, entities: read.entities };
  const { entities, links } = read.closure;
  return { steps: walkChain(id, entities.get(id)!.kind, links), entities: [...entities.values()] };
}
