// PURE: a figure its own wording gives as a count that has grown to it ("the death toll has risen
// to 69", "climbed to 72", "already reached 69", "up from 30"): the text says the origin revised its
// count upwards, so the figure is later than the same origin's smaller ones (same-source-revision).
/** Data: the words of a count growing to the figure. */
export const RISE_WORDS: readonly string[] = [
  'rose',
  'risen',
  'rises',
  'rising',
  'climbed',
  'climbs',
  'increased',
  'jumped',
  'reached',
  'swelled',
  'up from',
];

const escape = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
const RISE = new RegExp(`\\b(?:${RISE_WORDS.map(escape).join('|')})\\b`, 'i');

/** Whether the quote gives its figure as a count that grew to it. */
export function saysCountRose(quote: string | null | undefined): boolean {
  return typeof quote === 'string' && RISE.test(quote);
}
