import { describe, expect, it } from 'vitest';
import { chooseUpward, type UpwardEdge } from '../../src/domain/oversight.js';

const edge = (type: string, direction: 'INCOMING' | 'OUTGOING', targetId: string, targetKind: string): UpwardEdge => ({
  type,
  direction,
  targetId,
  targetKind,
});

describe('oversight ranking for programs', () => {
  const txMedicaid = [
    edge('LEGISLATES_FOR', 'INCOMING', 'org:tx-legislature', 'LEGISLATURE'),
    edge('PART_OF', 'OUTGOING', 'program:medicaid', 'PROGRAM'),
    edge('ADMINISTERS', 'INCOMING', 'org:tx-medicaid-agency', 'STATE_AGENCY'),
    edge('ADMINISTERS', 'INCOMING', 'org:cms', 'FEDERAL_AGENCY'),
    edge('OVERSEES', 'INCOMING', 'org:house-energy-and-commerce', 'COMMITTEE'),
  ];

  it('climbs from a program to its administrator first, the narrowest one (the state agency before CMS)', () => {
    expect(chooseUpward(txMedicaid, new Set(), 'PROGRAM')?.targetId).toBe('org:tx-medicaid-agency');
    expect(chooseUpward(txMedicaid, new Set(['org:tx-medicaid-agency']), 'PROGRAM')?.targetId).toBe('org:cms');
  });

  it('then overseers, then the program it is part of, and legislators last', () => {
    const noAdmin = txMedicaid.filter((e) => e.type !== 'ADMINISTERS');
    expect(chooseUpward(noAdmin, new Set(), 'PROGRAM')?.targetId).toBe('org:house-energy-and-commerce');
    expect(
      chooseUpward(
        noAdmin.filter((e) => e.type !== 'OVERSEES'),
        new Set(),
        'PROGRAM',
      )?.targetId,
    ).toBe('program:medicaid');
    expect(chooseUpward([txMedicaid[0]!], new Set(), 'PROGRAM')?.targetId).toBe('org:tx-legislature');
  });

  it('keeps the general ranking for anything that is not a program', () => {
    // The same links seen from a body: being overseen (rank 1) beats part-of (5), and the broader authority wins ties.
    const body = [
      edge('PART_OF', 'OUTGOING', 'org:cms', 'FEDERAL_AGENCY'),
      edge('OVERSEES', 'INCOMING', 'org:cms-cmcs', 'AGENCY_COMPONENT'),
      edge('OVERSEES', 'INCOMING', 'org:hhs', 'FEDERAL_AGENCY'),
    ];
    expect(chooseUpward(body, new Set(), 'STATE_AGENCY')?.targetId).toBe('org:hhs');
    expect(chooseUpward(body, new Set())?.targetId).toBe('org:hhs');
  });

  it('breaks a tie between administrators of the same kind by the smaller id, and stops when all are visited', () => {
    const two = [edge('ADMINISTERS', 'INCOMING', 'org:b', 'STATE_AGENCY'), edge('ADMINISTERS', 'INCOMING', 'org:a', 'STATE_AGENCY')];
    expect(chooseUpward(two, new Set(), 'PROGRAM')?.targetId).toBe('org:a');
    expect(chooseUpward(two, new Set(['org:a', 'org:b']), 'PROGRAM')).toBeNull();
  });
});
