import type { QueryRunner } from '../db/database.js';
import { assignmentsCovering } from '../db/repositories/assignmentRepository.js';
import { programScope } from '../db/repositories/programRepository.js';
import { markAppliesThrough, programIdsInScope } from '../domain/programScope.js';
import type { AssignmentRecord } from '../domain/records.js';

export interface WhoAdministersInput {
  programId: string;
  place: { stateId: string; countyId: string | null } | null;
  function: string | null;
  asOf: string;
}

export class UnknownProgramError extends Error {}

/**
 * Every assignment for the program, its parts or the programs it belongs to, valid at asOf,
 * whose jurisdiction covers the place; facts of a broader program carry appliesThroughId.
 */
export async function whoAdministers(run: QueryRunner, input: WhoAdministersInput): Promise<AssignmentRecord[]> {
  const scope = await programScope(run, input.programId);
  if (!scope) throw new UnknownProgramError(input.programId);
  const programIds = programIdsInScope(scope);
  const [rows] = await assignmentsCovering(
    run,
    [{ key: 'q', stateId: input.place?.stateId ?? null, countyId: input.place?.countyId ?? null }],
    { asOf: input.asOf, roles: null, programIds, function: input.function },
  );
  return markAppliesThrough(rows ?? [], scope.ancestorIds);
}
