// Ordering two claims in time, honouring how precisely each time is known.
import type { ComparableClaim } from './comparable-claim';

/**
 * -1: a is earlier; 1: a is later; 'same': the same instant, or the same day when either time is
 * known only to the day (a day cannot order two figures inside it); 'unknown': a time is missing
 * (treated as simultaneous by the rules: nothing orders the two figures).
 */
export type TimeOrder = -1 | 1 | 'same' | 'unknown';

const DAY = /^(\d{4}-\d{2}-\d{2})/;

/** The calendar day as written (YYYY-MM-DD), or null when absent/unreadable. */
export function dayOf(asOf: string | null | undefined): string | null {
  if (typeof asOf !== 'string') return null;
  const m = DAY.exec(asOf.trim());
  return m && !Number.isNaN(Date.parse(m[1])) ? m[1] : null;
}

type Timed = Pick<ComparableClaim, 'asOf' | 'asOfPrecision'>;

function fineInstant(c: Timed): number | null {
  if (c.asOfPrecision !== 'minute' && c.asOfPrecision !== 'ms') return null;
  if (typeof c.asOf !== 'string' || c.asOf.trim().length <= 10) return null;
  const t = Date.parse(c.asOf);
  return Number.isNaN(t) ? null : t;
}

/** A claim's time, parsed once: its day, and its instant when known to the minute or finer. */
export interface TimeKey {
  day: string | null;
  instant: number | null;
  /** Known only to the minute (compare at minute resolution). */
  minute: boolean;
}

/**
 * Claims are ordered in time many times over in one detection (sorting each origin's figures,
 * judging every related pair), and a claim's time never changes once read: parsed once per object.
 */
const timeKeys = new WeakMap<Timed, TimeKey>();

export function timeKey(c: Timed): TimeKey {
  let key = timeKeys.get(c);
  if (key === undefined) {
    key = { day: dayOf(c.asOf), instant: fineInstant(c), minute: c.asOfPrecision === 'minute' };
    timeKeys.set(c, key);
  }
  return key;
}

export function compareTimeKeys(a: TimeKey, b: TimeKey): TimeOrder {
  if (!a.day || !b.day) return 'unknown';
  if (a.instant !== null && b.instant !== null) {
    // Compare at the coarser of the two precisions.
    const unit = a.minute || b.minute ? 60_000 : 1;
    const ua = Math.floor(a.instant / unit);
    const ub = Math.floor(b.instant / unit);
    return ua === ub ? 'same' : ua < ub ? -1 : 1;
  }
  if (a.day === b.day) return 'same';
  return a.day < b.day ? -1 : 1;
}

export function compareAsOf(a: Timed, b: Timed): TimeOrder {
  return compareTimeKeys(timeKey(a), timeKey(b));
}

/** Readable time of a claim for explanations: the day, or day and minute when known that finely. */
export function formatAsOf(c: Timed): string | null {
  const day = dayOf(c.asOf);
  if (!day) return null;
  const t = fineInstant(c);
  if (t === null) return day;
  return new Date(t).toISOString().slice(0, 16).replace('T', ' ') + ' UTC';
}
