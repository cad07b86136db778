// A speaker who "had" or "has" a figure of their own: "Tarek William Saab, the General Prosecutor,
// had a way higher number: 749", "The ministry has a different count, 52 dead". The verb is no
// speech verb anywhere else, so it reports only with a count as its object and the figure after it.
import { anyOf } from './word-pattern';
import { matchesOf } from './attribution-matches';

const COUNT_NOUNS = ['number', 'figure', 'count', 'tally', 'toll', 'estimate', 'total'];

export const HAD_FIGURE_RULE = {
  name: 'a speaker who had a count of their own: the subject of "had a … number: N"',
  examples: [
    'But Tarek William Saab, the General Prosecutor, had a way higher number: 749.',
    'The health ministry has a different count, 52 dead.',
    'Local officials had a lower figure of 30 people killed.',
    'The opposition had its own tally: more than 200 detained.',
  ],
  pattern: new RegExp(
    String.raw`(?<![\p{L}])(?:had|has|have)\s+(?:a|an|the|its|their|his|her)\s+(?:[\p{L}-]+\s+){0,3}?` +
      String.raw`${anyOf(COUNT_NOUNS)}\s*(?:[:,–—-]\s*|\s+of\s+)(?:(?:about|around|some|nearly|at least|more than|over)\s+)?\d`,
    'giu',
  ),
};

/** Where each "had a … number: N" verb is. */
export function hadFigures(s: string): number[] {
  // (the figure and the verb first, each a literal to look for: most sentences have neither)
  if (!/\d/.test(s) || !/\b(?:had|has|have)\b/.test(s)) return [];
  return matchesOf(HAD_FIGURE_RULE.pattern, s).map((m) => m.index);
}
