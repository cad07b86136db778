import type { FigureRule } from '../figure-frame';
import { tokensBefore } from '../figure-frame';
import { COMPARING_WORDS, COUNT_NOUNS } from '../frame-lexicon';
import { quantityOf } from '../noun-phrase';

/** What links a count's noun to its figure: "a higher number: 749", "a revised figure of 120". */
const LINKS: ReadonlySet<string> = new Set([':', 'of']);

/**
 * A count set against the one before it, named only by a comparing word and a count noun: "Saab
 * had a way higher number: 749", "The ministry gave a higher figure of 120". It counts the quantity
 * the sentence names, else the one the text counted just before.
 */
export const comparedCount: FigureRule = {
  name: 'a count compared with the one before counts the same quantity',
  examples: [
    {
      text: 'Police reported 40 arrests. The ministry gave a higher figure: 120.',
      metric: 'detained',
      subject: 'people',
      value: 120,
    },
    {
      text: 'Romero counted 278 detentions. The prosecutor had a way higher number: 749.',
      metric: 'detained',
      subject: 'people',
      value: 749,
    },
    {
      text: 'Six people died. About the detentions, Lagos was the state with the highest number: 38.',
      metric: 'detained',
      subject: 'people',
      value: 38,
    },
    {
      text: 'The army said 12 soldiers were killed; rebels gave a different figure of 40.',
      metric: 'killed',
      subject: 'military',
      value: 40,
    },
  ],
  read(frame) {
    const before = tokensBefore(frame);
    const k = before.length;
    if (k < 3 || !LINKS.has(before[k - 1].lower) || !COUNT_NOUNS.has(before[k - 2].lemma))
      return null;
    const comparing = before[k - 3];
    if (!COMPARING_WORDS.has(comparing.lower)) return null;
    // "About the detentions, … the state with the highest number: 38": the sentence's own quantity
    const named = quantityOf(before.slice(0, k - 3)).metric;
    const metric = named ?? frame.previous?.metric;
    if (!metric) return null;
    return {
      metric,
      subject: metric === frame.previous?.metric ? frame.previous.subject : 'people',
      quoteStart: comparing.start,
      quoteEnd: frame.end,
    };
  },
};
