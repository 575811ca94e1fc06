import neo4j from 'neo4j-driver';

/**
 * Converts driver values to plain JS at the database boundary: Integers to numbers,
 * Date values to 'YYYY-MM-DD' strings, nodes and relationships to their properties.
 * Every value of every row passes through here, so the common cases (scalars, lists,
 * maps) are told apart first and cheaply. Lists and maps are converted in place: the
 * driver decodes them afresh for each result and nothing else holds them, and copying a
 * large answer (the 56 state pages are 200 KB of them) doubled what the collector had to
 * sweep.
 */
export function toPlain(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (typeof value !== 'object') return value;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const v: unknown = value[i];
      if (v === undefined || (v !== null && typeof v === 'object')) value[i] = toPlain(v);
    }
    return value;
  }
  const proto = Object.getPrototypeOf(value) as unknown;
  if (proto === Object.prototype || proto === null) return plainInPlace(value as Record<string, unknown>);
  if (neo4j.isInt(value)) return (value as { toNumber(): number }).toNumber();
  if (neo4j.isDate(value)) return value.toString();
  if (neo4j.isDateTime(value) || neo4j.isLocalDateTime(value)) return value.toString();
  if (isNodeLike(value)) return toPlain({ ...value.properties });
  return plainInPlace({ ...(value as Record<string, unknown>) });
}

function plainInPlace(value: Record<string, unknown>): Record<string, unknown> {
  for (const k in value) {
    const v = value[k];
    if (v === undefined || (v !== null && typeof v === 'object')) value[k] = toPlain(v);
  }
  return value;
}

function isNodeLike(value: unknown): value is { properties: Record<string, unknown> } {
  return (
    typeof value === 'object' && value !== null && 'properties' in value && ('labels' in value || 'type' in value) && 'elementId' in value
  );
}
