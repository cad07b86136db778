import type { FigureWindow } from '../figure-window';
import type { SkipRule } from '../figure-reading';
import { anyOf } from '../word-pattern';

const NEGATIONS = [
  'did not',
  "didn['’]t",
  'does not',
  "doesn['’]t",
  'do not',
  "don['’]t",
  'never',
  'has not',
  "hasn['’]t",
  'have not',
  "haven['’]t",
  'had not',
  "hadn['’]t",
];
/** People not yet found are missing, not denied: "rescuers have not found 30 villagers". */
const FINDING_VERBS = ['found', 'located', 'traced'];
/** A negation one or two words before the figure: "did not kill 5,000". */
const NEGATED_VERB = new RegExp(
  String.raw`\b${anyOf(NEGATIONS)}\s+(?!(?:yet\s+)?${anyOf(FINDING_VERBS)}\b)(?:[\p{L}-]+\s+){1,2}$`,
  'iu',
);
const HEARSAY = [
  'claims?',
  'rumou?rs?',
  'allegations?',
  'suggestions?',
  'assertions?',
  'posts?',
  'videos?',
  'reports?',
];
const HEARSAY_THAT = new RegExp(String.raw`\b${anyOf(HEARSAY)}\s+that\s+[^.;]*$`, 'i');
const FALSE_WORDS = [
  'false',
  'untrue',
  'fake',
  'baseless',
  'incorrect',
  'wrong',
  'unfounded',
  'misleading',
  'not true',
  'fabricated',
];
const IS_FALSE = new RegExp(
  String.raw`^[^.;]*?\b(?:is|are|was|were)\s+(?:also\s+|simply\s+|completely\s+|entirely\s+)?${anyOf(FALSE_WORDS)}\b`,
  'i',
);

/** The figure is denied ("did not kill 5,000 people") or reported as debunked ("the claim that 5,000 died is false"). */
export const denied: SkipRule = {
  name: 'a denied or debunked figure',
  examples: [
    { text: 'The army did not kill 5,000 people, the ministry said.', value: 5000 },
    { text: 'The claim that 5,000 died is false.', value: 5000 },
    { text: 'Rumours that 300 protesters were arrested are completely baseless.', value: 300 },
    { text: 'Police never detained 40 journalists.', value: 40 },
  ],
  applies: ({ s, n, leftCore }: FigureWindow) =>
    NEGATED_VERB.test(leftCore) ||
    (HEARSAY_THAT.test(s.slice(0, n.start)) && IS_FALSE.test(s.slice(n.end))),
};
