import type { QueryRunner } from '../db/database.js';
import { listJurisdictions } from '../db/repositories/entityRepository.js';
import type { EntityRecord } from '../domain/records.js';

/** The 56 jurisdictions by code; a fixed, bounded set. */
export function jurisdictions(run: QueryRunner): Promise<EntityRecord[]> {
  return listJurisdictions(run);
}
