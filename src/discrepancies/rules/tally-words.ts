// PURE: a figure worded as a tally of bodies recovered ("63 bodies were recovered during
// searches", "rescue teams found the bodies of 13 people", "five bodies had been retrieved") or
// examined ("Fourteen out of 15 postmortems showed death by gunshot wounds"): a
// count so far of a quantity whose total others give. (A morgue's count is not one: diplomats cite
// the main morgue's count as the toll, "the number of dead in the Al-Muaysem morgue was 550".)
// It is compared like any figure, but a flag leads with figures worded as totals when it has them
// (origin-values.ts chooseLeadPair). A quote that names the toll ("the death toll has risen to 87
// ... bodies") gives the total whatever else it counts.

/** Data: the words of a tally of bodies recovered. */
export const TALLY_WORDS: readonly string[] = ['bodies', 'body']
  // the bodies examined so far: "Fourteen out of 15 postmortems showed death by gunshot wounds"
  .concat(['postmortems', 'postmortem', 'post-mortems', 'post-mortem', 'autopsies', 'autopsy']);

/** Data: the words that name the quantity's total. */
export const TOTAL_WORDS: readonly string[] = ['toll', 'tolls'];

const wordsPattern = (words: readonly string[]) =>
  new RegExp(`\\b(?:${words.map((w) => w.replace(/ /g, '\\s+')).join('|')})\\b`, 'i');
const TALLY = wordsPattern(TALLY_WORDS);
const TOTAL = wordsPattern(TOTAL_WORDS);

/** Whether the quote gives its figure as a tally of bodies recovered, not a total. */
export function saysTally(quote: string | null | undefined): boolean {
  return typeof quote === 'string' && TALLY.test(quote) && !TOTAL.test(quote);
}
