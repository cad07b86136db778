import { RESPONDERS } from '../../lexicon';
import type { FigureRule } from '../figure-frame';
import { tokensAfter } from '../figure-frame';

/** Words that may stand between the figure and the responders' noun: "160 international rescuers". */
const MODIFIERS_WITHIN = 2;
const MODIFIER_TAGS: ReadonlySet<string> = new Set(['ADJ', 'PROPN', 'NOUN']);

/**
 * Responders counted by their own noun are the force at hand, though no verb sends them: "resumed
 * with more than 160 rescuers", "More than 9,000 international rescuers", "A total of 1,100 rescue
 * personnel". A figure the cues read first ("3 rescuers were killed") never reaches this rule.
 */
export const respondersAtHand: FigureRule = {
  name: 'responders counted by their noun are deployed',
  examples: [
    {
      text: 'The search resumed on Friday with more than 160 rescuers including police and soldiers.',
      metric: 'deployed',
      subject: 'other',
      value: 160,
    },
    {
      text: 'More than 9,000 international rescuers from 65 countries.',
      metric: 'deployed',
      subject: 'other',
      value: 9000,
    },
    {
      text: 'Nearly 300 rescue workers and sniffer dogs searched the rubble overnight.',
      metric: 'deployed',
      subject: 'other',
      value: 300,
    },
    {
      text: 'The search resumed at dawn with 40 firefighters and two helicopters.',
      metric: 'deployed',
      subject: 'other',
      value: 40,
    },
    {
      text: 'Some 1,100 rescue personnel combed the hillside on Tuesday.',
      metric: 'deployed',
      subject: 'other',
      value: 1100,
    },
  ],
  read(frame) {
    const after = tokensAfter(frame).slice(0, MODIFIERS_WITHIN + 3);
    for (let k = 0; k <= MODIFIERS_WITHIN && k < after.length; k++) {
      const rest = frame.sentence.slice(after[k].start);
      const m = new RegExp(`^${RESPONDERS.source}`, 'i').exec(rest);
      if (m)
        return {
          metric: 'deployed',
          subject: 'other',
          quoteStart: frame.start,
          quoteEnd: after[k].start + m[0].length,
        };
      if (!MODIFIER_TAGS.has(after[k].pos)) return null;
    }
    return null;
  },
};
