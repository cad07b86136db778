// PURE: one text's total of a quantity (DESIGN.md §4, issue 10: "claims that are subsets, earlier
// figures or changes never stand as totals in a flag").
//
// When one source (an article, a post) has one origin give two figures of the same quantity for
// the same place and day, the larger is that origin's total and a smaller one lying wholly below
// it is something else the extractor could not name: a part ("more than a million people are now
// staying in tents … about 158,000 people have been evacuated by air, road and sea"), another
// day's count ("480,000 in the eighth round … 1.1 million today") or an earlier report. Such a
// figure stays in its origin's timeline as history (marked like a figure the text names as
// earlier), and is never judged against other sources as if it were the origin's total.
// A vague amount that overlaps the figure ("dozens" beside 48) is the same word, rough; two named
// origins in one text ("the governor said 106; the county said 101") are two origins, not one.
import type { ComparableClaim } from './comparable-claim';

export const OWN_TEXT_TOTAL_RULE = {
  name: 'a smaller figure beside its own text’s total',
  examples: [
    'Erdogan says more than a million people are now staying in tents … and about 158,000 people have been evacuated [158,000 is not his total]',
    'the eighth round (480,000 according to the Ministry of the Interior) … nearly 1.1 million according to the Ministry of the Interior [480,000 is not its total]',
    'So far there are 59 confirmed victims … There could be 100 people who died [a possibility is no total: 59 stands]',
  ],
};

/**
 * Two claims of one source (checked by the caller), origin, quantity, place and day: fields compared
 * one by one, as every claim of a large story is grouped on every refresh and writing a key for
 * each was a fifth of the comparison at 5,000 articles.
 */
function sameText(a: ComparableClaim, b: ComparableClaim): boolean {
  return (
    a.originKey === b.originKey &&
    a.metric === b.metric &&
    a.subject === b.subject &&
    (a.location ?? null) === (b.location ?? null) &&
    dayOf(a) === dayOf(b)
  );
}

function dayOf(c: ComparableClaim): string | null {
  return c.asOf ? c.asOf.slice(0, 10) : null;
}

/**
 * The marked copy of each outweighed claim, built once per claim object (a kept claim must stay the
 * same object from one detection to the next; see detect-discrepancies' valueDigest).
 */
const marked = new WeakMap<ComparableClaim, ComparableClaim>();

function asHistory(c: ComparableClaim): ComparableClaim {
  let m = marked.get(c);
  if (!m) {
    m = { ...c, earlier: true };
    marked.set(c, m);
  }
  return m;
}

/**
 * A figure the text gives as a possibility, a fear or an earlier report (hedge-words.ts) is no total
 * of it: "So far there are 59 confirmed victims … There could be 100 people who died" keeps 59.
 */
function statedCount(c: ComparableClaim): boolean {
  return !c.hedged && !c.reportedEarlier;
}

function outranks(a: ComparableClaim, b: ComparableClaim): boolean {
  return a.value > b.value || (a.value === b.value && (a.low ?? -1) > (b.low ?? -1));
}

/** The claims, each figure wholly below its own text's total for that quantity marked as history. */
export function markOwnTextTotals(claims: readonly ComparableClaim[]): ComparableClaim[] {
  // A text's claims are few: grouped by source, each is weighed against the others of its group.
  const bySource = new Map<string, ComparableClaim[]>();
  for (const c of claims) {
    if (c.earlier) continue;
    const group = bySource.get(c.sourceKey);
    if (group) group.push(c);
    else bySource.set(c.sourceKey, [c]);
  }
  const outweighed = new Set<ComparableClaim>();
  for (const group of bySource.values()) {
    for (const c of group) {
      // The text's total: its largest figure, of equals the one with the highest lower bound, so
      // the choice never depends on the order the claims came in (c itself is of its text).
      let total = c;
      for (const other of group) {
        if (sameText(other, c) && statedCount(other) && outranks(other, total)) total = other;
      }
      if (c.high !== null && total.low !== null && c.high < total.low) outweighed.add(c);
    }
  }
  return outweighed.size ? claims.map((c) => (outweighed.has(c) ? asHistory(c) : c)) : [...claims];
}
