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

/**
 * A stable order of claims by what they say, the row id last: re-processing an article gives
 * its claims new ids, and the lead pair and explanation must not change with them.
 */
export function compareClaimContent(a: ComparableClaim, b: ComparableClaim): number {
  return compareKeyed(contentKey(a), a.id, contentKey(b), b.id);
}

/** The claims in compareClaimContent's order, each content key looked up once rather than per comparison. */
export function sortByContent<T extends ComparableClaim>(claims: readonly T[]): T[] {
  return claims
    .map((claim) => ({ claim, key: contentKey(claim) }))
    .sort((x, y) => compareKeyed(x.key, x.claim.id, y.key, y.claim.id))
    .map((x) => x.claim);
}

function compareKeyed(ka: string, ida: string, kb: string, idb: string): number {
  if (ka !== kb) return ka < kb ? -1 : 1;
  return ida < idb ? -1 : ida > idb ? 1 : 0;
}

/**
 * Claims are compared many times over in one detection (sorting, ranking every related pair), and
 * their content never changes once read: the key is built once per claim object.
 */
const contentKeys = new WeakMap<ComparableClaim, string>();

export function contentKey(c: ComparableClaim): string {
  let key = contentKeys.get(c);
  if (key === undefined) {
    key = JSON.stringify([
      claimSignature(c),
      c.sourceLabel ?? null,
      c.attribution ?? [],
      c.qualifier,
    ]);
    contentKeys.set(c, key);
  }
  return key;
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

/** The groupings the rules make of a quantity's claims, each by the fields that define it. */
const GROUPINGS = {
  /** One figure at one scope (a value of a quantity). */
  figure: (c: ComparableClaim) => JSON.stringify([c.location, c.value, c.low, c.high]),
  /** One origin's figure at one scope (a value as a reviewer reads it). */
  originFigure: (c: ComparableClaim) =>
    JSON.stringify([c.originKey, c.location, c.value, c.low, c.high, !!c.earlier]),
  /** One time, and whether the claim names its figure as earlier or as a subset (judged apart). */
  time: (c: ComparableClaim) => JSON.stringify([c.asOf, c.asOfPrecision, !!c.earlier, !!c.subset]),
};

const groupKeys = new WeakMap<ComparableClaim, Partial<Record<keyof typeof GROUPINGS, string>>>();

/**
 * The claim's key in one grouping, built once per claim object: a story's claims are kept from
 * one refresh to the next (DiscrepancyRefreshService) and grouped again each time.
 */
export function groupKey(c: ComparableClaim, grouping: keyof typeof GROUPINGS): string {
  let keys = groupKeys.get(c);
  if (!keys) {
    keys = {};
    groupKeys.set(c, keys);
  }
  return (keys[grouping] ??= GROUPINGS[grouping](c));
}
