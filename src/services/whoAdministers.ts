import type { QueryRunner } from '../db/database.js';
import { assignmentsCovering } from '../db/repositories/assignmentRepository.js';
import { programWithParts } from '../db/repositories/entityRepository.js';
import type { AssignmentRecord } from '../domain/records.js';

export interface WhoAdministersInput {
  programId: string;
  place: { stateId: string; countyId: string | null } | null;
  function: string | null;
  asOf: string;
  limit: number;
}

export class UnknownProgramError extends Error {}

/** Every assignment for the program or its parts, valid at asOf, whose jurisdiction covers the place. */
export async function whoAdministers(run: QueryRunner, input: WhoAdministersInput): Promise<AssignmentRecord[]> {
  const programIds = await programWithParts(run, input.programId);
  if (programIds.length === 0) throw new UnknownProgramError(input.programId);
  const [rows] = await assignmentsCovering(
    run,
    [{ key: 'q', stateId: input.place?.stateId ?? null, countyId: input.place?.countyId ?? null }],
    { asOf: input.asOf, roles: null, programIds, function: input.function, limit: input.limit },
  );
  return rows ?? [];
}
