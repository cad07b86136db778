import type { SpeechVerbRule } from './speech-verb-rule';

const BELIEVE = /^believ/;

/**
 * Whoever believes a figure gives it ("The 30 people police believe were killed"); "believed to
 * have died" is a passive with no believer named.
 */
export const believed: SpeechVerbRule = {
  name: 'a believer named before "believe" is a source; "believed to" names none',
  examples: [
    {
      text: 'The 30 people police believe were killed in the blast have not been named.',
      verb: 'believe',
      namesSource: true,
      source: 'police',
    },
    {
      text: 'Officials believe 200 people are still missing.',
      verb: 'believe',
      namesSource: true,
      source: 'Officials',
    },
    {
      text: 'The toll stood at 1,081, with close to 70 Indians believed to have died.',
      verb: 'believed',
      namesSource: false,
    },
    {
      text: 'Some 40 people are believed to be trapped.',
      verb: 'believed',
      namesSource: false,
    },
  ],
  isNotSpeech: (verb, after) => BELIEVE.test(verb) && /^\s+to\b/i.test(after),
};
