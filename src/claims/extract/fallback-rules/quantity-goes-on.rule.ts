import type { FallbackRule } from '../figure-reading';
import { anyOf } from '../word-pattern';
import { puttingTheCount } from './putting-a-figure';

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

/** "police put the figure at 41": a count put at a value, its noun no quantity of its own. */
const PUT_AT = new RegExp(
  String.raw`${puttingTheCount(['figure', 'number', 'count', 'tally', 'total'])}\s+at\s*$`,
  'i',
);
/** Verbs by which a speaker gives the count named before ("the governor said it was only 58"). */
const SAYING = ['said', 'says', 'say', 'insisted', 'insists', 'claimed', 'claims', 'maintained'];
/** What the count "was" to the speaker: "it was only 58", "it was closer to 90", "it now stands at". */
const WAS = ['was', 'is', 'had been', 'has been', 'stood at', 'stands at', 'remained', 'remains'];
const SAID_IT_WAS = new RegExp(
  String.raw`\b${anyOf(SAYING)}\s+(?:that\s+)?(?:it|the\s+(?:real\s+|true\s+|actual\s+)?(?:figure|number|toll|total|count))\s+` +
    String.raw`(?:(?:now|actually|really|in fact)\s+)?${anyOf(WAS)}\s+(?:(?:only|just|actually|closer to|nearer to)\s+)?$`,
  'iu',
);
/** The wordings that give the quantity named before a new value, or an old one. */
const GOES_ON: readonly RegExp[] = [IT_ROSE, EARLIER_FIGURE_WAS, PUT_AT, SAID_IT_WAS];

/**
 * "on Tuesday it rose to 2,901", "the earlier figure was 359", "police put the figure at 41": the
 * quantity named before carries on (the figure's own words name no quantity, only "it", "the
 * figure" or "the number").
 */
export const quantityGoesOn: FallbackRule = {
  name: 'the quantity named before goes on',
  examples: [
    {
      text: 'Organisers said 100,000 people marched, but police put the figure at 41,000.',
      metric: 'participants',
      subject: 'protesters',
      value: 41000,
    },
    {
      text: 'Dozens were reported killed. The ministry put the number at 41.',
      metric: 'killed',
      subject: 'people',
      value: 41,
    },
    {
      text: 'Hundreds of protesters were arrested; a rights group estimates the total at 1,300.',
      metric: 'detained',
      subject: 'protesters',
      value: 1300,
    },
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
      text: 'The ministry put the toll at 30, but the governor said it was only 12.',
      metric: 'killed',
      subject: 'people',
      value: 12,
    },
    {
      text: 'Police counted 40 arrests; organisers said it was closer to 90.',
      metric: 'detained',
      subject: 'people',
      value: 90,
    },
    {
      text: '58 people were killed, officials said. The opposition insists the real figure is 100.',
      metric: 'killed',
      subject: 'people',
      value: 100,
    },
    {
      text: 'Some 12 people were reported missing. The mayor says that it now stands at 20.',
      metric: 'missing',
      subject: 'people',
      value: 20,
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
    if (!metric || !GOES_ON.some((re) => re.test(leftCore))) return null;
    return { metric, subject: lastDraft?.subject ?? prevSubject };
  },
};
