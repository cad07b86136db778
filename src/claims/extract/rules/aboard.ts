// People a plane, ship or bus carried are counted aboard, not as a toll: "the flight carried 242
// people - 230 passengers, two pilots and 10 crew members - and killed 241 of them" (241 is the
// toll; 242 and its parts are the manifest), "only one of the 242 passengers onboard survived".
import type { Draft } from '../draft';
import { qualify } from '../qualifiers';
import { anyPhrase } from '../word-pattern';

/** Verbs that count what a vehicle carries. */
const CARRYING = ['carried', 'carrying', 'carries', 'was carrying', 'had been carrying'];
/** Words that place people on the vehicle. */
const ON_BOARD = ['on board', 'onboard', 'aboard'];

const AFTER_CARRYING = new RegExp(`\\b${anyPhrase(CARRYING)}\\s*$`, 'i');
/** Inside a dash-set list that a carrying verb opened: the manifest's parts. */
const IN_CARRIED_LIST = new RegExp(
  `\\b${anyPhrase(CARRYING)}\\s[^.;\\-–—]*?\\s[-–—]\\s[^-–—]*$`,
  'i',
);
const OF_THE = /\b(?:of|from) the\s+$/i;
const ABOARD = new RegExp(`\\b${anyPhrase(ON_BOARD)}\\b`, 'i');
/** The figure's own clause: up to punctuation or the next figure. */
const CLAUSE = /^[^,.;:()\d]*/;
/** What the dead and the hurt are: a clause about them stays a toll ("5 bodies", "3 injured"). */
const CASUALTY_NOUN = /^\s*(?:[\p{L}-]+\s+)?(?:bod(?:y|ies)|dead|injured|wounded|casualties)\b/iu;

export const aboard = {
  name: 'people carried are counted aboard, not as a toll',
  examples: [
    { text: 'The flight carried 242 people and killed 241 of them.', value: 242, count: false },
    { text: 'The flight carried 242 people and killed 241 of them.', value: 241, count: true },
    {
      text: 'The ferry was carrying about 300 passengers when it sank, and 12 drowned.',
      value: 300,
      count: false,
    },
    {
      text: 'A helicopter carrying eight people - six marines and two soldiers - has gone missing.',
      value: 8,
      count: true,
    },
    { text: 'Only one of the 242 passengers and crew onboard survived.', value: 242, count: false },
    {
      text: 'The bus carried 40 people - 35 pupils and five teachers - and crashed, killing 12.',
      value: 35,
      count: false,
    },
    { text: 'All 62 people on board were killed.', value: 62, count: true },
    { text: 'The impact killed 241 people on board.', value: 241, count: true },
  ],
  /** Drafts of the sentence: a manifest is no toll when another figure of it is the toll. */
  applies(s: string, d: Draft, drafts: readonly (Draft | null)[]): boolean {
    const clause = CLAUSE.exec(s.slice(d.n.end))![0];
    if (CASUALTY_NOUN.test(clause)) return false;
    if (manifest(s, d)) return drafts.some((o) => !!o && o.n.start > d.n.start && !manifest(s, o));
    const before = s.slice(Math.max(0, d.n.start - 12), d.n.start);
    return OF_THE.test(before) && ABOARD.test(clause);
  },
};

/** A figure a carrying verb counts, or a part of the list it opened. */
function manifest(s: string, d: Draft): boolean {
  const before = s.slice(Math.max(0, d.n.start - 160), d.n.start);
  // a qualifier between the verb and the figure ("carrying about 50") is read as qualifiers read it
  const verbEnd = before.length - qualify(before).len;
  return AFTER_CARRYING.test(before.slice(0, verbEnd)) || IN_CARRIED_LIST.test(before);
}
