import { deploySubject } from '../cues';
import type { FallbackRule } from '../figure-reading';
import { anyOf } from '../word-pattern';

const FORCE_NOUNS = [
  'personnel',
  'staff',
  'responders',
  'troops',
  'soldiers',
  'officers',
  'agents',
  'guardsmen',
];
const IN_PLACE_WORDS = [
  'on',
  'in',
  'at',
  'across',
  'deployed',
  'stationed',
  'working',
  'on the ground',
];
const FORCE_IN_PLACE = new RegExp(
  String.raw`^\s*(?:[\p{L}-]+\s+)?${anyOf(FORCE_NOUNS)}\s+${anyOf(IN_PLACE_WORDS)}\b`,
  'iu',
);
/** Staff of a civil body kept in a place are responders, not soldiers. */
const CIVIL_STAFF =
  /^\s*(?:federal|civilian|government|agency|state|county|city|municipal)\s+(?:personnel|staff)\b/i;

/** "the agency has more than 500 federal personnel on the island": a force a body keeps in the place. */
export const forceKept: FallbackRule = {
  name: 'a force a body keeps in the place',
  examples: [
    {
      text: 'The agency has more than 500 federal personnel on the island.',
      metric: 'deployed',
      subject: 'other',
      value: 500,
    },
    {
      text: 'The army now has 3,000 troops in the province.',
      metric: 'deployed',
      subject: 'military',
      value: 3000,
    },
    {
      text: 'The state police had 200 officers stationed along the border.',
      metric: 'deployed',
      subject: 'law_enforcement',
      value: 200,
    },
  ],
  apply({ leftCore, right, np, s, rangeEnd }) {
    if (
      !/\b(?:has|had|have|now has|now had)\s+(?:now\s+)?$/i.test(leftCore) ||
      !FORCE_IN_PLACE.test(right)
    )
      return null;
    const ds = CIVIL_STAFF.test(right) ? 'other' : deploySubject(np, s);
    if (!ds) return null;
    return { metric: 'deployed', subject: ds, cueEnd: rangeEnd + np.length };
  },
};
