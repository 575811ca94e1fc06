import { describe, expect, it } from 'vitest';
import { markAppliesThrough, programIdsInScope } from '../../src/domain/programScope.js';
import { assignmentRecord } from '../helpers/assignmentRecord.js';

const fact = (id: string, programId: string) => assignmentRecord({ id, programId, role: 'OTHER', function: 'APPEALS' });

describe('program scope', () => {
  it('covers the program, its parts and its ancestors, each once', () => {
    expect(programIdsInScope({ id: 'program:medicare-part-a', ancestorIds: ['program:medicare'], partIds: [] })).toEqual([
      'program:medicare-part-a',
      'program:medicare',
    ]);
    expect(programIdsInScope({ id: 'p', ancestorIds: ['a', 'b'], partIds: ['c', 'a'] })).toEqual(['p', 'c', 'a', 'b']);
  });

  it('marks only the facts of an ancestor with the ancestor they apply through', () => {
    const marked = markAppliesThrough(
      [fact('1', 'program:medicare'), fact('2', 'program:medicare-part-a'), fact('3', 'program:medicare-part-a-sub')],
      ['program:medicare'],
    );
    expect(marked.map((a) => a.appliesThroughId)).toEqual(['program:medicare', null, null]);
  });

  it('marks nothing for a program without ancestors', () => {
    expect(markAppliesThrough([fact('1', 'program:medicare')], []).map((a) => a.appliesThroughId)).toEqual([null]);
  });
});
