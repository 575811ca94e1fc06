import type { QueryRunner } from '../db/database.js';
import { assignmentsCoveringInScope, UnknownProgramError } from '../db/repositories/assignmentRepository.js';
import { markAppliesThrough } from '../domain/programScope.js';
import type { AssignmentRecord, EntityRecord } from '../domain/records.js';

export { UnknownProgramError };

export interface WhoAdministersInput {
  programId: string;
  place: { stateId: string; countyId: string | null } | null;
  function: string | null;
  asOf: string;
  limit: number;
  /** The request names the administrators and places and asks them nothing more. */
  namesOnly: boolean;
}

/**
 * Every assignment for the program, its parts or the programs it belongs to, valid at asOf,
 * whose jurisdiction covers the place: one statement expands the program both ways, seeks
 * the place's covers and reads the administrators and places named. Facts of a broader
 * program carry appliesThroughId (domain/programScope.ts). With namesOnly the administrators
 * and places come back by name only, in names.
 */
export async function whoAdministers(
  run: QueryRunner,
  input: WhoAdministersInput,
): Promise<{ facts: AssignmentRecord[]; names: EntityRecord[] }> {
  const { lists, ancestorIds, names } = await assignmentsCoveringInScope(
    run,
    [{ key: 'q', stateId: input.place?.stateId ?? null, countyId: input.place?.countyId ?? null }],
    {
      asOf: input.asOf,
      roles: null,
      programIds: null,
      programRoot: input.programId,
      function: input.function,
      limit: input.limit,
      withPlaces: true,
      namesOnly: input.namesOnly,
    },
  );
  return { facts: markAppliesThrough(lists[0] ?? [], ancestorIds), names };
}
