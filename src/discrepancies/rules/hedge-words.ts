// PURE: a figure its own clause gives as something short of a stated count. Two wordings:
//  - a possibility or a fear: "There could be 100 people who died", "nearly 100 dead in total are
//    feared", "hundreds – if not thousands – may have been killed";
//  - a report the text says came earlier than the time it writes at: "Authorities said earlier that
//    … 24 were injured" (beside the police's later 25), "the ministry had initially put the toll at 30".
// Such a figure is still a figure of its quantity and is compared like any other, but a flag leads
// with figures worded as stated counts when it has them (origin-values.ts chooseLeadPair), as it does
// over tallies of bodies (tally-words.ts) and subsets (subset-words.ts). The words are read in the
// clause that holds the quote only: in "64 are dead, … it is believed at least 30-40" the belief is
// about the missing, not the 64.

/** A wording of a figure short of a stated count, read in the quote's clause. */
export interface HedgeWording {
  name: string;
  pattern: RegExp;
  examples: readonly string[];
}

/** Data: modal verbs of possibility, and the verbs of a count they govern ("could be", "may have"). */
const MODALS = ['could', 'may', 'might'];
const MODAL_VERBS = ['be', 'been', 'have', 'rise', 'reach', 'exceed', 'top', 'climb'];
/** Data: adverbs of possibility. */
const POSSIBLY = ['possibly', 'perhaps', 'potentially'];
/** Data: words of fear or belief ("are feared", "it is believed"). */
const FEARED = ['feared', 'fears? that', 'it is believed', 'are believed', 'is believed'];
/** Data: verbs of reporting, and the words that set the report before the text's time. */
const REPORTED = [
  'said',
  'reported',
  'stated',
  'announced',
  'told \\w+',
  'gave',
  'put the \\w+(?: \\w+)?',
];
const BEFORE = ['earlier', 'initially', 'previously', 'first'];
const REPORT_VERBS = ['said', 'reported', 'stated', 'announced', 'put', 'gave', 'told'];

const anyOf = (words: readonly string[]) => `(?:${words.join('|').replace(/ /g, '\\s+')})`;

export const HEDGE_WORDINGS: readonly HedgeWording[] = [
  {
    name: 'a possibility',
    pattern: new RegExp(
      `\\b${anyOf(MODALS)}\\s+(?:well\\s+|even\\s+|have\\s+)?${anyOf(MODAL_VERBS)}\\b|\\b${anyOf(POSSIBLY)}\\b`,
      'i',
    ),
    examples: [
      'There could be 100 people who died as victims of the shipwreck',
      'hundreds – if not thousands – may have been killed',
      'the toll might rise to 40',
    ],
  },
  {
    name: 'a fear or a belief',
    pattern: new RegExp(`\\b${anyOf(FEARED)}\\b`, 'i'),
    examples: ['nearly 100 dead in total are feared', '800 feared dead', 'it is believed 40 died'],
  },
];

export const EARLIER_REPORT_WORDINGS: readonly HedgeWording[] = [
  {
    name: 'a report the text dates before its own',
    pattern: new RegExp(
      `\\b${anyOf(REPORTED)}\\s+earlier\\b|\\b${anyOf(BEFORE)}\\s+${anyOf(REPORT_VERBS)}\\b|\\bearlier\\s+reports?\\b`,
      'i',
    ),
    examples: [
      'Authorities said earlier that more than 15 people were killed and that 24 were injured',
      'the ministry had initially put the toll at 30',
      'earlier reports said 12 had died',
    ],
  },
];

/** Where a clause ends: a comma, semicolon, colon or dash between words, or the sentence's end. */
const CLAUSE_BREAK = /[,;:]\s|\s[–—-]\s|[.!?](?:\s|$)/g;

/**
 * The clause of `sentence` that holds `quote` (the quote itself when it is not found there, or
 * when it spans clauses): the words that speak of that figure.
 */
export function clauseOf(quote: string, sentence: string | null | undefined): string {
  if (!sentence) return quote;
  const at = sentence.indexOf(quote);
  if (at < 0) return quote;
  let start = 0;
  let end = sentence.length;
  for (const m of sentence.matchAll(CLAUSE_BREAK)) {
    const i = m.index;
    if (i < at) start = i + m[0].length;
    else if (i >= at + quote.length) {
      end = i;
      break;
    }
  }
  return sentence.slice(start, end);
}

const says = (wordings: readonly HedgeWording[], quote: unknown, sentence?: string | null) =>
  typeof quote === 'string' && wordings.some((w) => w.pattern.test(clauseOf(quote, sentence)));

/** Whether the quote's clause gives its figure as a possibility or a fear, not a stated count. */
export function saysHedged(quote: string | null | undefined, sentence?: string | null): boolean {
  return says(HEDGE_WORDINGS, quote, sentence);
}

/** Whether the quote's clause gives its figure as a report made before the text's own time. */
export function saysReportedEarlier(
  quote: string | null | undefined,
  sentence?: string | null,
): boolean {
  return says(EARLIER_REPORT_WORDINGS, quote, sentence);
}
