import neo4j from 'neo4j-driver';

/**
 * Converts driver values to plain JS at the database boundary: Integers to numbers,
 * Date values to 'YYYY-MM-DD' strings, nodes and relationships to their properties.
 * Every value of every row passes through here, so the common cases (scalars, lists,
 * maps) are told apart first and cheaply.
 */
export function toPlain(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (typeof value !== 'object') return value;
  if (Array.isArray(value)) {
    const out = new Array<unknown>(value.length);
    for (let i = 0; i < value.length; i++) out[i] = toPlain(value[i]);
    return out;
  }
  const proto = Object.getPrototypeOf(value) as unknown;
  if (proto === Object.prototype || proto === null) return plainMap(value as Record<string, unknown>);
  if (neo4j.isInt(value)) return (value as { toNumber(): number }).toNumber();
  if (neo4j.isDate(value)) return value.toString();
  if (neo4j.isDateTime(value) || neo4j.isLocalDateTime(value)) return value.toString();
  if (isNodeLike(value)) return toPlain(value.properties);
  return plainMap(value as Record<string, unknown>);
}

function plainMap(value: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(value)) out[k] = toPlain(value[k]);
  return out;
}

function isNodeLike(value: unknown): value is { properties: Record<string, unknown> } {
  return (
    typeof value === 'object' && value !== null && 'properties' in value && ('labels' in value || 'type' in value) && 'elementId' in value
  );
}
