// Dates in a sentence that do not date its figure, each a named rule with its examples: asOf is
// the date a count is given for, never the day a period began nor the day of an event it names.
import { anyOf } from './word-pattern';

export interface DateRule {
  name: string;
  /** Sentences with the date the rule passes over, and the asOf they keep (null: none stated). */
  examples: { text: string; ref: string; asOf: string | null }[];
  /** True when the date written at [start, end) of `sentence` does not date the figure. */
  skips(sentence: string, start: number, end: number): boolean;
}

/** Words that open a period: the date after them is when counting began. */
const PERIOD_OPENERS = ['since', 'starting', 'beginning'];
/**
 * "since the October 9 election", "since the vote on", "from 21 October", "from Monday's quakes": a
 * few words at most after "since"; none but an article after "from" ("from the rubble on Tuesday"
 * dates the rescue).
 */
const OPENS_PERIOD = new RegExp(
  String.raw`(?:\b${anyOf(PERIOD_OPENERS)}\s+(?:(?:the|a|an|its|their)\s+)?(?:[\p{L}-]+\s+){0,3}(?:(?:on|of)\s+)?|\bfrom\s+(?:the\s+)?)$`,
  'iu',
);
/**
 * A period's start that still dates the figure: "since Monday, when an official put it at 4,310";
 * "have not updated this figure since Sunday" (the figure stands as it was on that day).
 */
const STILL_DATES_AFTER = /^\s*,?\s*when\b/i;
const STILL_DATES_BEFORE = /\b(?:not|no|never|n['’]t)\b(?:[^,;]|,(?=\d))*$/i;

/** Events a date names rather than dating a count: "the October 9 election", "polls on 9 October". */
const EVENT_NOUNS = [
  ...['election', 'elections', 'vote', 'polls', 'ballot', 'referendum', 'runoff', 'run-off'],
  ...['inauguration', 'ruling', 'verdict', 'announcement', 'results'],
];
const EVENT_AFTER = new RegExp(String.raw`^\s*(?:[\p{L}-]+\s+)?${anyOf(EVENT_NOUNS)}\b`, 'iu');
const EVENT_BEFORE = new RegExp(
  String.raw`\b${anyOf(EVENT_NOUNS)}\s+(?:(?:were|was)\s+)?(?:held\s+)?(?:on|of)\s+$`,
  'iu',
);

export const periodStart: DateRule = {
  name: 'the date a period starts from is not the date of its count',
  examples: [
    {
      text: 'At least 21 people have been killed since the October 9 election.',
      ref: '2024-10-29',
      asOf: null,
    },
    {
      text: 'The total rose to 103 from 21 October up to yesterday (Saturday 7 December).',
      ref: '2024-12-09',
      asOf: '2024-12-07',
    },
    { text: 'Since 3 March, 54 people have died.', ref: '2024-03-20', asOf: null },
    {
      text: 'The death toll from Monday’s earthquakes has risen to 5,102.',
      ref: '2023-02-08',
      asOf: null,
    },
    {
      text: 'Starting on Monday, police arrested 300 people, they said on Thursday.',
      ref: '2024-03-22',
      asOf: '2024-03-21',
    },
  ],
  skips: (sentence, start, end) =>
    OPENS_PERIOD.test(sentence.slice(0, start)) &&
    !STILL_DATES_AFTER.test(sentence.slice(end)) &&
    !STILL_DATES_BEFORE.test(sentence.slice(0, start)),
};

export const eventDay: DateRule = {
  name: 'a date that names an election or a ruling is not the date of a count',
  examples: [
    {
      text: 'Protests after the October 9 vote have left 30 people dead, the group said on Monday.',
      ref: '2024-11-06',
      asOf: '2024-11-04',
    },
    {
      text: 'Twenty people died in clashes over the elections held on 9 October.',
      ref: '2024-10-29',
      asOf: null,
    },
    {
      text: 'The 11 December ruling sparked riots in which 12 people were killed.',
      ref: '2024-12-20',
      asOf: null,
    },
    {
      text: 'At least 50 were arrested after the results of the 24 October announcement.',
      ref: '2024-11-01',
      asOf: null,
    },
  ],
  skips: (sentence, start, end) =>
    EVENT_AFTER.test(sentence.slice(end)) || EVENT_BEFORE.test(sentence.slice(0, start)),
};

export const DATE_RULES: readonly DateRule[] = [periodStart, eventDay];

export function skipsDate(sentence: string, start: number, end: number): boolean {
  // chrono's text may open with its preposition ("on 9 October"): the rules read the date itself
  const lead = /^\(?(?:on|of|at)\s+/i.exec(sentence.slice(start, end))?.[0].length ?? 0;
  return DATE_RULES.some((rule) => rule.skips(sentence, start + lead, end));
}
