import type { FallbackRule } from '../figure-reading';
import { anyOf } from '../word-pattern';

const CROWD_NOUNS = ['people', 'protesters', 'demonstrators', 'marchers'];
/** Where a crowd is, or what it does to a place: "people here by noon", "marchers filled …". */
const CROWD_PLACE_WORDS = [
  'here',
  'there',
  'out',
  'in',
  'at',
  'on',
  'along',
  'across',
  'around',
  'outside',
  'filled',
  'packed',
  'by',
];
const CROWD_AFTER = new RegExp(
  String.raw`^\s*["”'’]?\s*${anyOf(CROWD_NOUNS)}\b["”'’]?(?:\s+(?:were|are|was)\b)?\s*${anyOf(CROWD_PLACE_WORDS)}\b`,
  'i',
);

/**
 * In a text about a protest, a large figure of people present is its crowd: "over 50,000 of us",
 * "well over 100,000 people here by noon", "according to the ministry, there were about 107,000 people".
 */
export const crowdCounted: FallbackRule = {
  name: 'a crowd counted in a protest',
  examples: [
    {
      text: 'Protesters marched again on Sunday. "There were over 50,000 of us," one organiser said.',
      metric: 'participants',
      subject: 'protesters',
      value: 50000,
    },
    {
      text: 'Protesters marched again, and the protest grew all morning, with well over 100,000 people here by noon.',
      metric: 'participants',
      subject: 'protesters',
      value: 100000,
    },
    {
      text: 'Demonstrators filled the square at the rally; according to the ministry, there were about 107,000 people.',
      metric: 'participants',
      subject: 'protesters',
      value: 107000,
    },
  ],
  apply({ crowd, n, leftCore, right, rangeEnd }) {
    if (!crowd || !(n.value >= 1000 || (n.vague && n.value >= 100))) return null;
    const counted =
      /^\s*of us\b/i.test(right) ||
      (/\bthere\s+(?:were|was)\s*$/i.test(leftCore) &&
        /^\s*(?:people|protesters|demonstrators|marchers|participants)?\s*(?:[,.;:]|$)/i.test(
          right,
        )) ||
      CROWD_AFTER.test(right);
    if (!counted) return null;
    return {
      metric: 'participants',
      subject: 'protesters',
      cueEnd: rangeEnd + (/^\s*(?:of us|["”'’]?\s*[\p{L}]+)/iu.exec(right)?.[0].length ?? 0),
    };
  },
};
