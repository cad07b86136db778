// Whether two claim sets say the same thing (re-processing an unchanged article changes nothing).
import type { ComparableClaim } from './comparable-claim';

/** The content of a claim that the rules read, without its row id. */
export function claimSignature(c: ComparableClaim): string {
  return JSON.stringify([
    c.metric,
    c.subject,
    c.value,
    c.low,
    c.high,
    c.location,
    c.asOf,
    c.asOfPrecision,
    c.originKey,
    c.sourceKey,
    c.articleId,
    c.postId,
  ]);
}

/** Same multiset of claim contents (ids ignored, order ignored, repeats counted). */
export function sameClaimSet(
  a: readonly ComparableClaim[],
  b: readonly ComparableClaim[],
): boolean {
  if (a.length !== b.length) return false;
  const sa = a.map(claimSignature).sort();
  const sb = b.map(claimSignature).sort();
  return sa.every((s, i) => s === sb[i]);
}
