import type { QueryRunner } from '../db/database.js';
import { upwardClosure } from '../db/repositories/graphRepository.js';
import { chooseUpward, MAX_CHAIN_LENGTH, relationName } from '../domain/oversight.js';
import type { EntityRecord, OversightStepRecord } from '../domain/records.js';

export interface OversightChain {
  steps: OversightStepRecord[];
  /** Every entity the chain could pass through, read in the same round trip (by name only with namesOnly). */
  entities: EntityRecord[];
}

/**
 * Walks up from an entity one link at a time (the rule for choosing a link, which depends
 * on the kind climbed from, is in domain/oversight.ts), over the upward links read in one round trip; null when the
 * entity is unknown.
 */
export async function oversightChain(run: QueryRunner, id: string, asOf: string, namesOnly = false): Promise<OversightChain | null> {
  const closure = await upwardClosure(run, id, asOf, namesOnly);
  if (!closure.entities.has(id)) return null;
  const steps: OversightStepRecord[] = [{ entityId: id, relation: 'SELF' }];
  const visited = new Set([id]);
  let current = id;
  let currentKind = closure.entities.get(id)!.kind;
  while (steps.length < MAX_CHAIN_LENGTH) {
    const next = chooseUpward(closure.links.get(current) ?? [], visited, currentKind);
    if (!next) break;
    steps.push({ entityId: next.targetId, relation: relationName(next.type, next.direction) });
    visited.add(next.targetId);
    current = next.targetId;
    currentKind = next.targetKind;
  }
  return { steps, entities: [...closure.entities.values()] };
}
