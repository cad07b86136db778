import type { SkipRule } from '../figure-reading';

/** A change is no total: "the toll rose by 12" says nothing of how many died. */
export const changeBy: SkipRule = {
  name: 'a change by a figure',
  examples: [
    { text: 'The death toll rose by 12 overnight.', value: 12 },
    { text: 'The number of people arrested increased by 30 on Monday.', value: 30 },
    { text: 'The tally of the injured jumped by 45.', value: 45 },
  ],
  applies: ({ leftFull }) =>
    /\b(?:rose|risen|rising|increased?|increasing|grew|jumped|climbed|up|down|fell|dropped|decreased?)\s+by\s*$/i.test(
      leftFull,
    ),
};
