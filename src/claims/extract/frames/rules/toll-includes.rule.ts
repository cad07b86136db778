import { subjectOf } from '../../lexicon';
import type { FigureRule } from '../figure-frame';
import { tokensAfter, tokensBefore } from '../figure-frame';
import { quantityOf } from '../noun-phrase';

/** Punctuation that ends the clause before "includes" (a hyphen does not: "hardest-hit"). */
const CLAUSE_BREAKS = new Set([',', ';', ':', '(', ')', '.']);
/** How far back from "includes" the counted noun may stand ("the death toll in hardest-hit Kerr County"). */
const MAX_PHRASE = 8;

/**
 * A count that "includes" people names a part of it: "the death toll in Kerr County includes 40
 * adults and 28 children" is 40 and 28 killed. Only when the figure counts people (a subject word
 * right after it), so "the toll includes 3 days of fighting" stays no claim.
 */
export const tollIncludes: FigureRule = {
  name: 'a count that includes people counts them',
  examples: [
    {
      text: 'The death toll in hardest-hit Kerr County includes 40 adults and 28 children.',
      metric: 'killed',
      subject: 'children',
      value: 28,
    },
    {
      text: 'The death toll includes 40 adults and 28 children, officials said.',
      metric: 'killed',
      subject: 'people',
      value: 40,
    },
    {
      text: 'The death toll includes 12 children, officials said.',
      metric: 'killed',
      subject: 'children',
      value: 12,
    },
    {
      text: 'The number of injured includes 30 police officers.',
      metric: 'injured',
      subject: 'law_enforcement',
      value: 30,
    },
    {
      text: 'The list of the missing includes four journalists.',
      metric: 'missing',
      subject: 'journalists',
      value: 4,
    },
  ],
  read(frame) {
    const before = tokensBefore(frame);
    const verb = listVerb(before);
    if (verb < 1) return null;
    const phrase = before.slice(Math.max(0, verb - MAX_PHRASE), verb);
    const clauseStart = phrase.map((t) => CLAUSE_BREAKS.has(t.text)).lastIndexOf(true);
    const { metric } = quantityOf(phrase.slice(clauseStart + 1));
    if (!metric) return null;
    const noun = tokensAfter(frame)
      .slice(0, 3)
      .find((t) => subjectOf(t.text));
    if (!noun) return null;
    return {
      metric,
      subject: subjectOf(noun.text)!.subject,
      quoteStart: before[verb].start,
      quoteEnd: noun.end,
      part: true,
    };
  },
};

/** Words a list of counted items may hold between "includes" and a later item ("40 adults and"). */
const LIST_TAGS = new Set(['NUM', 'NOUN', 'ADJ', 'DET', 'CCONJ', 'PUNCT']);
const MAX_LIST = 8;

/** The "includes" the figure follows, right before it or as a later item of its list; else -1. */
function listVerb(before: { lemma: string; pos: string; text: string }[]): number {
  for (let i = before.length - 1; i >= Math.max(0, before.length - 1 - MAX_LIST); i--) {
    if (before[i].lemma === 'include') return i;
    if (!LIST_TAGS.has(before[i].pos) || ['.', ';', ':'].includes(before[i].text)) return -1;
  }
  return -1;
}
