// A second count of the same quantity, in brackets after the first: "put the toll at 249 (official
// tally 167)", "240 missing (official figure: 191)". The bracketed figure repeats the quantity of the
// figure before it; whose count it is, its own words say ("official tally").
import { sameQuantityAs, type Draft } from '../draft';
import type { NumberMention } from '../numbers';

const TALLY_WORDS = '(?:tally|figure|figures|count|toll|estimate|number|data)';
/** Between the led figure and the bracketed one: "(official tally ", " were missing (police figure: ". */
const OPENS_TALLY = new RegExp(
  `^(?:\\s+[\\p{L}-]+){0,4}\\s*\\(\\s*(?:the\\s+)?((?:[\\p{L}'’-]+\\s+){0,2}${TALLY_WORDS})\\s*(?:[:=,]|\\bat\\b|\\bof\\b|\\bis\\b|\\bwas\\b)?\\s*$`,
  'iu',
);
const CLOSES = /^\s*\)/;

export const parentheticalTally = {
  name: 'parenthetical tally',
  examples: [
    'Unconfirmed reports put the death toll at 249 (official tally 167).',
    'while 240 were feared missing (official figure: 191)',
  ],
  apply(s: string, nums: NumberMention[], drafts: (Draft | null)[]): void {
    for (let i = 1; i < nums.length; i++) {
      const led = drafts[i - 1];
      if (drafts[i] || !led || led.increment) continue;
      const opens = OPENS_TALLY.exec(s.slice(nums[i - 1].end, nums[i].start));
      if (!opens || !CLOSES.test(s.slice(nums[i].end))) continue;
      const qs = nums[i].start - opens[0].length + opens[0].indexOf(opens[1]);
      drafts[i] = sameQuantityAs(led, nums[i], qs);
    }
  },
};

/** The source a bracketed tally names: "official tally 167" → "official tally". */
export function tallySource(quote: string): string | null {
  const m = new RegExp(`^((?:[\\p{L}'’-]+\\s+){0,2}${TALLY_WORDS})\\b`, 'iu').exec(quote);
  return m && !/^(?:the\s+)?(?:death\s+)?(?:toll|tally|count|figure|number)$/i.test(m[1])
    ? m[1]
    : null;
}
