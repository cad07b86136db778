import type { Token } from '../../tokens';
import type { FigureRule } from '../figure-frame';
import { tokensBefore } from '../figure-frame';
import { AMOUNT_LINKS, AMOUNT_VERBS } from '../frame-lexicon';
import { phraseEndingAt, quantityOf, subjectOfPhrase } from '../noun-phrase';

/**
 * A quantity whose size is given as a vague amount, said or foreseen: "the toll would be in the
 * hundreds", "deaths could run into the hundreds", "the dead number in the thousands", "those killed
 * are feared to be in the dozens". The speaker's estimate is a claim (DESIGN.md §3: the vague word's
 * point, its interval to the next order of magnitude), however hedged; a bound a toll "could exceed"
 * is no amount and stays with quantityLevel's forecasts.
 */
export const amountAsPredicate: FigureRule = {
  name: 'a quantity whose size is a vague amount',
  examples: [
    {
      text: 'A senior official said the death toll would be in the hundreds.',
      metric: 'killed',
      subject: 'people',
      value: 100,
    },
    {
      text: 'Deaths could run into the thousands, the agency warned.',
      metric: 'killed',
      subject: 'people',
      value: 1000,
    },
    {
      text: 'The dead number in the thousands, local officials say.',
      metric: 'killed',
      subject: 'people',
      value: 1000,
    },
    {
      text: 'Those missing are feared to be in the dozens.',
      metric: 'missing',
      subject: 'people',
      value: 12,
    },
    {
      text: 'Arrests have run into the hundreds since Friday.',
      metric: 'detained',
      subject: 'people',
      value: 100,
    },
    {
      text: 'Civilian deaths are likely to be in the hundreds.',
      metric: 'killed',
      subject: 'civilians',
      value: 100,
    },
  ],
  read(frame) {
    if (!VAGUE_WORD.test(frame.sentence.slice(frame.figureStart, frame.end))) return null;
    const before = tokensBefore(frame);
    const linkAt = amountLink(before);
    if (linkAt < 0) return null;
    const verbAt = verbChainStart(before, linkAt);
    if (verbAt === linkAt) return null;
    const np = phraseEndingAt(before, verbAt);
    const { metric, at } = quantityOf(np);
    // "losses ran into the hundreds of millions" is money, not an army's dead
    if (!metric || MONEY_LIKE.has(np[at].lower)) return null;
    return {
      metric,
      subject: subjectOfPhrase(np, at) ?? 'people',
      quoteStart: np[Math.max(0, determinerAt(np, at))].start,
      quoteEnd: frame.end,
    };
  },
};

/** Quantity nouns that also count money: "losses ran into the hundreds of millions". */
const MONEY_LIKE = new Set(['loss', 'losses']);

/** The vague amounts the rule reads: a count in words of its order of magnitude. */
const VAGUE_WORD = /^(?:tens|dozens|scores|hundreds|thousands|millions|several|a few)\b/i;
/** Where "in the" / "into the" / "reach the" starts right before the amount, else -1. */
function amountLink(before: Token[]): number {
  const k = before.length;
  if (k < 2 || before[k - 1].lower !== 'the') return -1;
  if (AMOUNT_LINKS.has(before[k - 2].lower)) return k - 2;
  // "could reach the thousands": the verb is the link
  return before[k - 2].lemma === 'reach' ? k - 1 : -1;
}

/** The start of the verb chain before the link: "would be", "are feared to be", "could run", "number". */
function verbChainStart(before: Token[], end: number): number {
  let k = end;
  while (k > 0 && (AMOUNT_VERBS.has(before[k - 1].lower) || /ly$/.test(before[k - 1].lower))) k--;
  return k;
}

/** The determiner that opens the quantity's phrase, for the quote: "the death toll". */
function determinerAt(np: Token[], at: number): number {
  for (let i = at; i >= 0; i--) if (np[i].pos === 'DET' || np[i].pos === 'PRON') return i;
  return at - 1 >= 0 && np[at - 1].pos === 'ADJ' ? at - 1 : at;
}
