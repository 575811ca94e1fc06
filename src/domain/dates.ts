/** Calendar dates as 'YYYY-MM-DD' strings: comparable as strings, and what Neo4j's date() accepts. */
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function isIsoDate(value: string): boolean {
  if (!ISO_DATE.test(value)) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

export function todayIso(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}

/** Whether a fact with this period holds on the given day (bounds inclusive, null = open). */
export function isValidAt(period: { validFrom: string | null; validTo: string | null }, day: string): boolean {
  return (period.validFrom === null || period.validFrom <= day) && (period.validTo === null || period.validTo >= day);
}
