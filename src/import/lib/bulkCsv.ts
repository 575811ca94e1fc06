import type { BulkColumn, BulkValue } from '../kind.js';

/**
 * The CSV dialect of Neo4j's offline importer (`neo4j-admin database import`): a typed header,
 * strings always quoted (a quote doubled inside), an empty unquoted field for "no property".
 * Lists are joined by U+001F (the ASCII unit separator), which no CMS value carries, rather
 * than the importer's default ';', which a name could.
 */
export const ARRAY_DELIMITER = '\u001f';
/** The importer's spelling of ARRAY_DELIMITER on its command line. */
export const ARRAY_DELIMITER_OPTION = 'U+001F';

export class BulkValueError extends Error {
  override name = 'BulkValueError';
}

const TYPE: Record<BulkColumn['type'], string> = {
  string: 'string',
  'string[]': 'string[]',
  date: 'date',
  boolean: 'boolean',
  id: '',
};

/** The header line: `npi:ID(Provider)` for the key, `name:string`, `taxonomies:string[]`, `validTo:date`, … */
export function bulkHeader(label: string, columns: readonly BulkColumn[]): string {
  return columns.map((c) => (c.type === 'id' ? `${c.name}:ID(${label})` : `${c.name}:${TYPE[c.type]}`)).join(',');
}

function quote(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

function field(column: BulkColumn, value: BulkValue): string {
  if (value === null) return '';
  switch (column.type) {
    case 'id':
    case 'string':
      if (typeof value !== 'string') throw new BulkValueError(`${column.name}: expected a string`);
      return quote(value);
    case 'boolean':
      if (typeof value !== 'boolean') throw new BulkValueError(`${column.name}: expected a boolean`);
      return value ? 'true' : 'false';
    case 'date':
      if (typeof value !== 'string' || !DATE.test(value)) throw new BulkValueError(`${column.name}: expected a YYYY-MM-DD date`);
      return value;
    case 'string[]': {
      if (!Array.isArray(value)) throw new BulkValueError(`${column.name}: expected a list of strings`);
      // The importer reads an empty field as no property: it cannot store an empty list.
      if (value.length === 0) return '';
      for (const v of value as readonly string[]) {
        if (v === '' || v.includes(ARRAY_DELIMITER)) {
          throw new BulkValueError(`${column.name}: a list item is empty or holds U+001F, which the offline import cannot store`);
        }
      }
      return quote(value.join(ARRAY_DELIMITER));
    }
  }
}

/** One data line (without its line break) for the header's columns; throws BulkValueError for a value the importer would store differently. */
export function bulkLine(columns: readonly BulkColumn[], values: readonly BulkValue[]): string {
  let line = '';
  for (let i = 0; i < columns.length; i += 1) {
    if (i > 0) line += ',';
    line += field(columns[i]!, values[i] ?? null);
  }
  return line;
}
