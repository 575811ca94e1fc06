import type { QueryRunner } from '../db/database.js';
import { assignmentsCovering } from '../db/repositories/assignmentRepository.js';
import { listJurisdictions, searchEntities } from '../db/repositories/entityRepository.js';
import { programScope } from '../db/repositories/programRepository.js';
import { upwardEdges } from '../db/repositories/graphRepository.js';
import { todayIso } from '../domain/dates.js';

/**
 * Runs the heaviest statements once so Neo4j plans and compiles them before the first
 * user asks (the coverage query takes seconds to plan cold, milliseconds after).
 * Called after the server listens, so it never delays readiness.
 */
export async function warmUp(run: QueryRunner): Promise<void> {
  const today = todayIso();
  await listJurisdictions(run);
  await programScope(run, 'program:medicare-part-a');
  await assignmentsCovering(run, [{ key: 'warm', stateId: 'state:CA', countyId: null }], { asOf: today, roles: ['AB_MAC'], programIds: null, function: null });
  await assignmentsCovering(run, [{ key: 'warm', stateId: null, countyId: null }], { asOf: today, roles: null, programIds: ['program:medicare'], function: null });
  await upwardEdges(run, 'org:cms', today);
  await searchEntities(run, 'name:(medicare^3)', null, 0, 1);
}
