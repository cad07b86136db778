import type { FallbackRule } from '../figure-reading';
import { PEOPLE_NOUN, subjectOf } from '../lexicon';
import { wordsBefore } from '../word-pattern';

/** What an event does to its crowd: "drew two million people", "attracted 40,000 fans". */
const DRAWING_VERBS = [
  'drew',
  'draws',
  'drawing',
  'drawn',
  'attracted',
  'attracts',
  'attracting',
  'brought out',
  'brings out',
  'bringing out',
  'brought',
  'brings',
  'pulled',
  'pulls',
  'mobili[sz]ed',
  'mobili[sz]es',
  'mobili[sz]ing',
];
const DRAWN_BY = wordsBefore(DRAWING_VERBS);
/** Where a drawn crowd goes: not to hospital, nor out of danger. */
const FEW_WORDS = String.raw`^\s*(?:[\p{L}-]+\s+){0,2}?`;
const CARE_OR_SAFETY = String.raw`(?:to|into)\s+(?:the\s+)?(?:hospitals?|safety|shelters?|camps?|court)\b`;
const NOT_A_CROWD = new RegExp(
  `${FEW_WORDS}${CARE_OR_SAFETY}|${FEW_WORDS}(?:from|out of)\\b`,
  'iu',
);

/**
 * A protest, rally or festival that drew a number of people: the crowd it counts ("the march drew
 * two million people to the streets"). Police and troops it brought out are deployed, not a crowd.
 */
export const crowdDrawn: FallbackRule = {
  name: 'a crowd an event drew',
  examples: [
    {
      text: 'The march on Sunday drew two million people to the streets, organisers said.',
      metric: 'participants',
      subject: 'protesters',
      value: 2000000,
    },
    {
      text: 'The concert attracted some 40,000 fans.',
      metric: 'participants',
      subject: 'people',
      value: 40000,
    },
    {
      text: 'The rally brought out about 5,000 supporters of the opposition.',
      metric: 'participants',
      subject: 'protesters',
      value: 5000,
    },
    {
      text: 'The festival has drawn more than 30 million pilgrims so far.',
      metric: 'participants',
      subject: 'people',
      value: 30000000,
    },
  ],
  apply({ leftCore, np, right, n, prevEnd, rangeEnd }) {
    const verb = DRAWN_BY.exec(leftCore);
    if (!verb || !PEOPLE_NOUN.test(np) || NOT_A_CROWD.test(right)) return null;
    const sub = subjectOf(np)?.subject;
    if (sub === 'law_enforcement' || sub === 'military' || n.value < 100) return null;
    return {
      metric: 'participants',
      subject: sub === 'protesters' ? 'protesters' : 'people',
      cueStart: Math.max(prevEnd, n.start - 120) + verb.index,
      cueEnd: rangeEnd + np.length,
    };
  },
};
