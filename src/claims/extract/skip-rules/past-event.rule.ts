import type { SkipRule } from '../figure-reading';
import { wordsRe } from '../word-pattern';

/** With a year before the text's own, these words set the figure in that earlier event. */
const COMPARISON = wordsRe([
  'since',
  'deadliest',
  'worst',
  'largest',
  'biggest',
  'previous',
  'compared (?:with|to)',
  'than',
  'in which',
  'when',
  'recalled',
  'anniversary',
  'last',
  'comparable',
  'similar',
  'earlier',
]);

/**
 * "According to the group, which has monitored the war since 2011, 639 …": a relative clause closed
 * before the figure describes a noun (here the source), not the event the figure counts.
 */
const CLOSED_RELATIVE = /,\s*(?:which|who)\b[^,;:]*,/gi;
function withoutClosedRelatives(left: string): string {
  return left.replace(CLOSED_RELATIVE, (m) => ' '.repeat(m.length));
}

const NAMES_A_YEAR = /\b(?:1[89]\d\d|20\d\d)\b/;

/** A past event named for comparison: "the deadliest since the 2014 Sewol disaster, in which 304 people died". */
export const pastEvent: SkipRule = {
  name: 'a past event named for comparison',
  examples: [
    {
      text: 'It was the deadliest since the 2014 Sewol disaster, in which 304 people died.',
      value: 304,
    },
    { text: 'The worst flood since 1998, when 3,000 people were killed.', value: 3000 },
    { text: 'In 2015 a similar stampede killed 700 pilgrims.', value: 700 },
  ],
  applies({ s, n, pubYear }) {
    // blanking the relative clauses costs more than looking for a year, and blanking adds none
    if (!NAMES_A_YEAR.test(s.slice(0, n.start))) return false;
    const left = withoutClosedRelatives(s.slice(0, n.start));
    // the last year named before the figure
    const yearBefore = /\b(1[89]\d\d|20\d\d)\b(?![^.]*\b(?:1[89]\d\d|20\d\d)\b)/.exec(left);
    return !!yearBefore && (!pubYear || Number(yearBefore[1]) < pubYear) && COMPARISON.test(left);
  },
};
