import type { ColumnSpec, Row } from '../kind.js';

export class HeaderError extends Error {
  constructor(
    readonly file: string,
    readonly missing: string[],
  ) {
    super(
      `${file}: the header lacks ${missing.length === 1 ? 'the column' : `${missing.length} columns`} ${missing.map((m) => JSON.stringify(m)).join(', ')}; nothing was written.`,
    );
    this.name = 'HeaderError';
  }
}

/** Column name -> position, for every name a kind may ask for (all alternatives map to the column found). */
export type ColumnIndex = ReadonlyMap<string, number>;

function describe(spec: ColumnSpec): string {
  return typeof spec === 'string' ? spec : spec.join('" or "');
}

/**
 * Checks a header against the required columns and returns where each one is. Names are
 * compared exactly after trimming and dropping a byte-order mark, since CMS headers are
 * the contract and a near-miss usually means a different file.
 */
export function indexHeader(file: string, header: readonly string[], required: readonly ColumnSpec[]): ColumnIndex {
  const positions = new Map<string, number>();
  header.forEach((name, i) => {
    const clean = name.replace(/^\uFEFF/, '').trim();
    if (!positions.has(clean)) positions.set(clean, i);
  });
  const index = new Map<string, number>(positions);
  const missing: string[] = [];
  for (const spec of required) {
    const names = typeof spec === 'string' ? [spec] : spec;
    const found = names.map((n) => positions.get(n)).find((p) => p !== undefined);
    if (found === undefined) missing.push(describe(spec));
    else for (const n of names) index.set(n, found);
  }
  if (missing.length > 0) throw new HeaderError(file, missing);
  return index;
}

/** A row view over the parsed array; no per-row object is built, which matters at 330 columns × 9 M rows. */
export class ArrayRow implements Row {
  values: readonly string[] = [];
  constructor(private readonly index: ColumnIndex) {}

  get(column: string): string {
    const i = this.index.get(column);
    if (i === undefined) throw new Error(`column ${JSON.stringify(column)} is not among the required columns`);
    return (this.values[i] ?? '').trim();
  }

  opt(column: string): string | null {
    const i = this.index.get(column);
    return i === undefined ? null : (this.values[i] ?? '').trim();
  }
}
