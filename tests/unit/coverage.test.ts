import { describe, expect, it } from 'vitest';
import { buildPlaceIndex, coversOf, overlap, type Membership, type PlaceInfo } from '../../src/domain/coverage.js';

const places: PlaceInfo[] = [
  { id: 'nation:us', kind: 'NATION', stateId: null },
  { id: 'state:VA', kind: 'STATE', stateId: null },
  { id: 'state:MD', kind: 'STATE', stateId: null },
  { id: 'state:DC', kind: 'DISTRICT', stateId: null },
  { id: 'county:51013', kind: 'COUNTY', stateId: 'state:VA' },
  { id: 'county:51059', kind: 'COUNTY', stateId: 'state:VA' },
  { id: 'region:jm', kind: 'REGION', stateId: null },
  { id: 'region:jl', kind: 'REGION', stateId: null },
];
const memberships: Membership[] = [
  { regionId: 'region:jm', memberId: 'state:VA', validFrom: null, validTo: null },
  { regionId: 'region:jl', memberId: 'state:MD', validFrom: null, validTo: null },
  { regionId: 'region:jl', memberId: 'county:51013', validFrom: '2010-01-01', validTo: null },
];
const index = buildPlaceIndex(places, memberships);
const covers = (jurisdictionId: string | null, excludeIds: string[] = []) =>
  coversOf({ id: 'asg:x', jurisdictionId, excludeIds }, index)
    .map((c) => `${c.placeId} ${c.coverage}${c.whole ? '' : ' part'} ${c.validFrom ?? '-'}..${c.validTo ?? '-'}`)
    .sort();

describe('coverage of a fact', () => {
  it('covers every state and county fully from the nation', () => {
    expect(covers('nation:us')).toEqual([
      'county:51013 FULL -..-',
      'county:51059 FULL -..-',
      'state:DC FULL -..-',
      'state:MD FULL -..-',
      'state:VA FULL -..-',
    ]);
  });

  it('covers a state and its counties, and a county with its state only in part', () => {
    expect(covers('state:VA')).toEqual(['county:51013 FULL -..-', 'county:51059 FULL -..-', 'state:VA FULL -..-']);
    expect(covers('county:51059')).toEqual(['county:51059 FULL -..-', 'state:VA PARTIAL part -..-']);
  });

  it('follows region membership for its period: member states fully, member counties fully and their state in part', () => {
    expect(covers('region:jl')).toEqual(['county:51013 FULL 2010-01-01..-', 'state:MD FULL -..-', 'state:VA PARTIAL part 2010-01-01..-']);
  });

  it('drops excluded places, makes their state partial, and keeps the other counties full (JM Part B and Arlington)', () => {
    expect(covers('region:jm', ['county:51013'])).toEqual(['county:51059 FULL -..-', 'state:VA PARTIAL -..-']);
  });

  it('drops an excluded state together with its counties', () => {
    expect(covers('nation:us', ['state:VA'])).toEqual(['state:DC FULL -..-', 'state:MD FULL -..-']);
  });

  it('covers nothing without a jurisdiction or with one that is not a place in the graph', () => {
    expect(covers(null)).toEqual([]);
    expect(covers('region:unknown')).toEqual([]);
  });
});

describe('overlap of periods', () => {
  it('keeps the later start and the earlier end, with open bounds open', () => {
    expect(overlap({ validFrom: '2017-09-08', validTo: null }, { validFrom: '2010-01-01', validTo: '2020-12-31' })).toEqual({
      validFrom: '2017-09-08',
      validTo: '2020-12-31',
    });
    expect(overlap({ validFrom: null, validTo: null }, { validFrom: null, validTo: '2017-09-07' })).toEqual({
      validFrom: null,
      validTo: '2017-09-07',
    });
  });
  it('is null when the periods do not meet, and a single shared day when they touch', () => {
    expect(overlap({ validFrom: null, validTo: '2017-09-07' }, { validFrom: '2017-09-08', validTo: null })).toBeNull();
    expect(overlap({ validFrom: null, validTo: '2017-09-08' }, { validFrom: '2017-09-08', validTo: null })).toEqual({
      validFrom: '2017-09-08',
      validTo: '2017-09-08',
    });
  });
});
