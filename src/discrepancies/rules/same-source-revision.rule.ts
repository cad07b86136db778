// One publishing source (a post, or an article across its revisions) whose figure changes.
import { intervalOf, overlaps } from './interval';
import { sameNamedOrigin } from './origin-names';
import { flip, type PairContext, type PairRelation } from './pair-relation';

/**
 * Same sourceKey, or one named origin quoted by two publishers (the sheriff's 68, then his 79):
 * never a conflict between sources. Non-overlapping figures for the same scope are
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
