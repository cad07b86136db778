// Intervals a figure asserts (DESIGN.md §3): low/high null = unbounded; counts are never negative.

export interface Interval {
  low: number;
  /** Infinity when unbounded above. */
  high: number;
}

/** The interval a claim asserts: [low ?? 0, high ?? ∞], swapped if given the wrong way round. */
export function intervalOf(c: { low: number | null; high: number | null }): Interval {
  let low = typeof c.low === 'number' && Number.isFinite(c.low) ? Math.max(0, c.low) : 0;
  let high = typeof c.high === 'number' && !Number.isNaN(c.high) ? c.high : Infinity;
  if (high < 0) high = 0;
  if (low > high) [low, high] = [high, low];
  return { low, high };
}

/**
 * The interval a claim is judged by: a vague word of magnitude ("millions of pilgrims", "dozens
 * dead") firmly says its floor and only loosely its ceiling, so it is judged as [floor, ∞): "millions"
 * does not contradict 17.5 million, while "thousands" still contradicts 500. A subset ("Two of the
 * killed", subset-words.ts) says only that the whole is at least it: [floor, ∞) too.
 */
export function judgedInterval(c: {
  low: number | null;
  high: number | null;
  qualifier?: string | null;
  subset?: boolean;
}): Interval {
  const interval = intervalOf(c);
  return c.qualifier === 'vague' || c.subset ? { low: interval.low, high: Infinity } : interval;
}

/**
 * The intervals two claims are judged by, side by side. Against a figure, a vague word is judged by
 * its floor (judgedInterval). Two vague words of different magnitude ("dozens missing" against
 * "hundreds missing", "thousands marched" against "tens of thousands") are each a choice of order:
 * the one who said dozens says fewer than a hundred, so both are judged by the intervals they name.
 */
export function judgedIntervals(a: Judged, b: Judged): [Interval, Interval] {
  if (a.qualifier === 'vague' && b.qualifier === 'vague') return [intervalOf(a), intervalOf(b)];
  if (a.qualifier === 'vague' && openAbove(b)) return [judgedInterval(a), countSoFar(b)];
  if (b.qualifier === 'vague' && openAbove(a)) return [countSoFar(a), judgedInterval(b)];
  return [judgedInterval(a), judgedInterval(b)];
}

type Judged = Parameters<typeof judgedInterval>[0];

/** A figure with a floor and no ceiling: "at least 11", "more than 60". */
function openAbove(c: Judged): boolean {
  return c.high === null && c.low !== null && c.qualifier !== 'vague';
}

/**
 * Against a vague word of magnitude, "at least 11 dead" is the count its speaker has confirmed so
 * far, 11, and "several hundred dead" the other's estimate: the two disagree on the count ("the
 * interior ministry confirmed at least 11 deaths" against the prefect's "several hundred"), where
 * 11 and an open ceiling would overlap any magnitude.
 */
function countSoFar(c: Judged): Interval {
  const { low } = intervalOf(c);
  return { low, high: low };
}

/** Closed intervals: "at least 8" [8,∞) and 12 overlap; 8 and 12 do not. */
export function overlaps(a: Interval, b: Interval): boolean {
  return a.low <= b.high && b.low <= a.high;
}

/**
 * How far apart two intervals are, relative to the larger figure: 0 when they overlap,
 * (upper.low − lower.high) / upper.low otherwise (8 vs 12 → 0.33; 317 vs 353 → 0.10). In [0, 1].
 */
export function relativeGap(a: Interval, b: Interval): number {
  if (overlaps(a, b)) return 0;
  // Judged for every two figures of a quantity: no pair is allocated to order them.
  const lower = a.high < b.low ? a : b;
  const upper = lower === a ? b : a;
  if (upper.low <= 0) return 0;
  return Math.min(1, Math.max(0, (upper.low - lower.high) / upper.low));
}

/** True when every figure of `a` is above every figure of `b`. */
export function entirelyAbove(a: Interval, b: Interval): boolean {
  return a.low > b.high;
}
