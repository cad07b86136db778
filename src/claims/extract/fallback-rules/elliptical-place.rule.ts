import type { FallbackRule } from '../figure-reading';
import { previousCarriesOn } from './continues-previous';

const PLACE_AFTER = /^\s*(?:others?\s+|more\s+)?(?:in|at|across|near)\s+(?:the\s+)?\p{Lu}/u;
const PLACE_WORDS =
  /^\s*(?:others?\s+|more\s+)?(?:in|at|across|near)\s+(?:the\s+)?(?:\p{Lu}[\p{L}'’-]*\s*)+/u;

/** Ellipsis: "46 died in one town, officials said, and seven in another": the metric and subject carry over. */
export const ellipticalPlace: FallbackRule = {
  name: 'an elliptical figure set in another place',
  examples: [
    {
      text: '46 people died in Northtown and seven in Southvale.',
      metric: 'killed',
      subject: 'people',
      value: 7,
    },
    {
      text: 'Police arrested 30 protesters in the capital and 12 in Eastport.',
      metric: 'detained',
      subject: 'protesters',
      value: 12,
    },
    {
      text: 'Ten soldiers were wounded in the north and three in Westbrook.',
      metric: 'injured',
      subject: 'military',
      value: 3,
    },
  ],
  apply(w) {
    const led = previousCarriesOn(w);
    if (!led || !/(?:^|[,\s])and\s*$/i.test(w.leftFull) || !PLACE_AFTER.test(w.right)) return null;
    return {
      metric: led.metric,
      subject: led.subject,
      cueEnd: w.rangeEnd + (PLACE_WORDS.exec(w.right)?.[0].trimEnd().length ?? 0),
    };
  },
};
