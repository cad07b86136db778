import type { SkipRule } from '../figure-reading';

/**
 * "rose from 164 to 225": the figure a count went from is the past, the one it went to the claim.
 * "estimates ranging from 275,000 to 325,000" is one range, not a change.
 */
export const fromFigure: SkipRule = {
  name: 'the figure a count went from',
  examples: [
    { text: 'The death toll rose from 164 to 225.', value: 164 },
    { text: 'Arrests climbed from 40 to 95 over the weekend.', value: 40 },
    { text: 'The number of the missing fell from 12 to 7.', value: 12 },
  ],
  applies: ({ leftFull, rightFull }) =>
    !/\brang(?:e|es|ed|ing)\s+from\s*$/i.test(leftFull) &&
    /\bfrom\s*$/i.test(leftFull) &&
    /^\s*(?:to|-|–)\s*$/.test(rightFull),
};
