import type { SkipRule } from '../figure-reading';
import { anyOf } from '../word-pattern';

/** Verbs by which a count is measured against an earlier one: "surpassed the 68 deaths …". */
const SURPASSING = [
  'surpass(?:es|ed|ing)?',
  'exceed(?:s|ed|ing)?',
  'eclips(?:e|es|ed|ing)',
  'top(?:s|ped|ping)?',
  'outstrip(?:s|ped|ping)?',
  'overt(?:ake|akes|aken|aking|ook)',
];

/** Words that may stand between "the" and the earlier figure: "the estimated 68". */
const HEDGES = [
  'estimated',
  'reported',
  'official',
  'roughly',
  'about',
  'some',
  'nearly',
  'almost',
];

const SURPASSED_FIGURE = new RegExp(
  `\\b${anyOf(SURPASSING)}\\s+the\\s+(?:${anyOf(HEDGES)}\\s+)?$`,
  'i',
);

/**
 * A past event's figure that this event's count is measured against, its year named after it
 * ("surpassed the estimated 68 deaths caused by Hurricane Harvey in 2017"): the figure belongs to
 * that earlier event (past-event.rule.ts reads the year named before the figure).
 */
export const surpassedPastEvent: SkipRule = {
  name: 'a past event whose figure this count surpasses',
  examples: [
    {
      text: 'The toll has now surpassed the estimated 68 deaths caused by Hurricane Harvey in 2017.',
      value: 68,
    },
    { text: 'That exceeds the 304 people who died when the Sewol ferry sank in 2014.', value: 304 },
    {
      text: 'It has already eclipsed the roughly 1,100 killed in the Rana Plaza collapse of 2013.',
      value: 1100,
    },
    { text: 'The count topped the 52 deaths recorded during the 2010 floods.', value: 52 },
    {
      text: 'The toll has overtaken the 150 people killed by a similar landslide in 2019.',
      value: 150,
    },
  ],
  applies({ s, n, pubYear }) {
    if (!SURPASSED_FIGURE.test(s.slice(0, n.start))) return false;
    const yearAfter = /\b(1[89]\d\d|20\d\d)\b/.exec(s.slice(n.end));
    return !!yearAfter && (!pubYear || Number(yearAfter[1]) < pubYear);
  },
};
