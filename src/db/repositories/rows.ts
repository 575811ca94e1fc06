import type {
  AssignmentRecord,
  ConfidenceValue,
  EntityRecord,
  ExpansionRecord,
  FmapRateRecord,
  ManagedCareAbsenceRecord,
  RelationshipRecord,
  SourceRecord,
} from '../../domain/records.js';

/** Converts stored properties (already plain JS) into records; the one place property names are mapped. */
type Props = Record<string, unknown>;

/** A stored property as text, null when absent. Properties are primitives once toPlain has run. */
export function str(v: unknown): string | null {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean' || typeof v === 'bigint') return String(v);
  return JSON.stringify(v);
}
const list = (v: unknown): string[] => (Array.isArray(v) ? v.map(String) : []);
const confidence = (v: unknown): ConfidenceValue => (v === 'unverified' ? 'UNVERIFIED' : 'VERIFIED');

export function toEntity(p: Props): EntityRecord {
  return {
    id: String(p.id),
    name: String(p.name),
    kind: String(p.kind),
    aliases: list(p.aliases),
    description: str(p.description),
    confidence: confidence(p.confidence),
    validFrom: str(p.validFrom),
    validTo: str(p.validTo),
    sources: list(p.sources),
    code: str(p.code),
    fips: str(p.fips),
    stateId: str(p.stateId),
    website: str(p.website),
    phone: str(p.phone),
    contactSources: list(p.contactSources),
  };
}

export function toSource(p: Props): SourceRecord {
  return {
    id: String(p.id),
    title: String(p.title),
    publisher: str(p.publisher),
    url: str(p.url),
    date: str(p.date),
    dateKind: p.dateKind ? (str(p.dateKind)?.toUpperCase() ?? null) : null,
  };
}

export function toAssignment(p: Props, coverage?: 'FULL' | 'PARTIAL' | null): AssignmentRecord {
  return {
    id: String(p.id),
    administratorId: String(p.administratorId),
    function: String(p.function),
    programId: String(p.programId),
    jurisdictionId: str(p.jurisdictionId),
    principalId: str(p.principalId),
    populationIds: list(p.populationIds),
    excludeIds: list(p.excludeIds),
    role: String(p.role),
    validFrom: str(p.validFrom),
    validTo: str(p.validTo),
    awarded: str(p.awarded),
    confidence: confidence(p.confidence),
    note: str(p.note),
    sources: list(p.sources),
    coverage: coverage ?? null,
    detailed: 'note' in p,
  };
}

export function toRelationship(p: Props): RelationshipRecord {
  return {
    type: String(p.type),
    direction: p.direction === 'INCOMING' ? 'INCOMING' : 'OUTGOING',
    fromId: String(p.fromId),
    toId: String(p.toId),
    validFrom: str(p.validFrom),
    validTo: str(p.validTo),
    confidence: confidence(p.confidence),
    note: str(p.note),
    sources: list(p.sources),
  };
}

export function toExpansion(p: Props): ExpansionRecord {
  return {
    stateId: String(p.stateId),
    adopted: Boolean(p.adopted),
    effective: str(p.effective),
    confidence: confidence(p.confidence),
    sources: list(p.sources),
  };
}

export function toFmapRate(p: Props): FmapRateRecord {
  return {
    stateId: String(p.stateId),
    fiscalYear: Number(p.fiscalYear),
    percent: Number(p.percent),
    confidence: confidence(p.confidence),
    note: str(p.note),
    sources: list(p.sources),
  };
}

export function toManagedCareAbsence(p: Props): ManagedCareAbsenceRecord {
  return {
    stateId: String(p.stateId),
    asOf: String(p.asOf),
    confidence: confidence(p.confidence),
    note: str(p.note),
    sources: list(p.sources),
  };
}

/** One value (or null) per requested key, in key order; duplicate keys get the same value. */
export function oneInKeyOrder<T>(keys: readonly string[], rows: { key: string; value: T }[]): (T | null)[] {
  const byKey = new Map(rows.map((r) => [r.key, r.value]));
  return keys.map((k) => byKey.get(k) ?? null);
}

/** Groups rows by key and returns one list per requested key, in key order (the DataLoader contract). */
export function groupInKeyOrder<T>(keys: readonly string[], rows: { key: string; value: T }[]): T[][] {
  const byKey = new Map<string, T[]>();
  for (const row of rows) {
    const bucket = byKey.get(row.key);
    if (bucket) bucket.push(row.value);
    else byKey.set(row.key, [row.value]);
  }
  return keys.map((k) => byKey.get(k) ?? []);
}
