// A figure revised by someone, the agent after the new figure: "was later updated to 16 dead by the
// Secretary of Citizen Security", "was raised to 45 by the ministry". The agent is that figure's
// source (not the one who gave the figure before it).
import { anyOf } from './word-pattern';
import { matchesOf } from './attribution-matches';

const REVISED = ['updated', 'revised', 'raised', 'lowered', 'increased', 'corrected', 'adjusted'];
const ABOUT = ['about', 'around', 'some', 'nearly', 'at least', 'more than', 'over', 'almost'];

export const REVISED_BY_RULE = {
  name: 'a figure revised by someone: the agent after the new figure is its source',
  examples: [
    'A balance of 15 dead was later updated to 16 dead by the security secretary, Edgar Colina Reyes, on Wednesday.',
    'The toll was raised to 45 by the health ministry on Monday.',
    'The number of missing was revised to about 120 by county officials.',
    'Initially put at 30, the figure was corrected to 28 by the coroner.',
  ],
  pattern: new RegExp(
    String.raw`\b${anyOf(REVISED)}\s+(?:(?:up|down|upwards?|downwards?)\s+)?to\s+(?:${anyOf(ABOUT)}\s+)?` +
      String.raw`[\d][\d,.]*(?:\s+[\p{Ll}-]+){0,2}?\s+(by)\s+(?=\p{L})(?!(?:about|around|some|nearly|over|almost)\b)` +
      String.raw`(.+?)(?=[,.;:()]|\s+(?:on|in|at|who|which|after|as|and|while|said|says|told|added|stated|reported|announced|confirmed)\b|$)`,
    'gu',
  ),
};

/** Each revision's agent: where its "by" is and the agent's words. */
export function revisedBy(s: string): { at: number; agent: string }[] {
  if (!s.includes(' by ') || !/\d/.test(s)) return [];
  return matchesOf(REVISED_BY_RULE.pattern, s).map((m) => {
    const end = m.index + m[0].length;
    return {
      at: end - m[2].length - 'by '.length - 1,
      agent: NAME_APPOSITION.exec(s.slice(end))?.[1] ?? m[2],
    };
  });
}

/** A person's name between commas after their role: "the Secretary of …, Edgar Colina Reyes, …". */
const NAME_APPOSITION = /^,\s*(\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+){1,3})\s*(?:,|$)/u;
