import type { Subject } from '../../../../domain/vocabulary';
import { subjectOf } from '../../lexicon';
import type { FigureRule } from '../figure-frame';
import { tokensAfter } from '../figure-frame';
import { RESCUE_WORK, WORKING_VERBS } from '../frame-lexicon';

/** Whom the rule reads: people named by no force or role of their own ("persons", "men", "locals"). */
const PLAIN_PEOPLE: ReadonlySet<Subject> = new Set(['people', 'civilians']);
/** How far the verb may follow the figure ("200 persons have", "1,500 people including the fire force and volunteers joined"). */
const VERB_WITHIN = 8;
/** How far the rescue work may follow the verb ("worked the entire night for search and rescue operations"). */
const WORK_WITHIN = 8;

/**
 * People who work in a rescue, search or relief operation were sent to it: "More than 200 persons
 * have worked through the night for search and rescue operations" is 200 deployed (responders,
 * `other`). Only plain people nouns: troops and police at work are the cues' ("500 soldiers are
 * taking part in rescue operations"), and work that is no rescue ("worked at the factory") is none.
 */
export const rescueWork: FigureRule = {
  name: 'people who work in a rescue operation were deployed',
  examples: [
    {
      text: 'Over 600 people including firefighters and volunteers joined the search operations.',
      metric: 'deployed',
      subject: 'other',
      value: 600,
    },
    {
      text: 'Some 90 people joined the search and rescue operation overnight.',
      metric: 'deployed',
      subject: 'other',
      value: 90,
    },
    {
      text: 'More than 300 residents joined the relief work in the district.',
      metric: 'deployed',
      subject: 'other',
      value: 300,
    },
    {
      text: 'More than 200 persons have worked through the night for search and rescue operations.',
      metric: 'deployed',
      subject: 'other',
      value: 200,
    },
    {
      text: 'Some 300 people are working on the rescue operation in the valley.',
      metric: 'deployed',
      subject: 'other',
      value: 300,
    },
    {
      text: 'About 150 men took part in the search and recovery effort overnight.',
      metric: 'deployed',
      subject: 'other',
      value: 150,
    },
    {
      text: 'Nearly 500 locals have been engaged in relief work since Sunday.',
      metric: 'deployed',
      subject: 'other',
      value: 500,
    },
  ],
  read(frame) {
    const after = tokensAfter(frame);
    const noun = after.slice(0, 2).find((t) => subjectOf(t.text));
    if (!noun || !PLAIN_PEOPLE.has(subjectOf(noun.text)!.subject)) return null;
    const verb = after
      .slice(0, VERB_WITHIN)
      .findIndex((t) => WORKING_VERBS.has(t.lemma) || WORKING_VERBS.has(t.lower));
    if (verb < 0) return null;
    const rest = after.slice(verb + 1, verb + 1 + WORK_WITHIN);
    for (let k = 0; k < rest.length; k++) {
      const end = RESCUE_WORK.has(rest[k].lemma) ? workNounAfter(rest, k) : -1;
      if (end >= 0)
        return {
          metric: 'deployed',
          subject: 'other',
          quoteStart: frame.start,
          quoteEnd: rest[end].end,
        };
    }
    return null;
  },
};

/** "rescue operations", "search and rescue operations", "relief work": where the work noun is, or -1. */
function workNounAfter(tokens: { lemma: string }[], k: number): number {
  for (let j = k + 1; j < tokens.length && j <= k + 3; j++) {
    if (WORK_NOUNS.has(tokens[j].lemma)) return j;
    if (!RESCUE_WORK.has(tokens[j].lemma) && tokens[j].lemma !== 'and') return -1;
  }
  return -1;
}
const WORK_NOUNS: ReadonlySet<string> = new Set(['operation', 'effort', 'work', 'mission', 'team']);
