import neo4j from 'neo4j-driver';

/**
 * Converts driver values to plain JS at the database boundary: Integers to numbers,
 * Date values to 'YYYY-MM-DD' strings, nodes and relationships to their properties.
 */
export function toPlain(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (neo4j.isInt(value)) return (value as { toNumber(): number }).toNumber();
  if (neo4j.isDate(value)) return value.toString();
  if (neo4j.isDateTime(value) || neo4j.isLocalDateTime(value)) return value.toString();
  if (Array.isArray(value)) return value.map(toPlain);
  if (isNodeLike(value)) return toPlain(value.properties);
  if (typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) out[k] = toPlain(v);
    return out;
  }
  return value;
}

function isNodeLike(value: unknown): value is { properties: Record<string, unknown> } {
  return (
    typeof value === 'object' &&
    value !== null &&
    'properties' in value &&
    ('labels' in value || 'type' in value) &&
    'elementId' in value
  );
}
