// A sentence that names no source but goes on with what the paragraph right before reported, and so
// with its source: "The Office of Civil Defense said … ¶ As of 7 AM, 26 deaths have been officially
// confirmed", "According to Alejandro, the toll reached 69 … ¶ Bogo City had the most fatalities
// with 30, followed by San Remigio with 22", "Tsaka stated … ¶ From preliminary estimate, the number
// of dead … could be around 500".

import { anyOf } from './word-pattern';

/** Each way a sentence shows it goes on with the report before it, as a named rule with examples. */
interface ContinuationRule {
  name: string;
  examples: string[];
  pattern: RegExp;
}

export const CONTINUATION_RULES: readonly ContinuationRule[] = [
  {
    name: 'a count confirmed with no one named confirms the last report',
    examples: [
      'As of 7 AM, 26 deaths and 147 injuries have been officially confirmed.',
      'So far 40 arrests have been recorded.',
      'A further 12 deaths had been registered overnight.',
      'In all, 300 injuries have been reported.',
    ],
    pattern: new RegExp(
      String.raw`\b(?:has|have|had)\s+been\s+(?:\p{Ll}+ly\s+)?` +
        String.raw`(?:confirmed|recorded|reported|registered|verified|documented|counted)\b` +
        // with no agent: "confirmed by the coroner" names its own source
        String.raw`(?!\s+(?:dead\s+)?by\b)`,
      'u',
    ),
  },
  {
    name: 'a ranking of places breaks down the total before',
    examples: [
      'Bogo City had the most fatalities with 30; followed by San Remigio with 22.',
      'Kerr County had the highest toll with 59, followed by Travis County with 7.',
      'Valencia recorded the most deaths, 45, followed by Paiporta with 12.',
      'Lahaina had the largest number of missing with 80.',
    ],
    pattern: new RegExp(
      String.raw`\b(?:had|recorded|reported|saw)\s+the\s+(?:most|highest|largest)\b[^.;]{0,40}` +
        String.raw`\b(?:with|at)?\s*[\d,]+|[\d,]+\s*[;,]\s*followed\s+by\b`,
      'iu',
    ),
  },
  {
    name: 'a figure from an estimate with no issuer goes on with the issuer before',
    examples: [
      'From preliminary estimate, the number of dead could be around 500.',
      'From initial estimates, some 2,000 people may be buried.',
      'By the latest count, 61 people are missing.',
      'On preliminary figures, 120 homes were lost and 30 people died.',
    ],
    pattern: new RegExp(
      String.raw`^(?:from|by|on)\s+(?:the\s+|a\s+)?(?:preliminary|initial|latest|early|first|provisional)\s+` +
        String.raw`(?:estimates?|figures|counts?|assessments?|tall(?:y|ies))\b`,
      'iu',
    ),
  },
];

/** Whether a sentence with no source goes on with the report of the paragraph right before it. */
export function continuesParagraphBefore(s: string): boolean {
  return CONTINUATION_RULES.some((rule) => rule.pattern.test(s.trim()));
}

/** Openings that go on with the report before them: "Meanwhile Catarroja lost 25 people". */
const CONTINUING_OPENERS = [
  'meanwhile',
  'in addition',
  'additionally',
  'also',
  'likewise',
  'similarly',
  'besides',
  'as well as',
  'apart from',
  'of those',
  'of them',
  'among them',
  'among the dead',
  // a running sum of the figures before: "This brings the total number … to 166"
  'this brings',
  'that brings',
  'this takes',
  'that takes',
];
/** "also" after the first words' auxiliary: "The operation has also recovered 87 bodies". */
const ALSO_BEFORE_VERB = /^(?:[\p{L}'’-]+\s+){1,3}(?:has|have|had)\s+also\s+\p{Ll}+ed\b/u;
/** Asides in the first clause that say the same: "Paiporta, for example, saw 45 residents perish". */
const CONTINUING_ASIDES = ['for example', 'for instance', 'in turn', 'too'];
const CONTINUES_REPORT = new RegExp(
  `^${anyOf(CONTINUING_OPENERS)}\\b|^[^.,;:]{1,60},\\s*${anyOf(CONTINUING_ASIDES)},|${ALSO_BEFORE_VERB.source}`,
  'iu',
);

/**
 * A paragraph that opens a quotation and never closes it goes on with the speaker of the paragraph
 * before (news copy closes a quotation only in its last paragraph): "Mathe said 100 were brought up
 * alive. ¶ “On day two, 51 were certified dead."
 */
export function continuesQuotation(par: string): boolean {
  const text = par.trimStart();
  if (text.startsWith('“')) return !text.includes('”');
  return text.startsWith('"') && (text.match(/"/g) ?? []).length % 2 === 1;
}

/** Whether a sentence that names no source goes on with the paragraph before it, and so with its source. */
export function continuesReport(s: string): boolean {
  return CONTINUES_REPORT.test(s);
}
