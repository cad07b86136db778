import { resolvePlace } from '../../../../geo/gazetteer';
import type { FigureRule } from '../figure-frame';
import { tokensAfter, tokensBefore } from '../figure-frame';
import { quantityOf } from '../noun-phrase';

/** What may close a list item after its figure: the next item, the list's end, or "3 each". */
const ITEM_END = new Set([';', ':', '.', 'each', ')']);

/**
 * A figure listed after its place: "The other confirmed deaths were from Cameroon, 20; Niger, 19",
 * "Indonesia, Kenya and Nigeria, 3 each". The quantity is the one the sentence names before the
 * list (or the last one counted); each item is a part of it.
 */
export const listedByPlace: FigureRule = {
  name: 'a list of places, each with its figure',
  examples: [
    {
      text: 'The other confirmed deaths were from Cameroon, 20; Niger, 19; India, 18.',
      metric: 'killed',
      subject: 'people',
      value: 19,
    },
    {
      text: 'Deaths were reported in Nepal, 12; India, 4; and Bangladesh, 2.',
      metric: 'killed',
      subject: 'people',
      value: 4,
    },
    {
      text: 'The injured came from Chad, 11; Mali, 7; and Niger, 5.',
      metric: 'injured',
      subject: 'people',
      value: 7,
    },
    {
      text: 'Arrests by province were Tehran, 120; Isfahan, 45; Shiraz, 30.',
      metric: 'detained',
      subject: 'people',
      value: 45,
    },
    {
      text: 'Fatalities by country: Egypt, 14; Indonesia, Kenya and Nigeria, 3 each.',
      metric: 'killed',
      subject: 'people',
      value: 3,
    },
  ],
  read(frame) {
    if (frame.start !== frame.figureStart) return null;
    const before = tokensBefore(frame);
    const after = tokensAfter(frame);
    if (after.length && !ITEM_END.has(after[0].lower)) return null;
    const comma = before.length - 1;
    if (comma < 1 || before[comma].text !== ',') return null;
    const place = placeEndingAt(before, comma);
    if (!place) return null;
    const named = quantityOf(before.slice(0, place.from));
    const metric = named.metric ?? frame.previous?.metric;
    if (!metric) return null;
    const each = after[0]?.lower === 'each' ? after[0].end : frame.end;
    return { metric, subject: 'people', quoteStart: before[place.from].start, quoteEnd: each };
  },
};

/** The place name (one to three words, "the Netherlands") right before token `end`, if the gazetteer knows it. */
function placeEndingAt(
  tokens: { text: string; start: number; end: number }[],
  end: number,
): { from: number } | null {
  for (let from = end - 1; from >= Math.max(0, end - 3); from--) {
    if (!/^\p{Lu}/u.test(tokens[from].text)) break;
    const name = tokens
      .slice(from, end)
      .map((t) => t.text)
      .join(' ');
    if (resolvePlace(name)) return { from };
  }
  return null;
}
