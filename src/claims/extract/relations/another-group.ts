// A change is not a total (DESIGN.md §3), but "another N" after a figure of a different quantity
// names a second group beside the first, whose count it is: "killed 657 people and wounded another
// 4,475" claims 4,475 injured. Which figure decides: the nearest one before it in the sentence;
// with none there, the text so far (a quantity it counted already makes "another 5 died" a change).
import type { Metric } from '../../../domain/vocabulary';
import type { Draft } from '../draft';

/** "wounded another 4,475", "Another estimated 300": the group's word before the figure. */
const ANOTHER_BEFORE = /\b(?:another|a further|an additional)(?:\s+[\p{L}-]+){0,2}\s*$/iu;
/** "66 additional people were injured": the group's word after the figure. */
const ADDITIONAL_AFTER = /^\s*additional\b/i;

export const anotherGroup = {
  name: 'another group beside a figure of a different quantity is that quantity’s total',
  examples: [
    'The attack killed 657 people and wounded another 4,475.',
    'The strikes have killed 657 people. They have wounded another 4,475.',
    '93 bodies were recovered. Another 128 people had been hospitalised.',
    'At least 78 people are dead and another 41 are known to be missing.',
    '85 people were killed. Officials said 66 additional people were injured.',
  ],
  /** Changes of a quantity counted before: no claim. */
  counterexamples: [
    'At least 12 people died on Monday. Another 5 died overnight.',
    'Police arrested 40 people and detained another 12.',
    'The storm killed 12 people. Another 40 were injured. A further 5 were killed overnight.',
    '145 people are missing. Crews recovered four more bodies.',
  ],
  /** True when the increment `drafts[i]` is only a change; `counted` holds the text's quantities so far. */
  isChangeOnly(drafts: (Draft | null)[], i: number, s: string, counted: Set<Metric>): boolean {
    const d = drafts[i]!;
    if (!d.increment) return false;
    const earlier = drafts.slice(0, i).find((x): x is Draft => !!x);
    if (earlier) return earlier.metric === d.metric;
    const contrasts =
      counted.size > 0 &&
      !counted.has(d.metric) &&
      (ANOTHER_BEFORE.test(s.slice(0, d.n.start)) || ADDITIONAL_AFTER.test(s.slice(d.n.end))) &&
      // a later figure of the same quantity is the total this one adds to
      !drafts.slice(i + 1).some((x) => x?.metric === d.metric);
    return !contrasts;
  },
};
