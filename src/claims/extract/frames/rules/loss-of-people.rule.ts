import { subjectOf } from '../../lexicon';
import type { FigureRule } from '../figure-frame';
import { tokensAfter, tokensBefore } from '../figure-frame';

/** Words a mourner uses for the dead: "grieving the loss of", "mourns the deaths of" is a cue already. */
const LOSS_NOUNS = new Set(['loss', 'losses']);

/**
 * Mourning "the loss of" people is mourning their deaths: "the camp is grieving the loss of 27
 * campers". Only when the noun after the figure names people (a subject word), so "the loss of
 * 300 jobs" or "the loss of 40 homes" stay no claim.
 */
export const lossOfPeople: FigureRule = {
  name: 'the loss of people is their death',
  examples: [
    {
      text: 'The camp said it was grieving the loss of 27 campers and counselors.',
      metric: 'killed',
      subject: 'people',
      value: 27,
    },
    {
      text: 'The fishing village is mourning the loss of 12 crew members.',
      metric: 'killed',
      subject: 'people',
      value: 12,
    },
    {
      text: 'Families gathered to mark the loss of 43 passengers.',
      metric: 'killed',
      subject: 'people',
      value: 43,
    },
    {
      text: 'The regiment confirmed the loss of nine soldiers in the ambush.',
      metric: 'killed',
      subject: 'military',
      value: 9,
    },
  ],
  read(frame) {
    const before = tokensBefore(frame);
    const [loss, of] = before.slice(-2);
    if (!loss || of?.lower !== 'of' || !LOSS_NOUNS.has(loss.lower)) return null;
    const noun = tokensAfter(frame)
      .slice(0, 3)
      .find((t) => subjectOf(t.text));
    if (!noun) return null;
    return {
      metric: 'killed',
      subject: subjectOf(noun.text)!.subject,
      quoteStart: loss.start,
      quoteEnd: noun.end,
    };
  },
};
