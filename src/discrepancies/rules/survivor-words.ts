// PURE: a figure worded as people who lived through the event ("23 rescued alive and four confirmed
// dead", "29 survivors and six people confirmed dead", "Twenty-three survived, four died") counts
// the living. When the extractor read the death or the absence named after it into the figure, the
// claim is no figure of the dead or the missing at all: it is left out of the comparison, where it
// led flags as a rival total (23 against 29 killed in a ferry sinking that killed four to six).
// Injured figures are not read so: "80 were rescued and are receiving treatment" counts the hurt.
import type { Metric } from '../../domain/vocabulary';

export const SURVIVOR_WORDING = {
  name: 'a figure of survivors is no count of the dead or the missing',
  metrics: ['killed', 'missing'] as readonly Metric[],
  examples: [
    '23 rescued alive and four confirmed dead',
    '29 survivors and six people confirmed dead',
    'Twenty-three survived, four died',
    '31 people were rescued and four are missing',
    '52 passengers survived and 7 died',
  ],
};

/** Data: the words that give a figure as people alive after the event. */
const SURVIVED_WORDS = ['rescued', 'survived', 'survivors', 'survivor', 'saved']
  .concat(['pulled out alive', 'found alive', 'brought out alive'])
  .join('|');

/** Data: the nouns a figure of people may carry before the word ("52 passengers survived"). */
const PEOPLE = ['people', 'persons', 'passengers', 'crew', 'crew members', 'miners', 'workers']
  .concat(['migrants', 'others', 'children', 'residents', 'victims'])
  .join('|');

/** Data: number words a quote may open with. */
const NUMBER_WORDS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine']
  .concat(['ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen'])
  .concat(['eighteen', 'nineteen', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy'])
  .concat(['eighty', 'ninety', 'hundred', 'dozens', 'hundreds'])
  .join('|');

const OPENING = new RegExp(
  String.raw`^\W*(?:(?:about|around|some|at least|more than|over|nearly|almost)\s+)?` +
    String.raw`(\d[\d,]*|(?:${NUMBER_WORDS})(?:[-\s](?:${NUMBER_WORDS}))?)\s+` +
    String.raw`(?:(?:${PEOPLE})\s+)?(?:(?:were|was|have been|had been|have|had)\s+)?` +
    String.raw`(?:${SURVIVED_WORDS})\b`,
  'i',
);

/**
 * Whether the claim's quote opens with its own figure worded as survivors: the figure in digits
 * must be the claim's value (a quote about 23 survivors does not speak for a claim of 4 dead).
 */
export function saysSurvivors(
  quote: string | null | undefined,
  metric: Metric,
  value: number,
): boolean {
  if (typeof quote !== 'string' || !SURVIVOR_WORDING.metrics.includes(metric)) return false;
  const m = OPENING.exec(quote);
  if (!m) return false;
  const digits = m[1].replace(/,/g, '');
  return !/^\d+$/.test(digits) || Number(digits) === value;
}
