// PURE: a figure worded as some of a larger group, not the quantity's total. The extractor could
// name neither the members nor the group, so the figure reads as everyone while it counts a subset:
// "10 women and three infants were among those killed", "Two of the killed" (a share of the dead),
// "80 Afghan citizens had died" (one nationality among the dead), "Ten people are seriously injured"
// (one degree of injury among the injured). The whole is at least the part, so a subset is judged
// as its floor with no ceiling (interval.ts judgedInterval): it never contradicts a larger total,
// and a flag leads with figures worded as totals when it has them (origin-values.ts
// chooseLeadPair), as it does over a tally of bodies (tally-words.ts). A named subject's figure
// ("19 police officers were among the dead") is that subject's whole count, and is not one.
import type { Metric, Subject } from '../../domain/vocabulary';

/** A wording of a subset: which figures it can speak of, and its pattern on the claim's quote. */
export interface SubsetWording {
  name: string;
  metrics: readonly Metric[] | 'all';
  pattern: RegExp;
  /** The pattern is read in the whole clause around the quote too (hedge-words.ts clauseOf). */
  inClause?: boolean;
  examples: readonly string[];
}

/**
 * Data: nouns for people that a nationality narrows to some of them ("Afghan citizens", "Indian
 * pilgrims"). Not migrants, refugees, passengers, residents or people: a boat of Afghan migrants or
 * a train of Indian passengers is often everyone the event struck.
 */
const NATIONALS = 'citizens|nationals|pilgrims|survivors|tourists|victims|workers';

/** A capitalised adjective of nationality or faith: Afghan, Pakistani, Chinese, British, Jewish. */
const NATIONALITY = String.raw`\b[A-Z][a-z]+(?:an|ian|ese|i|ish|ch|ic|ean)`;

/** Data: the words for the people a quantity counts, after "of the" ("Two of the killed"). */
const COUNTED = ['killed', 'dead', 'deceased', 'victims', 'injured', 'wounded']
  .concat(['detained', 'arrested', 'missing'])
  .join('|');

/** Data: degrees of injury, each a part of the injured ("six suffered minor injuries"). */
const INJURY_DEGREES = ['seriously', 'critically', 'severely', 'gravely', 'slightly', 'lightly']
  .concat(['moderately', 'minor', 'serious', 'critical', 'severe', 'grave', 'light'])
  .join('|');

/** Data: causes of injury, each a part of the injured ("30 were being treated for gunshot wounds"). */
const INJURY_CAUSES = ['gunshot', 'gun-shot', 'bullet', 'bullets', 'pellet', 'pellets', 'stab']
  .concat(['burns', 'tear gas', 'teargas'])
  .join('|')
  .replace(/ /g, '\\s+');

export const SUBSET_WORDINGS: readonly SubsetWording[] = [
  {
    name: 'among a group named after the figure',
    metrics: 'all',
    pattern: /\b(?:were|was|are|is)\s+(?:also\s+)?among\s+(?:those|the)\b/i,
    examples: [
      '10 women and three infants were among those killed',
      'two aid workers were also among the injured',
    ],
  },
  {
    name: 'among a group named before the figure',
    metrics: 'all',
    pattern: /^\s*among\s+(?:those|the)\b[^.;]*?\b(?:were|was|are|is)\b/i,
    examples: ['Among the deceased were 241 passengers and crew'],
  },
  {
    name: 'a share of a group',
    metrics: 'all',
    pattern: new RegExp(
      String.raw`^\S+\s+of\s+(?:the|those)\s+(?:\d[\d,]*\s+)?(?:${COUNTED})\b`,
      'i',
    ),
    examples: ['Two of the killed', 'three of the 14 victims'],
  },
  {
    name: 'one nationality among the people counted',
    metrics: 'all',
    pattern: new RegExp(`${NATIONALITY}\\s+(?:${NATIONALS})\\b`),
    examples: ['80 Afghan citizens, including children, had died', 'two Pakistani citizens'],
  },
  {
    name: 'one degree of injury among the injured',
    metrics: ['injured'],
    pattern: new RegExp(`\\b(?:${INJURY_DEGREES})\\b`, 'i'),
    examples: ['Ten people are seriously injured', 'six suffered minor injuries'],
  },
  {
    name: 'one cause of injury among the injured',
    metrics: ['injured'],
    pattern: new RegExp(`\\b(?:${INJURY_CAUSES})\\b`, 'i'),
    inClause: true,
    examples: [
      '30 were being treated for gunshot wounds',
      '12 people suffered burns',
      'five were hit by rubber bullets',
    ],
  },
];

/**
 * Whether the quote gives a figure of everyone as some of a larger group, not a total; `clause`, the
 * words around the quote that speak of its figure, for the wordings read there.
 */
export function saysSubset(
  quote: string | null | undefined,
  subject: Subject,
  metric: Metric,
  clause: string = quote ?? '',
): boolean {
  if (subject !== 'people' || typeof quote !== 'string') return false;
  return SUBSET_WORDINGS.some(
    (w) =>
      (w.metrics === 'all' || w.metrics.includes(metric)) &&
      (w.pattern.test(quote) || (!!w.inClause && w.pattern.test(clause))),
  );
}
