import type { SkipRule } from '../figure-reading';

/** The second figure of a range is its upper bound, read with the first: "between 10 and 15". */
export const secondOfRange: SkipRule = {
  name: 'the second figure of a range',
  examples: [
    { text: 'Between 10 and 15 people were killed.', value: 15 },
    { text: 'Some 200-300 protesters were detained.', value: 300 },
    { text: 'Two or three officers were injured.', value: 3 },
  ],
  applies: ({ i, drafts, n }) =>
    i > 0 && drafts[i - 1]?.qualifier === 'range' && drafts[i - 1]?.high === n.value,
};
