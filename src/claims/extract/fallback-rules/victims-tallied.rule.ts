import type { FallbackRule } from '../figure-reading';
import { anyOf, wordsBefore } from '../word-pattern';

/** Words that set out a tally of victims: "there are", "we can confirm", "have confirmed". */
const TALLYING = [
  String.raw`there (?:are|were|have been|had been)(?: now| so far| already)?`,
  String.raw`(?:can |could )?confirm(?:s|ed)?`,
  String.raw`(?:has|have|had) (?:now |so far )?confirmed`,
];
const TALLIED = wordsBefore(TALLYING);
/** The victims themselves, perhaps "confirmed" or "identified". */
const VICTIMS = /^\s*(?:(?:confirmed|identified|known)\s+)?victims\b/i;
/** Victims of harm that kills no one: "200 victims of the scam". */
const HARMS = ['fraud', 'scams?', 'abuse', 'trafficking', 'rape', 'theft', 'robbery', 'harassment'];
const NOT_DEAD = new RegExp(
  String.raw`^\s*(?:[\p{L}-]+\s+)?victims\s+of\s+(?:the\s+|a\s+)?(?:[\p{L}-]+\s+)?${anyOf(HARMS)}\b`,
  'iu',
);

/**
 * A tally of victims with no word of what befell them counts the dead: "So far there are 59
 * confirmed victims", "I can confirm 14 victims of the horrible crime". A word of harm after the
 * victims ("24 victims are still receiving treatment") is the cue stages' to read first.
 */
export const victimsTallied: FallbackRule = {
  name: 'a tally of victims counts the dead',
  examples: [
    {
      text: 'So far there are 59 confirmed victims, including 13 children.',
      metric: 'killed',
      subject: 'people',
      value: 59,
    },
    {
      text: 'The police chief said there were 14 victims, while 25 people were wounded.',
      metric: 'killed',
      subject: 'people',
      value: 14,
    },
    {
      text: '“At this moment I can confirm 14 victims of the horrible crime,” he said.',
      metric: 'killed',
      subject: 'people',
      value: 14,
    },
    {
      text: 'The coroner has confirmed 30 victims so far.',
      metric: 'killed',
      subject: 'people',
      value: 30,
    },
  ],
  apply({ leftCore, right, n, prevEnd, rangeEnd }) {
    const tally = TALLIED.exec(leftCore);
    const victims = VICTIMS.exec(right);
    if (!tally || !victims || NOT_DEAD.test(right)) return null;
    return {
      metric: 'killed',
      subject: 'people',
      cueStart: Math.max(prevEnd, n.start - 120) + tally.index,
      cueEnd: rangeEnd + victims[0].length,
    };
  },
};
