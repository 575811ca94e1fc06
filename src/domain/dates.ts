/** Calendar dates as 'YYYY-MM-DD' strings: comparable as strings, and what Neo4j's date() accepts. */
export const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function isIsoDate(value: string): boolean {
  if (!ISO_DATE.test(value)) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

const EASTERN_DAY = new Intl.DateTimeFormat('en-CA', { timeZone: 'America/New_York', year: 'numeric', month: '2-digit', day: '2-digit' });

/**
 * The current day in US Eastern time: CMS states its effective dates in Eastern time, so at
 * 8 pm in New York a fact that ends today still holds, though UTC has moved on.
 */
export function todayIso(now: Date = new Date()): string {
  // Every request asks; the answer is remembered for the minute, since Eastern midnight
  // (like every UTC offset) falls on a whole minute.
  const minute = Math.floor(now.getTime() / 60_000);
  if (minute === lastMinute) return lastDay;
  const parts = Object.fromEntries(EASTERN_DAY.formatToParts(now).map((p) => [p.type, p.value]));
  lastDay = `${parts.year}-${parts.month}-${parts.day}`;
  lastMinute = minute;
  return lastDay;
}

let lastMinute = NaN;
let lastDay = '';

/** Whether a fact with this period holds on the given day (bounds inclusive, null = open). */
export function isValidAt(period: { validFrom: string | null; validTo: string | null }, day: string): boolean {
  return (period.validFrom === null || period.validFrom <= day) && (period.validTo === null || period.validTo >= day);
}

/** Days [from, to): a null from reaches back to the beginning, a null to is open. */
export interface Period {
  from: string | null;
  to: string | null;
}

/** The last day of the calendar, which marks an open end in stored periods; no day follows it. */
const OPEN_END = '9999-12-31';

function dayAfter(day: string): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

/**
 * The days around `today` between which none of the given periods starts or stops holding, so
 * an answer worked out on `today` from facts with those periods (an oversight chain, a state's
 * contractors) is the answer on any day in [from, to) (to null: open). A fact holds from its
 * first day through its last (inclusive), so it changes state on its first day and on the day
 * after its last. from null: nothing has changed since the beginning of time.
 */
export function unchangedPeriod(firstDays: readonly string[], lastDays: readonly string[], today: string): Period {
  const changes = [...firstDays, ...lastDays.filter((d) => d < OPEN_END).map(dayAfter)];
  const past = changes.filter((d) => d <= today);
  const future = changes.filter((d) => d > today);
  return {
    from: past.length ? past.reduce((a, b) => (b > a ? b : a)) : null,
    to: future.length ? future.reduce((a, b) => (b < a ? b : a)) : null,
  };
}

/** Whether day falls in a period as unchangedPeriod gives it: [from, to), a null end open. */
export function inPeriod(period: Period, day: string): boolean {
  return (period.from === null || period.from <= day) && (period.to === null || day < period.to);
}
