import type { FallbackRule } from '../figure-reading';
import type { FigureWindow } from '../figure-window';
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

/** People who come to watch or to worship: a crowd in any text ("there were 40,000 fans"). */
const AUDIENCE_NOUNS = [
  'spectators',
  'fans',
  'supporters',
  'pilgrims',
  'worshippers',
  'devotees',
  'mourners',
  'attendees',
  'onlookers',
  'revell?ers',
  'concert-?goers',
  'festival-?goers',
];
/** "there were about 40,000 fans", the audience closing its clause or standing at a place. */
const AUDIENCE_AFTER = new RegExp(
  String.raw`^\s*${anyOf(AUDIENCE_NOUNS)}\b(?!\s+(?:among|of whom|were (?:killed|injured|hurt|dead|arrested)))`,
  'i',
);
const THERE_WERE = /\bthere\s+(?:were|was)\s*$/i;

/** An audience counted: "there were 40,000 fans in the stadium", "a crowd" in any text. */
function audienceCounted({ n, leftCore, right }: FigureWindow): boolean {
  return n.value >= 100 && THERE_WERE.test(leftCore) && AUDIENCE_AFTER.test(right);
}

/**
 * In a text about a protest, a large figure of people present is its crowd: "over 50,000 of us",
 * "well over 100,000 people here by noon", "according to the ministry, there were about 107,000 people".
 */
export const crowdCounted: FallbackRule = {
  name: 'a crowd counted: in a protest, or an audience anywhere',
  examples: [
    {
      text: 'A reporter estimated there were between 15,000 and 20,000 spectators.',
      metric: 'participants',
      subject: 'people',
      value: 15000,
    },
    {
      text: 'Officials said there were about 40,000 fans in the stadium.',
      metric: 'participants',
      subject: 'people',
      value: 40000,
    },
    {
      text: 'There were more than 2 million pilgrims at the site on Sunday.',
      metric: 'participants',
      subject: 'people',
      value: 2000000,
    },
    {
      text: 'Organisers said there were some 5,000 mourners at the funeral.',
      metric: 'participants',
      subject: 'people',
      value: 5000,
    },
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
  apply(w) {
    const { crowd, n, leftCore, right, rangeEnd } = w;
    if (audienceCounted(w))
      return {
        metric: 'participants',
        subject: 'people',
        cueEnd: rangeEnd + (/^\s*[\p{L}-]+/u.exec(right)?.[0].length ?? 0),
      };
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
