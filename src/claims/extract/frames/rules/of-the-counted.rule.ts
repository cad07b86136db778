import { subjectOf } from '../../lexicon';
import type { FigureRule } from '../figure-frame';
import { tokensAfter, tokensBefore } from '../figure-frame';
import { quantityOf } from '../noun-phrase';
import type { Token } from '../../tokens';

/** What the words after a part may say of it that is no count: who is identified, who is handled. */
const NO_COUNT = new Set(['identified', 'unidentified', 'unclaimed', 'discharged', 'released']);
/** Prepositions that introduce a place. */
const PLACE_PREPOSITIONS = new Set(['in', 'at', 'near']);
/** Words between "of the" and the comma that only date or qualify the count ("so far", "reported"). */
const MAX_PHRASE = 4;

/**
 * A figure after "Of the dead," counts a part of them: "Of the fatalities so far, 68 have occurred in
 * Kerr County" is 68 killed (placed by its own clause). The subject is the part's own noun when it
 * has one ("Of the injured, 40 were police officers"), else people.
 */
export const ofTheCounted: FigureRule = {
  name: 'a figure after "Of the dead," counts a part of them',
  examples: [
    {
      text: 'Of the fatalities so far, 68 have occurred in Kerr County, the sheriff said.',
      metric: 'killed',
      subject: 'people',
      value: 68,
    },
    {
      text: 'Of the injured, 40 were police officers.',
      metric: 'injured',
      subject: 'law_enforcement',
      value: 40,
    },
    {
      text: 'Of the dead, 12 were found in the old town.',
      metric: 'killed',
      subject: 'people',
      value: 12,
    },
    {
      text: 'Of those arrested on Friday, 35 were students.',
      metric: 'detained',
      subject: 'children',
      value: 35,
    },
  ],
  read(frame) {
    const before = tokensBefore(frame);
    const of = before.findIndex((t) => t.lower === 'of');
    const comma = before.length - 1;
    if (of !== 0 || before[comma]?.text !== ',' || comma - of > MAX_PHRASE + 2) return null;
    const phrase = before.slice(of + 1, comma);
    if (!['the', 'those'].includes(phrase[0]?.lower)) return null;
    const { metric } = quantityOf(phrase);
    if (!metric) return null;
    const clause = tokensAfter(frame);
    const end = clause.findIndex((t) => t.pos === 'PUNCT');
    const own = end < 0 ? clause : clause.slice(0, end);
    if (own.some((t) => NO_COUNT.has(t.lower))) return null;
    const noun = own.slice(0, 4).find((t) => subjectOf(t.text));
    return {
      metric,
      subject: noun ? subjectOf(noun.text)!.subject : 'people',
      quoteStart: before[0].start,
      quoteEnd: frame.end,
      part: !namesPlace(own),
    };
  },
};

/** The clause files the part under a named place ("in Kerr County"): a total of that place, no bare part. */
function namesPlace(clause: Token[]): boolean {
  return clause.some(
    (t, i) => i > 0 && /^\p{Lu}/u.test(t.text) && PLACE_PREPOSITIONS.has(clause[i - 1].lower),
  );
}
