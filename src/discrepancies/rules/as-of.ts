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

export function compareAsOf(a: Timed, b: Timed): TimeOrder {
  const da = dayOf(a.asOf);
  const db = dayOf(b.asOf);
  if (!da || !db) return 'unknown';
  const ta = fineInstant(a);
  const tb = fineInstant(b);
  if (ta !== null && tb !== null) {
    // Compare at the coarser of the two precisions.
    const unit = a.asOfPrecision === 'minute' || b.asOfPrecision === 'minute' ? 60_000 : 1;
    const ua = Math.floor(ta / unit);
    const ub = Math.floor(tb / unit);
    return ua === ub ? 'same' : ua < ub ? -1 : 1;
  }
  if (da === db) return 'same';
  return da < db ? -1 : 1;
}

/** Readable time of a claim for explanations: the day, or day and minute when known that finely. */
export function formatAsOf(c: Timed): string | null {
  const day = dayOf(c.asOf);
  if (!day) return null;
  const t = fineInstant(c);
  if (t === null) return day;
  return new Date(t).toISOString().slice(0, 16).replace('T', ' ') + ' UTC';
}
