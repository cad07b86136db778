// PURE: a figure of people worded as some of a larger group ("10 women and three infants were
// among those killed", "Among the deceased were 241 passengers and crew", "31 foreigners were
// among the dead"): the extractor could name neither the members (women, passengers) nor the
// group, so the figure reads as everyone while it counts a subset. It is compared like any
// figure, but a flag leads with figures worded as totals when it has them (origin-values.ts
// chooseLeadPair), as it does over a tally of bodies (tally-words.ts). A named subject's figure
// ("19 police officers were among the dead") is that subject's whole count, and is not one.
import type { Subject } from '../../domain/vocabulary';

export const SUBSET_WORDING = {
  name: 'some of a larger group',
  /** "… were among those killed", "… are among the injured": the figure comes before the group. */
  after: /\b(?:were|was|are|is)\s+(?:also\s+)?among\s+(?:those|the)\b/i,
  /** "Among the dead were …": the group first, then the figure. */
  before: /^\s*among\s+(?:those|the)\b[^.;]*?\b(?:were|was|are|is)\b/i,
  examples: [
    '10 women and three infants were among those killed',
    'Among the deceased were 241 passengers and crew',
    'two aid workers were also among the injured',
  ],
};

/** Whether the quote gives a figure of everyone as some of a larger group, not a total. */
export function saysSubset(quote: string | null | undefined, subject: Subject): boolean {
  if (subject !== 'people' || typeof quote !== 'string') return false;
  return SUBSET_WORDING.after.test(quote) || SUBSET_WORDING.before.test(quote);
}
