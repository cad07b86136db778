// Same scope, figures time cannot order.
import { judgedIntervals, overlaps } from './interval';
import type { PairContext, PairRelation } from './pair-relation';

/**
 * Same scope, non-overlapping intervals, and nothing orders them in time → a conflict, for every
 * metric. 'same_day_disagreement' when both are dated to the same day (or the same minute);
 * 'disjoint_intervals' when a date is missing. The lower figure comes first.
 */
export function disjointIntervals(ctx: PairContext): PairRelation | null {
  const { a, b, scope, time } = ctx;
  if (scope !== 'same' || time === -1 || time === 1) return null;
  const [ia, ib] = judgedIntervals(a, b);
  if (overlaps(ia, ib)) return null;
  const [first, second] = ia.high < ib.low ? [a, b] : [b, a];
  return {
    kind: 'conflict',
    rule: time === 'same' ? 'same_day_disagreement' : 'disjoint_intervals',
    first,
    second,
    time,
  };
}
