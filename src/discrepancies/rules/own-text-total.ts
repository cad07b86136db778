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
  ],
};

/**
 * Claims of one source, origin, quantity, place and day. Joined with NUL, which no stored text
 * holds (Postgres text cannot), a missing place or day written apart from any name: every claim of
 * a large story is keyed on every refresh, and writing each key out as JSON was a fifth of the
 * comparison at 5,000 articles.
 */
function textKey(c: ComparableClaim): string {
  const day = c.asOf ? `d${c.asOf.slice(0, 10)}` : '-';
  const place = typeof c.location === 'string' ? `p${c.location}` : '-';
  return `${c.sourceKey}\0${c.originKey}\0${c.metric}\0${c.subject}\0${place}\0${day}`;
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

/** The claims, each figure wholly below its own text's total for that quantity marked as history. */
export function markOwnTextTotals(claims: readonly ComparableClaim[]): ComparableClaim[] {
  const top = new Map<string, ComparableClaim>();
  const keys = claims.map((c) => (c.earlier ? '' : textKey(c)));
  claims.forEach((c, i) => {
    if (c.earlier) return;
    const known = top.get(keys[i]);
    if (!known || c.value > known.value) top.set(keys[i], c);
  });
  return claims.map((c, i) => {
    if (c.earlier) return c;
    const total = top.get(keys[i])!;
    const below = c.high !== null && total.low !== null && c.high < total.low;
    return below ? asHistory(c) : c;
  });
}
