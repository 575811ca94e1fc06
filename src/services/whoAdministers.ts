import type { QueryRunner } from '../db/database.js';
import { assignmentsCovering, UnknownProgramError } from '../db/repositories/assignmentRepository.js';
import type { AssignmentRecord } from '../domain/records.js';

export { UnknownProgramError };

export interface WhoAdministersInput {
  programId: string;
  place: { stateId: string; countyId: string | null } | null;
  function: string | null;
  asOf: string;
  limit: number;
}

/**
 * Every assignment for the program or its parts, valid at asOf, whose jurisdiction covers
 * the place: one statement expands the program, seeks the place's covers and reads the
 * administrators and places named.
 */
export async function whoAdministers(run: QueryRunner, input: WhoAdministersInput): Promise<AssignmentRecord[]> {
  const [rows] = await assignmentsCovering(
    run,
    [{ key: 'q', stateId: input.place?.stateId ?? null, countyId: input.place?.countyId ?? null }],
    { asOf: input.asOf, roles: null, programIds: null, programRoot: input.programId, function: input.function, limit: input.limit, withPlaces: true },
  );
  return rows ?? [];
}
