import type { AnyImportKind } from './kind.js';
import { counties } from './kinds/counties.js';
import { maContracts } from './kinds/maContracts.js';
import { maEnrollment } from './kinds/maEnrollment.js';
import { maServiceArea } from './kinds/maServiceArea.js';
import { medicaidManagedCare } from './kinds/medicaidManagedCare.js';
import { nppes } from './kinds/nppes.js';
import { pos } from './kinds/pos.js';

/*
 * How to add a kind (one official file format):
 *
 * 1. Write src/import/kinds/<name>.ts exporting an ImportKind<YourRecord> (see ../kind.ts):
 *    - requiredColumns: the exact header names you read (an array for a column CMS renamed,
 *      e.g. ['Provider Sex Code', 'Provider Gender Code']). A file lacking one fails before
 *      anything is written, naming the columns and the file.
 *    - parse(row, line): row.get('Exact Header') for required columns, row.opt(...) for optional
 *      ones; return { ok: true, record } or { ok: false, reason } (the reason lands in
 *      FILE.rejects.csv with the line number). Keep it pure: no I/O.
 *    - writeBatch(tx, records, ctx): one or more named cypher() constants defined in the kind's
 *      file (UNWIND $rows ... MERGE on a stable id), run with tx.write; set sources = [ctx.sourceId]
 *      (or add it) on every fact, origin = 'import:<name>'. It runs in the same transaction as the
 *      checkpoint, and may run twice for one batch (retries, --resume), so it must be idempotent.
 *      Return how many records it wrote.
 *    - releaseDateFromName(fileName): the release date the file name states, or null (then the
 *      user must pass --release-date). finish(db, ctx): optional, after the last batch, for
 *      supersession (set validTo on facts an older file stated and this one no longer does).
 *    - synth(n, rng): optional generator of rows in the exact header for `import synth`.
 * 2. Add it to KINDS below. Constraints and indexes it needs go at the end of src/db/migrations.ts.
 */
export const KINDS: readonly AnyImportKind[] = [counties, nppes, pos, maContracts, maEnrollment, maServiceArea, medicaidManagedCare];

export function findKind(name: string): AnyImportKind | undefined {
  return KINDS.find((k) => k.name === name);
}
