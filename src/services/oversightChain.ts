import type { QueryRunner } from '../db/database.js';
import { upwardEdges } from '../db/repositories/graphRepository.js';
import { chooseUpward, MAX_CHAIN_LENGTH, relationName } from '../domain/oversight.js';
import type { OversightStepRecord } from '../domain/records.js';

/** Walks up from an entity one link at a time (the rule for choosing a link is in domain/oversight.ts). */
export async function oversightChain(run: QueryRunner, id: string, kind: string, asOf: string): Promise<OversightStepRecord[]> {
  const steps: OversightStepRecord[] = [{ entityId: id, relation: 'SELF' }];
  const visited = new Set([id]);
  let current = id;
  let currentKind = kind;
  while (steps.length < MAX_CHAIN_LENGTH) {
    const next = chooseUpward(await upwardEdges(run, current, asOf), visited, currentKind);
    if (!next) break;
    steps.push({ entityId: next.targetId, relation: relationName(next.type, next.direction) });
    visited.add(next.targetId);
    current = next.targetId;
    currentKind = next.targetKind;
  }
  return steps;
}
