// Coverage of a protest retells the deaths that set it off: "students demanding accountability for
// the collapse of a shed at a railway station in November that killed 15 people". Those deaths are
// another event's figure, told as the cause, not a count of this one.
import type { Draft } from '../draft';
import { anyOf, wordsRe } from '../word-pattern';

/** What happened before: a disaster or crime the protest answers. */
const CAUSE_EVENTS = [
  'collapse',
  'collapsed',
  'collapsing',
  'crash',
  'crashed',
  'fire',
  'blaze',
  'blast',
  'explosion',
  'disaster',
  'tragedy',
  'accident',
  'derailment',
  'shooting',
  'massacre',
  'stampede',
  'sinking',
];
/** Words that tie the protest to it. */
const CAUSE_LINKS = [
  'accountable for',
  'accountability for',
  'in honour of',
  'in honor of',
  'in memory of',
  'sparked by',
  'triggered by',
  'set off by',
  'prompted by',
  'anger at',
  'anger over',
  'outrage at',
  'outrage over',
  'demanding justice',
  'demanding answers',
];
const CAUSE_EVENT = wordsRe(CAUSE_EVENTS);
const CAUSE_LINK = wordsRe(CAUSE_LINKS);
const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

const IN_MONTH = new RegExp(`\\bin (${anyOf(MONTHS)})(?:\\s+(\\d{4}))?\\b`, 'i');

/** "in November" (a month before the publication's), "in November 2024" or "last year". */
function toldAsPast(s: string, published: string | null): boolean {
  if (/\blast (?:year|month|autumn|spring|summer|winter)\b/i.test(s)) return true;
  if (!published || !/^\d{4}-\d{2}/.test(published)) return false;
  const year = Number(published.slice(0, 4));
  const month = Number(published.slice(5, 7));
  const dated = IN_MONTH.exec(s);
  if (!dated) return false;
  const m = MONTHS.indexOf(dated[1].toLowerCase()) + 1;
  const y = dated[2] ? Number(dated[2]) : m > month ? year - 1 : year;
  return y < year || (y === year && m < month);
}

export const protestCause = {
  name: 'the deaths that set off a protest',
  examples: [
    {
      text:
        'a wave of protests demanding the government be held accountable for the collapse ' +
        'of a shed at a railway station in November that killed 15 people',
      published: '2025-03-16',
      background: true,
    },
    {
      text: 'Police killed 22 protesters in Nairobi on Tuesday, rights groups said.',
      published: '2024-06-26',
      background: false,
    },
  ],
  /** Is the figure, in a text about a protest, a retold cause of it? */
  applies(s: string, d: Draft, aboutProtest: boolean, published: string | null): boolean {
    return (
      aboutProtest &&
      d.metric === 'killed' &&
      CAUSE_EVENT.test(s) &&
      CAUSE_LINK.test(s) &&
      toldAsPast(s, published)
    );
  },
};
