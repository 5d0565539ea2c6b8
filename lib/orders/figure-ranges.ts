// The dashboard's periods, as plain calendar dates of the shop's time zone ("2026-12-02"): which
// range a request asks for, the buckets it splits into, and the chart's rows with the empty
// buckets filled as zero. Pure date arithmetic (no database, no clock unless given), so the
// page, the SQL (lib/orders/figures.ts) and the unit tests agree on one calendar.
import { z } from "zod";

export const GROUPINGS = ["day", "week", "month"] as const;
export type Grouping = (typeof GROUPINGS)[number];

/** A period of local dates, both ends included, aligned on whole buckets of `by`. */
export type FigureRange = { by: Grouping; from: string; to: string };

/** How far back the default range reaches: 30 days, 12 weeks, 12 months. */
const DEFAULT_BUCKETS: Record<Grouping, number> = { day: 30, week: 12, month: 12 };
/** The most buckets one chart shows (a longer range is refused, never a 5,000-bar chart). */
export const MAX_BUCKETS: Record<Grouping, number> = { day: 366, week: 260, month: 120 };

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const isDate = (s: string) => DATE.test(s) && toDay(s).toISOString().slice(0, 10) === s;
const toDay = (s: string) => new Date(`${s}T00:00:00Z`);
const iso = (d: Date) => d.toISOString().slice(0, 10);

export function addDays(date: string, days: number): string {
  const d = toDay(date);
  d.setUTCDate(d.getUTCDate() + days);
  return iso(d);
}

function addMonths(date: string, months: number): string {
  const d = toDay(date);
  d.setUTCMonth(d.getUTCMonth() + months, 1);
  return iso(d);
}

/** The first day of the bucket `date` falls in: itself, its ISO week's Monday, its month's 1st (as PostgreSQL's date_trunc). */
export function bucketStart(date: string, by: Grouping): string {
  if (by === "day") return date;
  if (by === "month") return `${date.slice(0, 8)}01`;
  const weekday = (toDay(date).getUTCDay() + 6) % 7; // Monday 0 … Sunday 6
  return addDays(date, -weekday);
}

export function nextBucket(start: string, by: Grouping): string {
  return by === "day" ? addDays(start, 1) : by === "week" ? addDays(start, 7) : addMonths(start, 1);
}

/** The last day of the bucket that starts on `start`. */
const bucketEnd = (start: string, by: Grouping) => addDays(nextBucket(start, by), -1);

/** The start of every bucket of the range, oldest first. */
export function bucketStarts(range: FigureRange): string[] {
  const starts: string[] = [];
  for (let s = bucketStart(range.from, range.by); s <= range.to; s = nextBucket(s, range.by)) starts.push(s);
  return starts;
}

/** Today's date in `timeZone` (an IANA name), e.g. "2026-12-03" in Asia/Shanghai at 2026-12-02T23:30Z. */
export function todayIn(timeZone: string, now: Date = new Date()): string {
  // en-CA writes dates as YYYY-MM-DD.
  return new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).format(now);
}

/** The default period of a grouping: the last 30 days / 12 weeks / 12 months, up to today. */
export function defaultRange(by: Grouping, today: string): FigureRange {
  const to = bucketEnd(bucketStart(today, by), by);
  let from = bucketStart(today, by);
  for (let i = 1; i < DEFAULT_BUCKETS[by]; i++) from = by === "month" ? addMonths(from, -1) : addDays(from, by === "week" ? -7 : -1);
  return { by, from, to };
}

const querySchema = z.object({
  by: z.enum(GROUPINGS).catch("day"),
  from: z.string().refine(isDate).optional().catch(undefined),
  to: z.string().refine(isDate).optional().catch(undefined),
});

export type RangeChoice = { range: FigureRange; /** why the asked-for dates were not used, if they weren't */ note: string | null };

/**
 * The period the page's address asks for (?by=week&from=2026-10-01&to=2026-12-02), widened to
 * whole buckets. A missing or unreadable value falls back to the default, with a note saying
 * so: a bookmarked or hand-edited address still shows figures, never an error page.
 */
export function chooseRange(params: Record<string, string | string[] | undefined>, today: string): RangeChoice {
  const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);
  const q = querySchema.parse({ by: one(params.by), from: one(params.from) || undefined, to: one(params.to) || undefined });
  const fallback = defaultRange(q.by, today);
  const asked = !!(one(params.from) || one(params.to));
  if (!q.from && !q.to) return { range: fallback, note: asked ? "Those dates weren't valid: showing the default period." : null };
  const from = bucketStart(q.from ?? fallback.from, q.by);
  const to = bucketEnd(bucketStart(q.to ?? today, q.by), q.by);
  if (from > to) return { range: fallback, note: "The start came after the end: showing the default period." };
  const range = { by: q.by, from, to };
  if (bucketStarts(range).length > MAX_BUCKETS[q.by]) {
    return { range: fallback, note: `That period has too many ${q.by}s for one chart: showing the default period.` };
  }
  return { range, note: null };
}

export type BucketRow = { bucket: string; orders: number; revenue: number };

/** One row per bucket of the range, in order; a bucket without orders is zero. */
export function fillBuckets(range: FigureRange, rows: readonly BucketRow[]): BucketRow[] {
  const found = new Map(rows.map((r) => [r.bucket, r]));
  return bucketStarts(range).map((bucket) => found.get(bucket) ?? { bucket, orders: 0, revenue: 0 });
}
