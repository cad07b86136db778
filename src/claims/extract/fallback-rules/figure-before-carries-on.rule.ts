import type { FallbackRule } from '../figure-reading';
import type { FigureWindow } from '../figure-window';
import { anyOf } from '../word-pattern';
import { previousCarriesOn } from './continues-previous';

/** "and seven in Southvale": a place right after an elliptical figure. */
const PLACE_AFTER = /^\s*(?:others?\s+|more\s+)?(?:in|at|across|near)\s+(?:the\s+)?\p{Lu}/u;
const PLACE_WORDS =
  /^\s*(?:others?\s+|more\s+)?(?:in|at|across|near)\s+(?:the\s+)?(?:\p{Lu}[\p{L}'’-]*\s*)+/u;
/** "down from the 174 given earlier", "up from an earlier figure of 30". */
const EARLIER_WORDS = ['earlier', 'previous', 'initial', 'first', 'original'];
const COUNT_NOUNS = ['figure', 'toll', 'tally', 'count', 'estimate'];
const MOVED_FROM = new RegExp(
  String.raw`\b(?:down|up)\s+from\s+(?:the\s+|an?\s+)?(?:${anyOf(EARLIER_WORDS)}\s+)?(?:${anyOf(COUNT_NOUNS)}\s+of\s+)?$`,
  'i',
);

/** One wording that lets the figure right before carry on, and where its quote ends. */
interface CarryingOn {
  carries(w: FigureWindow): boolean;
  quoteEnd?(w: FigureWindow): number;
}
const WORDINGS: readonly CarryingOn[] = [
  // ellipsis: "46 died in one town, officials said, and seven in another"
  {
    carries: ({ leftFull, right }) =>
      /(?:^|[,\s])and\s*$/i.test(leftFull) && PLACE_AFTER.test(right),
    quoteEnd: ({ rangeEnd, right }) =>
      rangeEnd + (PLACE_WORDS.exec(right)?.[0].trimEnd().length ?? 0),
  },
  // the earlier figure a count moved from: "revised the toll to 125, down from the 174 given earlier"
  { carries: ({ leftCore }) => MOVED_FROM.test(leftCore) },
];

/**
 * The figure right before carries on, its metric and subject, into a figure that names neither:
 * "46 people died in Northtown and seven in Southvale", "90 people were injured, up from 61".
 */
export const figureBeforeCarriesOn: FallbackRule = {
  name: 'the figure right before carries on',
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
    {
      text: 'Officials revised the death toll to 125, down from the 174 given earlier.',
      metric: 'killed',
      subject: 'people',
      value: 174,
    },
    {
      text: 'The ministry said 90 people were injured, up from 61.',
      metric: 'injured',
      subject: 'people',
      value: 61,
    },
    {
      text: 'Police said 45 protesters were detained, up from an earlier figure of 30.',
      metric: 'detained',
      subject: 'protesters',
      value: 30,
    },
  ],
  apply(w) {
    const led = previousCarriesOn(w);
    const wording = led ? WORDINGS.find((c) => c.carries(w)) : undefined;
    if (!led || !wording) return null;
    return {
      metric: led.metric,
      subject: led.subject,
      ...(wording.quoteEnd ? { cueEnd: wording.quoteEnd(w) } : {}),
    };
  },
};
