import type { FallbackRule } from '../figure-reading';
import { anyOf } from '../word-pattern';
import { previousCarriesOn } from './continues-previous';

const EARLIER_WORDS = ['earlier', 'previous', 'initial', 'first', 'original'];
const COUNT_NOUNS = ['figure', 'toll', 'tally', 'count', 'estimate'];
const MOVED_FROM = new RegExp(
  String.raw`\b(?:down|up)\s+from\s+(?:the\s+|an?\s+)?(?:${anyOf(EARLIER_WORDS)}\s+)?(?:${anyOf(COUNT_NOUNS)}\s+of\s+)?$`,
  'i',
);

/** "revised the toll to 125, down from the 174 given earlier": the earlier figure of the same quantity. */
export const downFrom: FallbackRule = {
  name: 'the earlier figure a count moved from',
  examples: [
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
    if (!led || !MOVED_FROM.test(w.leftCore)) return null;
    return { metric: led.metric, subject: led.subject };
  },
};
