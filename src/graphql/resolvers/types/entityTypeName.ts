import type { EntityRecord } from '../../../domain/records.js';

/** Which GraphQL type an entity record is, by its kind. */
export function entityTypeName(e: EntityRecord): string {
  switch (e.kind) {
    case 'STATE':
    case 'DISTRICT':
    case 'TERRITORY':
      return 'Jurisdiction';
    case 'COUNTY':
      return 'County';
    case 'REGION':
      return 'Region';
    case 'PROVIDER':
      return 'Provider';
    case 'NATION':
      return 'Nation';
    case 'PROGRAM':
      return 'Program';
    case 'POPULATION':
      return 'Population';
    case 'PROVIDER_TYPE':
    case 'ORGANIZATION_TYPE':
      return 'ActorType';
    case 'MEDICARE_CONTRACT':
      return 'MedicareContract';
    default:
      return 'Organization';
  }
}
