import type { FallbackRule } from '../figure-reading';
import { anyOf } from '../word-pattern';

/** What a count did to reach its new figure. */
const RISE_VERBS = [
  'rose',
  'risen',
  'climbed',
  'jumped',
  'increased',
  'grew',
  'soared',
  'went up',
  'reached',
  'hit',
  'stood at',
  'stands at',
];
const IT_ROSE = new RegExp(
  String.raw`\b(?:it|that|this)\s+(?:had\s+|has\s+|then\s+|later\s+|now\s+)*${anyOf(RISE_VERBS)}\s*(?:to\s*)?$`,
  'iu',
);
const EARLIER_WORDS = ['earlier', 'previous', 'initial', 'original', 'first', 'old', 'prior'];
const COUNT_NOUNS = ['figure', 'number', 'count', 'tally', 'total', 'toll', 'estimate'];
const EARLIER_FIGURE_WAS = new RegExp(
  String.raw`\b(?:the\s+|its\s+|their\s+|an?\s+)?${anyOf(EARLIER_WORDS)}\s+${anyOf(COUNT_NOUNS)}\s+(?:was|had been|stood at|of)\s*$`,
  'i',
);

/** "on Tuesday it rose to 2,901", "the earlier figure was 359": the quantity named before carries on. */
export const quantityGoesOn: FallbackRule = {
  name: 'the quantity named before goes on',
  examples: [
    {
      text: 'The toll stood at 2,500 on Monday; on Tuesday it rose to 2,901.',
      metric: 'killed',
      subject: 'people',
      value: 2901,
    },
    {
      text: '400 people were killed, officials said. The earlier figure was 359.',
      metric: 'killed',
      subject: 'people',
      value: 359,
    },
    {
      text: 'Police detained 80 protesters; by nightfall that had climbed to 120.',
      metric: 'detained',
      subject: 'protesters',
      value: 120,
    },
  ],
  apply({ lastDraft, prevMetric, prevSubject, leftCore }) {
    const metric = lastDraft?.metric ?? prevMetric;
    if (!metric || !(IT_ROSE.test(leftCore) || EARLIER_FIGURE_WAS.test(leftCore))) return null;
    return { metric, subject: lastDraft?.subject ?? prevSubject };
  },
};
