// Organisations named again by a short name, and reports named with the one who gave them: "the
// Commission" after "the Kenya National Commission on Human Rights (KNCHR)", "a Friday evening update
// from the Commission", "A balance offered by President Nicolás Maduro of 15 dead".
import { lastNamedWhere, type AttributionContext } from './attribution-context';
import { anyOf } from './word-pattern';
import { matchesOf } from './attribution-matches';

/** Heads of a body's name that news copy keeps, capitalised, as the body's short name. */
const SHORT_NAME_HEADS: readonly string[] = [
  ...['commission', 'committee', 'council', 'ministry', 'agency', 'authority', 'bureau'],
  ...['directorate', 'department', 'office', 'service', 'institute', 'observatory', 'monitor'],
  ...['coalition', 'federation', 'association', 'union', 'tribunal', 'court', 'board'],
];

export const SHORT_NAME_RULE = {
  name: 'the head of a body’s name, in capitals after "the", is the body named before',
  examples: [
    'The Kenya National Commission on Human Rights said 31 died. The Commission said 107 were injured.',
    'The National Emergency Management Agency said 85 were killed. The Agency said 66 were injured.',
    'The Ministry of Health said 20 died. According to the Ministry, 45 were injured.',
    'The Syrian Observatory for Human Rights counted 90 dead. The Observatory said 200 were wounded.',
    'Figures from the Victims Monitor gave 20 dead; of those, 6 were shot, according to the Monitor report.',
  ],
  pattern: new RegExp(
    String.raw`^the\s+(${anyOf(SHORT_NAME_HEADS.map(capitalised))})` +
      // its report: "according to the Monitor report", "the Commission’s figures"
      String.raw`(?:['’]s)?(?:\s+(?:report|statement|figures|data|tally|count|update|bulletin))?$`,
    'u',
  ),
};

function capitalised(word: string): string {
  return word[0].toUpperCase() + word.slice(1);
}
/** Each head's whole-word test, compiled once: "Commission" in a name, not in "Commissioner". */
const HEAD_WORDS = new Map(
  SHORT_NAME_HEADS.map(capitalised).map((h) => [
    h,
    new RegExp(String.raw`(?<![\p{L}])${h}(?![\p{L}])`, 'u'),
  ]),
);

/** The body named before that "the Commission", "the Agency" names again, or null. */
export function shortNamedOrg(s: string, ctx: AttributionContext): string | null {
  const head = SHORT_NAME_RULE.pattern.exec(s.trim().replace(/^The\s/, 'the '))?.[1];
  if (!head || !ctx.orgs?.length) return null;
  const named = HEAD_WORDS.get(head)!;
  return lastNamedWhere(ctx.orgs, (org) => org !== s && named.test(org)) ?? null;
}

/**
 * "a Friday evening update from the Commission", "the latest casualty figures from the ministry",
 * "a balance offered by the president": a report, with words of when or what before it, and the
 * words that name who gave it; what is left is the giver.
 */
export const REPORT_FROM = new RegExp(
  // (words of when or what, never a phrase of its own: "a review of the list by the Bulletin")
  String.raw`^(?:the\s+|a\s+|an\s+)?(?:(?!(?:of|by|from|on|in|at|to|for|with|the)\s)[\p{L}-]+\s+){0,3}?` +
    String.raw`(?:figures|data|statistics|numbers|estimates?|tally|count|statement|report|information|records|` +
    String.raw`graphic|chart|map|table|list|updates?|bulletin|balance)\s+` +
    String.raw`(?:from|by|of|(?:compiled|released|published|issued|provided|collected|gathered|obtained|` +
    String.raw`offered|given|shared|presented|supplied|updated) by|(?:received|obtained) from)\s+`,
  'iu',
);

/** Participles a report is given with that are no speech verb of their own ("provided", "offered"). */
const GIVEN = ['offered', 'given', 'provided', 'issued', 'shared', 'presented', 'supplied'];
/** Nouns of a report, a count or a toll that a giver's name may follow. */
const GIVEN_NOUNS = [
  ...['toll', 'balance', 'tally', 'count', 'figure', 'figures', 'estimate', 'estimates'],
  ...['report', 'data', 'statement', 'update', 'bulletin', 'assessment', 'numbers'],
];

export const REPORT_GIVEN_BY_RULE = {
  name: 'a report given by someone names its source',
  examples: [
    'A balance offered by President Nicolás Maduro of 15 dead and 11 injured was later revised.',
    'A toll given by the health ministry of 41 dead was disputed by relatives.',
    'In figures provided by the county, 80 people were injured.',
    'An estimate supplied by the coast guard on Monday of 30 missing was not updated.',
  ],
  pattern: new RegExp(
    String.raw`\b${anyOf(GIVEN_NOUNS)}\s+(?:(?:first|later|initially|originally|earlier)\s+)?` +
      String.raw`${anyOf(GIVEN)}\s+by\s+(.+?)` +
      // the giver ends at a clause's edge, a date, or "of" and the figure it gave
      String.raw`(?=[,.;:()]|\s+(?:on|in|at|who|which|were|was|is|has|have|had|put|puts|showed|shows|said|says|told|added|stated|reported|announced|confirmed)\b|` +
      String.raw`\s+of\s+(?:(?:about|around|some|nearly|at least|more than)\s+)?\d|$)`,
    'giu',
  ),
};

/** Each report-given-by phrase of a sentence: where it starts and the giver's words. */
export function reportsGivenBy(s: string): { at: number; giver: string }[] {
  if (!s.includes(' by ')) return [];
  return matchesOf(REPORT_GIVEN_BY_RULE.pattern, s).map((m) => ({
    at: m.index,
    giver: m[1],
  }));
}
