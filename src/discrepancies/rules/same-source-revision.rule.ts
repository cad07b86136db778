// One publishing source (a post, or an article across its revisions) whose figure changes.
import type { ComparableClaim } from './comparable-claim';
import { intervalOf, overlaps } from './interval';
import { sameNamedOrigin } from './origin-names';
import { flip, type PairContext, type PairRelation } from './pair-relation';

/**
 * Whether two claims are one source revising its figure: one publisher (a post, an article and its
 * revisions), or one named origin quoted by two publishers at times that order the two figures
 * (the sheriff's 68 on Sunday, his 79 on Monday). One origin quoted with two figures by two
 * outlets on the same day, or where nothing dates one of them ("the interior minister said 78
 * were arrested" in one outlet, "Ronda said 71" in another), is no revision: the outlets disagree
 * about what the origin said, and a desk checks that like any conflict; unless the larger figure's
 * own wording says the count rose to it (saysItRose).
 */
export function oneSourceRevising(ctx: PairContext, twoOriginsInOneText: boolean): boolean {
  const { a, b, time } = ctx;
  if (a.sourceKey === b.sourceKey) return !twoOriginsInOneText;
  if (!sameNamedOrigin(a, b)) return false;
  return time === -1 || time === 1 || saysItRose(a, b);
}

/**
 * The larger of one origin's two unordered figures is worded as its count rising to it ("the death
 * toll has risen to 69, Alejandro said" beside his 60): the text itself orders them.
 */
function saysItRose(a: ComparableClaim, b: ComparableClaim): boolean {
  const [ia, ib] = [intervalOf(a), intervalOf(b)];
  if (ia.high < ib.low) return !!b.rose;
  if (ib.high < ia.low) return !!a.rose;
  return false;
}

/**
 * Same sourceKey, or one named origin quoted by two publishers at ordered times (the sheriff's 68,
 * then his 79): never a conflict between sources. Non-overlapping figures for the same scope are
 * an update of that source ('same_source_revision'), ordered earlier → later (else lower → higher).
 * Nested scopes from one source are parts and wholes it reports, not a discrepancy.
 * Returns null when the claims are not from one source, or are but do not differ.
 */
export function sameSourceRevision(ctx: PairContext): PairRelation | null {
  const { a, b, scope, time } = ctx;
  if (a.sourceKey !== b.sourceKey && !sameNamedOrigin(a, b)) return null;
  if (scope !== 'same' || overlaps(intervalOf(a), intervalOf(b))) return null;
  const aFirst = time === -1 || (time !== 1 && intervalOf(a).high < intervalOf(b).low);
  return aFirst
    ? { kind: 'update', rule: 'same_source_revision', first: a, second: b, time }
    : { kind: 'update', rule: 'same_source_revision', first: b, second: a, time: flip(time) };
}
