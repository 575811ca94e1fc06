import type { QueryRunner } from '../db/database.js';
import { administeredBy, assignmentsCovering } from '../db/repositories/assignmentRepository.js';
import { listJurisdictions, programWithParts, searchEntities } from '../db/repositories/entityRepository.js';
import { readOversightChain, readStoredChain } from '../db/repositories/graphRepository.js';
import { stateFacts } from '../db/repositories/stateRepository.js';
import { statePages } from './statePages.js';
import { suggestionCandidates } from '../db/repositories/suggestionRepository.js';
import { todayIso } from '../domain/dates.js';

/**
 * Runs the heaviest statements once so Neo4j plans and compiles them before the first
 * user asks. Called after the server listens, so it never delays readiness.
 */
export async function warmUp(run: QueryRunner): Promise<void> {
  const today = todayIso();
  await listJurisdictions(run);
  await programWithParts(run, 'program:medicare');
  await stateFacts(run, ['state:CA'], today);
  await assignmentsCovering(run, [{ key: 'warm', stateId: 'state:CA', countyId: null }], {
    asOf: today,
    roles: ['AB_MAC'],
    programIds: null,
    function: null,
    limit: 1,
  });
  await assignmentsCovering(run, [{ key: 'warm', stateId: null, countyId: null }], {
    asOf: today,
    roles: null,
    programIds: ['program:medicare'],
    function: null,
    limit: 1,
  });
  await administeredBy(run, 'org:cms', today, null, 1);
  await readOversightChain(run, 'org:cms', today);
  await readStoredChain(run, 'org:cms', today, true);
  // A state's page as a dashboard asks for it: the statement every dashboard request sends.
  const page = { agency: true, expansion: true, fmap: true, absence: false, contractors: true, adminNames: true, slimFacts: true };
  await statePages(run, { stateIds: ['state:CA'] }, today, page);
  await searchEntities(run, 'name:(medicare^3)', null, null, 1);
  // An unknown id is answered with the nearest ones: a miss should not be the request that plans this.
  await suggestionCandidates(run, 'name:(medicare^3)', ['org:cms'], null);
}
