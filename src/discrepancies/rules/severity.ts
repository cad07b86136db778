// How much a related pair of values deserves a reviewer's attention, in [0, 1].
import type { DiscrepancyKind } from './comparable-claim';

/** Support of one side: 0 origins → 0, 1 → 0.5, 2 → 0.67, 3 → 0.75 … → 1. */
export function originSupport(independentOrigins: number): number {
  const n = Math.max(0, independentOrigins);
  return n / (n + 1);
}

/**
 * conflict: 0.35 + 0.40·gap + 0.25·support  → [0.35, 1]
 * update:   0.05 + 0.15·gap + 0.10·support  → [0.05, 0.30]   (always below any conflict)
 * gap = relative gap of the two intervals (0..1, see relativeGap); support = mean of both sides'
 * originSupport, where a side's count is the independent origins asserting that value and not the
 * other one (an origin on both sides contradicts itself and lends weight to neither).
 * Rounded to 3 decimals so repeated runs compare equal.
 */
export function pairSeverity(
  kind: DiscrepancyKind,
  gap: number,
  originsA: number,
  originsB: number,
): number {
  const g = Math.min(1, Math.max(0, Number.isFinite(gap) ? gap : 0));
  const support = (originSupport(originsA) + originSupport(originsB)) / 2;
  const raw =
    kind === 'conflict' ? 0.35 + 0.4 * g + 0.25 * support : 0.05 + 0.15 * g + 0.1 * support;
  return Math.round(Math.min(1, Math.max(0, raw)) * 1000) / 1000;
}
