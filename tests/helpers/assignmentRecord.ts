import type { AssignmentRecord } from '../../src/domain/records.js';

/** An assignment record for tests that build one by hand: empty where not given. */
export function assignmentRecord(
  fields: Pick<AssignmentRecord, 'id' | 'programId' | 'role' | 'function'> & Partial<AssignmentRecord>,
): AssignmentRecord {
  return {
    administratorId: 'org:x',
    jurisdictionId: null,
    principalId: null,
    populationIds: [],
    excludeIds: [],
    validFrom: null,
    validTo: null,
    awarded: null,
    confidence: 'VERIFIED',
    note: null,
    sources: [],
    ...fields,
  };
}
