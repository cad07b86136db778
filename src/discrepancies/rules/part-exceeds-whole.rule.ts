// Nested scopes (Almaty inside Kazakhstan): the part may not exceed the whole.
import { entirelyAbove, judgedIntervals } from './interval';
import { CUMULATIVE_METRICS, flip, type PairContext, type PairRelation } from './pair-relation';

/**
 * A conflict when every figure of the part is above every figure of the whole (part.low > whole.high)
 * and time does not explain it: for cumulative counts the part must not be later than the whole
 * (12 killed in Almaty on day 1 vs 8 nationwide on day 2 conflicts; the reverse order may be growth);
 * for deployed/participants only figures of the same time (or undated) are compared.
 * 12 in Almaty vs 18 nationwide is never a discrepancy.
 */
export function partExceedsWhole(ctx: PairContext): PairRelation | null {
  if (ctx.scope === 'same') return null;
  const [part, whole, time] =
    ctx.scope === 'inside' ? [ctx.a, ctx.b, ctx.time] : [ctx.b, ctx.a, flip(ctx.time)];
  if (!entirelyAbove(...judgedIntervals(part, whole))) return null;
  const cumulative = CUMULATIVE_METRICS.has(part.metric);
  if (time === 1) return null; // the part is later: the whole may have grown since
  if (time === -1 && !cumulative) return null; // a crowd or a deployment at another time
  return { kind: 'conflict', rule: 'part_exceeds_whole', first: part, second: whole, time };
}
