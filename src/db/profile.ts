/** Sums the database hits of a PROFILEd statement's plan tree. */
export function planDbHits(plan: unknown): number {
  if (!plan || typeof plan !== 'object') return 0;
  const p = plan as { dbHits?: unknown; children?: unknown[] };
  const own = typeof p.dbHits === 'number' ? p.dbHits : Number(p.dbHits ?? 0);
  return own + (p.children ?? []).reduce<number>((sum, c) => sum + planDbHits(c), 0);
}
