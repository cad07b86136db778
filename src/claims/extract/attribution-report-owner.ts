// A report named by its owner's possessive: "detailed in KNCHR's Tuesday evening statement", "in the
// ministry's latest report", "from Amnesty's count". The owner is the source of the figures it holds.
import { anyOf } from './word-pattern';
import { matchesOf } from './attribution-matches';

const OWNED_REPORTS = [
  ...['statement', 'statements', 'report', 'reports', 'update', 'bulletin', 'tally', 'count'],
  ...['figures', 'data', 'records', 'briefing', 'release', 'assessment', 'estimate', 'estimates'],
];
/** The owner: a name in capitals (an acronym, "Human Rights Watch") or "the" and a body's noun. */
const OWNER = String.raw`((?:\p{Lu}[\p{L}.&-]*\s+){0,4}\p{Lu}[\p{L}.&-]*|the\s+(?:\p{Ll}[\p{L}-]*\s+)?\p{Ll}[\p{L}-]*)`;

export const REPORT_OWNER_RULE = {
  name: 'a report named with its owner’s possessive names its source',
  examples: [
    'The discrepancy, detailed in KNCHR’s Tuesday evening statement, left 107 injured.',
    'In the ministry’s latest report, 40 deaths were listed.',
    'From Amnesty International’s count, at least 90 protesters were killed.',
    'According to figures in the health department’s daily bulletin, 12 people died.',
  ],
  pattern: new RegExp(
    String.raw`(?<![\p{L}])(?:[Ii]n|[Ff]rom)\s+${OWNER}['’]s?\s+(?:[\p{L}-]+\s+){0,3}?${anyOf(OWNED_REPORTS)}(?![\p{L}])`,
    'gu',
  ),
};

/** Each owned report of a sentence: where it starts and the owner's words. */
export function reportOwners(s: string): { at: number; owner: string }[] {
  if (!s.includes('’s') && !s.includes("'s")) return [];
  return matchesOf(REPORT_OWNER_RULE.pattern, s).map((m) => ({
    at: m.index,
    owner: m[1],
  }));
}
