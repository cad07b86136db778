import type { SkipRule } from '../figure-reading';
import { isDenominator } from '../figure-window';

/** "90 of the village's roughly 200 inhabitants": the second figure is the population a share is taken of. */
export const population: SkipRule = {
  name: 'the population a share is taken of',
  examples: [
    { text: "90 of the village's roughly 200 inhabitants were killed.", value: 200 },
    { text: "60 of the hamlet's 350 residents had died.", value: 350 },
    { text: 'Floods displaced 400 of the town’s 2,000 families.', value: 2000 },
  ],
  applies: ({ s, nums, i }) => isDenominator(s, nums, i),
};
