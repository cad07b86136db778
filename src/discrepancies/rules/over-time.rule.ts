// Same scope, figures of different times.
import { judgedIntervals, overlaps } from './interval';
import { CUMULATIVE_METRICS, type PairContext, type PairRelation } from './pair-relation';

/**
 * Same scope, non-overlapping figures that time orders (different days, or times known to the
 * minute): cumulative counts (killed, injured, detained, missing, displaced) only grow, so a later
 * larger figure is an update ('growth_over_time') and a later smaller one a conflict
 * ('decrease_over_time'). deployed/participants legitimately rise and fall: any change over time is
 * an update ('change_over_time').
 */
export function overTime(ctx: PairContext): PairRelation | null {
  const { a, b, scope, time } = ctx;
  if (scope !== 'same' || (time !== -1 && time !== 1)) return null;
  const [ia, ib] = judgedIntervals(a, b);
  if (overlaps(ia, ib)) return null;
  const [earlier, later] = time === -1 ? [a, b] : [b, a];
  if (!CUMULATIVE_METRICS.has(a.metric))
    return { kind: 'update', rule: 'change_over_time', first: earlier, second: later, time: -1 };
  const [ie, il] = time === -1 ? [ia, ib] : [ib, ia];
  const grew = il.low > ie.high;
  return grew
    ? { kind: 'update', rule: 'growth_over_time', first: earlier, second: later, time: -1 }
    : { kind: 'conflict', rule: 'decrease_over_time', first: earlier, second: later, time: -1 };
}
