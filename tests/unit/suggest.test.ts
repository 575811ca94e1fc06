import { describe, expect, it } from 'vitest';
import { jurisdictionCandidates, resolveJurisdiction } from '../../src/domain/jurisdictionNames.js';
import { editDistance, idGuesses, MIN_SIMILARITY, nearestIds, suggestionWords } from '../../src/domain/suggest.js';

const programs = [
  { id: 'program:medicare', words: ['Medicare'] },
  { id: 'program:medicare-part-c', words: ['Medicare Part C', 'Medicare Advantage', 'MA'] },
  { id: 'program:medicare-part-d', words: ['Medicare Part D', 'Medicare prescription drug benefit'] },
  { id: 'program:medicaid', words: ['Medicaid'] },
];

describe('editDistance', () => {
  it('counts insertions, deletions and substitutions', () => {
    expect(editDistance('texas', 'texas')).toBe(0);
    expect(editDistance('texsa', 'texas')).toBe(2);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('kitten', 'sitting')).toBe(3);
  });
});

describe('nearestIds', () => {
  it('finds a program by an alias spelled as an id', () => {
    expect(nearestIds('program:medicare-advantage', programs)[0]).toBe('program:medicare-part-c');
  });
  it('finds an id from its bare acronym', () => {
    expect(
      nearestIds('CMS', [
        { id: 'org:cms', words: ['Centers for Medicare & Medicaid Services', 'CMS'] },
        { id: 'org:hhs', words: ['HHS'] },
      ]),
    ).toEqual(['org:cms']);
  });
  it('keeps at most max, best first, ties by id', () => {
    const tied = [
      { id: 'b', words: ['alpha'] },
      { id: 'a', words: ['alpha'] },
      { id: 'c', words: ['alpha'] },
    ];
    expect(nearestIds('alpha', tied, 2)).toEqual(['a', 'b']);
  });
  it('suggests nothing below the threshold, something at it', () => {
    expect(nearestIds('zzzz', programs)).toEqual([]);
    // "abcd" vs "abxy": two edits over four letters = exactly the threshold.
    expect(MIN_SIMILARITY).toBe(0.5);
    expect(nearestIds('abcd', [{ id: 'x', words: ['abxy'] }])).toEqual(['x']);
    expect(nearestIds('abcd', [{ id: 'x', words: ['axyz'] }])).toEqual([]);
  });
  it('ignores the id prefix as a word', () => {
    expect(nearestIds('org:', programs)).toEqual([]);
  });
});

describe('jurisdiction names', () => {
  it('resolves codes, ids and names, any case and punctuation', () => {
    expect(resolveJurisdiction('TX')).toBe('state:TX');
    expect(resolveJurisdiction('state:tx')).toBe('state:TX');
    expect(resolveJurisdiction('Texas')).toBe('state:TX');
    expect(resolveJurisdiction('  new   york ')).toBe('state:NY');
    expect(resolveJurisdiction('Washington, D.C.')).toBe('state:DC');
    expect(resolveJurisdiction('Texsa')).toBeNull();
  });
  it('covers all 56 and suggests the nearest for a typo', () => {
    expect(jurisdictionCandidates()).toHaveLength(56);
    expect(nearestIds('Texsa', jurisdictionCandidates())[0]).toBe('state:TX');
    expect(nearestIds('Kalifornia', jurisdictionCandidates())[0]).toBe('state:CA');
  });
});

describe('enum hints', () => {
  it('adds a hint graphql-js does not give, and leaves its own hints and other messages alone', async () => {
    const { withEnumHint } = await import('../../src/graphql/errors.js');
    const values = { AdministrativeFunction: ['CLAIMS_PROCESSING', 'APPEALS', 'COUNSELING'] };
    expect(withEnumHint('Value "CLAIMS" does not exist in "AdministrativeFunction" enum.', values)).toBe(
      'Value "CLAIMS" does not exist in "AdministrativeFunction" enum. Did you mean the enum value "CLAIMS_PROCESSING"?',
    );
    const own = 'Value "APEALS" does not exist in "AdministrativeFunction" enum. Did you mean the enum value "APPEALS"?';
    expect(withEnumHint(own, values)).toBe(own);
    expect(withEnumHint('Value "XYZ" does not exist in "AdministrativeFunction" enum.', values)).toBe(
      'Value "XYZ" does not exist in "AdministrativeFunction" enum.',
    );
  });
});

describe('idGuesses', () => {
  it('puts a bare name under every kind prefix, and leaves a prefixed id as typed', () => {
    expect(idGuesses('CMS')).toContain('org:cms');
    expect(idGuesses('Medicare Part A')).toContain('program:medicare-part-a');
    expect(idGuesses('CMS')).toHaveLength(9);
    expect(idGuesses('org:CMS')).toEqual(['org:cms']);
    expect(idGuesses('  ')).toEqual([]);
  });
});

describe('suggestionWords', () => {
  it('takes an id’s words without its kind prefix', () => {
    expect(suggestionWords('program:medicare-advantage')).toBe('medicare advantage');
    expect(suggestionWords('CMS')).toBe('CMS');
  });

  it('leaves out one-letter words and keeps at most six, so a pasted statement stays a small query', () => {
    expect(suggestionWords("LOAD CSV FROM 'file:///etc/passwd' AS l RETURN l")).toBe('LOAD CSV FROM file etc passwd');
    expect(suggestionWords('a b c')).toBe('');
  });
});
