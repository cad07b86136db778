// A change named before the total it brings about (DESIGN.md §3: a change is not a total): "Floods
// killed 12 people on Tuesday, bringing the death toll to 143" claims 143; the 12 are the day's
// addition, whatever words ("more", "new") the text spares.
import type { Draft } from '../draft';
import { namesElsewhere } from '../lexicon';

/** A participle that sets the running total: "bringing", "taking", "raising", "pushing" … the toll to N. */
const SETS_TOTAL = /,?\s*\b(?:bringing|taking|raising|pushing|lifting|putting|swelling)\b/i;
/** No other clause between the change and the participle: "…, while …; bringing" names another count. */
const OTHER_CLAUSE = /[;:]|\b(?:while|whereas|but|and\s+\d)\b/i;
/** The participle brings the count to the total ("to 143", "to more than 50"), not from it ("raising an earlier figure of 90"). */
const BRINGS_TO = /\bto\s+(?:[\p{L}]+\s+){0,2}$/iu;
/** A figure whose own words name a count is a total itself: "the death toll rose to 2,662 …, bringing the combined total to 11,200". */
const NAMES_A_COUNT = /\b(?:toll|total|tally|count|number|figure)\b/i;

export const runningTotal = {
  name: 'a change before the running total it brings',
  examples: [
    'Floods killed 12 people on Tuesday, bringing the death toll to 143.',
    'The committee announced the deaths of five protesters on Thursday, bringing the total number of dead to 113.',
    'Search teams found 18 bodies on Wednesday, pushing the death toll to 54.',
    'Police arrested 40 people overnight, taking the number detained since the protests began to 1,240.',
  ],
  /** Totals of their own, not changes: each stays a claim. */
  counterexamples: [
    'In Syria the death toll rose to 2,662, bringing the combined total to more than 11,200.',
    'Floods killed 12 people and injured 30, bringing the death toll to 143.',
    'Some 140 people were hurt, health officials said, raising an earlier figure of 90.',
    'Six more deaths were reported in neighbouring provinces, bringing the nationwide toll to 48.',
    'Another 14 people died elsewhere in the region, taking the overall toll to 102.',
    'Officials confirmed 9 further deaths in nearby villages, raising the total to 61.',
    'Twelve additional bodies were recovered in other districts, pushing the death toll to 230.',
  ],
  apply(s: string, drafts: (Draft | null)[]): void {
    for (let i = 0; i < drafts.length; i++) {
      const change = drafts[i];
      if (!change || change.earlier) continue;
      if (NAMES_A_COUNT.test(s.slice(change.qs, change.qe))) continue;
      // "11 more deaths in surrounding counties, pushing the overall toll to 79": the count elsewhere
      if (namesElsewhere(s.slice(change.n.end))) continue;
      const total = drafts.slice(i + 1).find((d): d is Draft => !!d);
      if (!total || total.metric !== change.metric) continue;
      const between = s.slice(change.qe, total.n.start);
      const at = between.search(SETS_TOTAL);
      if (at < 0 || OTHER_CLAUSE.test(between.slice(0, at)) || !BRINGS_TO.test(between.slice(at)))
        continue;
      change.increment = true;
    }
  },
};
