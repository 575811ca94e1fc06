import type { AssignmentRecord } from './records.js';

/**
 * A fact about a program applies to each of its parts: the BFCC-QIO that serves all of
 * Medicare handles Part A appeals too. So a question about a program covers the program,
 * its parts (narrower facts) and its ancestors (broader facts); the broader ones are marked
 * with the ancestor they apply through, so a reader can tell them from the program's own.
 */
export function programIdsInScope(scope: { id: string; ancestorIds: string[]; partIds: string[] }): string[] {
  return [...new Set([scope.id, ...scope.partIds, ...scope.ancestorIds])];
}

export function markAppliesThrough(assignments: AssignmentRecord[], ancestorIds: readonly string[]): AssignmentRecord[] {
  const ancestors = new Set(ancestorIds);
  return assignments.map((a) => ({ ...a, appliesThroughId: ancestors.has(a.programId) ? a.programId : null }));
}
