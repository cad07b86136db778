// Parts (DESIGN.md §3): a figure that counts a part of a quantity its fields cannot name (a
// member of a set the text named, those still in a state, a count over another span) is kept
// marked `part`: the claim history shows it, but it never stands as a total in a flag (issue 10).
// A part the fields do name is a claim of that part, not marked: "38 killed, including 5 police"
// (its subject), "three died, two of them in Almaty" (its place).
import { resolvePlace } from '../../../geo/gazetteer';
import { sameQuantityAs, type Draft } from '../draft';
import { subjectOf } from '../lexicon';
import { QUANTITY_NOUNS } from '../frames/frame-lexicon';
import type { NumberMention } from '../numbers';
import { qualify } from '../qualifiers';
import { countsAnIncident, type TextKinds } from './incidents';
import { setMembers } from './set-members';
import { anyOf, wordsRe } from '../word-pattern';

/** What a part rule reads around one figure of a sentence. */
interface FigureContext {
  draft: Draft;
  /** The figure this sentence read before, the whole a part would belong to. */
  whole: Draft | null;
  /** From the previous figure's end (or the sentence start) to this one's qualifier. */
  left: string;
  /** From the figure's end to the next figure (or the sentence end). */
  right: string;
  /** The year of the text's own date, when known. */
  year: number | null;
  /** The words opening or closing the list of counted people the figure is in ("Among the dead were"). */
  listOpener?: string | null;
  /** The total a list set off by dashes follows, when the figure is in that list. */
  listTotal?: Draft | null;
  /** How often the whole text names each kind of event (incidents.ts). */
  textKinds?: TextKinds;
}

interface PartRule {
  name: string;
  /** Sentences whose figure in brackets the rule reads as a part. */
  examples: string[];
  isPart(f: FigureContext): boolean;
  /** The figure listed right after the part ("…, dozens hurt") shares the scope that closed it. */
  sharedByNext?: RegExp;
}

/** Words that tie a figure to a set named before it (the cue after the figure, or before it). */
const SET_AFTER = /^\s*of\s+(?:them|whom|those|these|which)\b/i;
const SET_BEFORE =
  /\b(?:of whom|of which|of them|among them|among whom|among those|including|includ(?:es|ed))\s*$/i;

/** The total's noun and the dash that opens the list of its parts: "121 people - 113 women". */
const DASH_AFTER_TOTAL =
  /^\s*(?:(?:[\p{L}'’-]+\s+){0,3}?[\p{L}'’]+)?(?:\s+(?:-|–|—|--)\s+|\s*[—–]\s*)$/u;

/** The dash that closes the list: "… and two soldiers — had gone missing". */
const DASH_CLOSE = /\s(?:-|–|—|--)\s|[—–]/;

/** A state that only some of a count are still in: those still in hospital, still held. */
const STILL_IN_STATE = [
  'still (?:in|at) (?:the )?hospitals?',
  'remain(?:s|ed|ing)? (?:in|at) (?:the )?hospitals?',
  '(?:still|remain(?:s|ed|ing)?) hospitali[sz]ed',
  '(?:still|remain(?:s|ed|ing)?) (?:being treated|receiving (?:medical )?treatment)',
  '(?:still )?in intensive care',
  '(?:still|remain(?:s|ed|ing)?) in (?:custody|detention|jail|prison)',
  'still (?:detained|held|behind bars)',
];
const STATE = new RegExp(
  `^(?:\\s+[\\p{L}'’-]+){0,3}?\\s+(?:(?:were|are|was|is|had been|have been)\\s+)?${anyOf(STILL_IN_STATE)}\\b`,
  'iu',
);
/**
 * Treatment with no "still": all the injured are treated ("74 injured are receiving treatment" is
 * the injured total), so it counts a part only after an injured total in its sentence or of a set
 * ("three of the officers").
 */
const TREATED = new RegExp(
  `^(?:\\s+[\\p{L}'’-]+){0,3}?\\s+(?:(?:were|are|was|is|had been|have been)\\s+)?` +
    `(?:being treated|receiving (?:medical )?treatment)\\b`,
  'iu',
);

/** A span other than the event's own: "since 2014", "so far this year", "over the past decade". */
const OTHER_SPANS = [
  'since (?:the (?:start|beginning) of )?(?:the |this |last )?year',
  'so far this year',
  'this year alone',
  'since records began',
  '(?:over|in|during) the (?:past|last) (?:\\d+|two|three|four|five|six|seven|eight|nine|ten|few|several) (?:years|decades)',
  '(?:over|in|during) the (?:past|last) decade',
  '(?:in|over|during) the (?:past|last) (?:week|month|year) alone',
];
const OTHER_SPAN = wordsRe(OTHER_SPANS);
const SINCE_YEAR = /\bsince\s+(?:early\s+|late\s+|mid-?)?(1[89]\d\d|20\d\d)\b/i;

/**
 * A place the speaker does not name, scoped with "alone": "in our area alone", "across this commune
 * alone". A named one ("in Mandalay alone") is the claim's location; "in that state alone" points
 * back to a place the sentence named.
 */
const UNNAMED_PLACE_ALONE =
  /^[^,;:]*?\b(?:in|across|at|on|from)\s+(?:our|my|their|this)\s+(?:[\p{L}-]+\s+){0,2}?alone\b/iu;

/**
 * "58 from Egypt", "658 total deaths from that country": the dead of one nationality, which no field
 * names (the location is where they died). Read in the figure's own clause, before any verb.
 */
const FROM_COUNTRY = new RegExp(
  [
    '^\\s*(?:(?:total|pilgrims|people|deaths|nationals|citizens|victims)\\s+){0,2}from\\s+',
    "(?:(that|this|the same)\\s+country\\b|((?:\\p{Lu}[\\p{L}'’-]*\\s?){1,3}))",
  ].join(''),
  'u',
);
function ofOneCountry(right: string): boolean {
  const m = FROM_COUNTRY.exec(right);
  if (!m) return false;
  return !!m[1] || resolvePlace(m[2].trim())?.kind === 'country';
}

/** Places whose people a count may be of: a camp's campers, a school's pupils, a mine's workers. */
const INSTITUTIONS = [
  'camp',
  'school',
  'academy',
  'college',
  'university',
  'hospital',
  'hotel',
  'factory',
  'mine',
  'church',
  'mosque',
  'temple',
  'prison',
  'jail',
  'orphanage',
  'care home',
  'nursing home',
];
const capitalised = (words: string) => words.replace(/\b\p{Ll}/gu, (c) => c.toUpperCase());
/** The kind word written as part of a name ("Camp Mystic", "the Nile Academy"), not "a camp". */
const INSTITUTION = `(?:${INSTITUTIONS.map(capitalised).join('|')})`;
const NAME_WORD = "\\p{Lu}[\\p{L}'’-]*";
/** "10 Camp Mystic campers", "12 St Mary's School pupils": the institution named before its people. */
const NAMED_BEFORE_ITS_PEOPLE = new RegExp(
  `^\\s+(?:${NAME_WORD}\\s+){0,3}?${INSTITUTION}(?:\\s+${NAME_WORD}){0,2}\\s+\\p{Ll}[\\p{Ll}-]*s\\b`,
  'u',
);
/** "… are still missing from Camp Mystic", "… from the Nile Academy": the people of one institution. */
const FROM_AN_INSTITUTION = new RegExp(
  `^[^,;:]*?\\bfrom\\s+(?:the\\s+)?(?:${INSTITUTION}(?:\\s+${NAME_WORD}){1,2}|(?:${NAME_WORD}\\s+){1,3}${INSTITUTION})\\b`,
  'u',
);
/** The people an institution counts as its own. */
const MEMBERS = [
  'campers',
  'counsell?ors',
  'students',
  'pupils',
  'staff',
  'employees',
  'workers',
  'members',
  'patients',
  'guests',
  'inmates',
  'worshippers',
];
/** "Camp Mystic, …, says it is grieving the loss of": the institution speaks of its own. */
const INSTITUTION_SPEAKS = new RegExp(
  `^\\s*(?:the\\s+)?(?:${NAME_WORD}\\s+){0,3}?${INSTITUTION}(?:\\s+${NAME_WORD}){0,2}\\b[^.;]*?` +
    `\\b(?:says|said|confirmed|announced|reported|mourns|mourned)\\b`,
  'u',
);
const ITS_MEMBERS = new RegExp(`^\\s+(?:[\\p{Ll}-]+\\s+)?(?:${MEMBERS.join('|')})\\b`, 'u');
/** The kind word alone: each pattern above needs it, and most texts name no institution. */
const INSTITUTION_WORD = new RegExp(INSTITUTION, 'u');
const namesAnInstitution = (f: FigureContext) =>
  (INSTITUTION_WORD.test(f.right) &&
    (NAMED_BEFORE_ITS_PEOPLE.test(f.right) || FROM_AN_INSTITUTION.test(f.right))) ||
  (INSTITUTION_WORD.test(f.left) && INSTITUTION_SPEAKS.test(f.left) && ITS_MEMBERS.test(f.right));

/** The words of the figure's own clause: to the last comma or semicolon on each side. */
function clauseAround(f: FigureContext): string {
  const before = f.left.split(/[,;:()]/).pop() ?? '';
  const after = f.right.split(/[,;:()]|\.\s/)[0];
  return `${before} # ${after}`;
}

export const PART_RULES: PartRule[] = [
  {
    name: 'member of a named set',
    examples: [
      'Nine of them were declared dead on the spot. [9]',
      'The revised toll of 253 includes at least 38 foreign nationals, among them eight Britons. [8]',
      'Authorities said 54 of those who perished have yet to be identified. [54]',
    ],
    isPart: (f) => {
      const rest = SET_AFTER.exec(f.right);
      // "this figure included 4,353 wounded": a whole in another sentence may be of another quantity
      if (!rest && !(f.whole && SET_BEFORE.test(stripQualifier(f.left)))) return false;
      // "38 killed, including 5 police": the subject names the part, so it is that subject's count
      if (f.whole && (f.whole.subject !== f.draft.subject || f.whole.metric !== f.draft.metric))
        return false;
      return !namesItsPlace(rest ? f.right.slice(rest[0].length) : f.right);
    },
  },
  {
    name: 'a list after a total',
    examples: [
      '121 people - 113 women, seven children and a man - were killed in the stampede. [113]',
      'Forty people — 31 men and nine children — drowned off the coast. [31]',
    ],
    // the parts its fields name are claims of their own: "30 people — 20 police and …" (subject)
    isPart: (f) =>
      !!f.listTotal &&
      f.listTotal.metric === f.draft.metric &&
      f.listTotal.subject === f.draft.subject &&
      !namesItsPlace(f.right),
  },
  {
    name: 'people a count includes',
    examples: [
      'Among the dead in the county were 28 children and 30 adults. [30]',
      'Among those killed were 11 adults and four children. [11]',
      'The dead include 40 adults and 28 children. [40]',
      'The list of the injured includes 17 women. [17]',
      'Those arrested included 60 men and three journalists. [60]',
      'It said 10 women and three infants were among those killed. [10]',
      'Police said 14 worshippers were among the dead. [14]',
      'At least 20 pilgrims are among the injured, the ministry said. [20]',
      'Six men were also among those injured in the blast. [6]',
    ],
    // the people its fields name are claims of their own: "Among the dead were 28 children"
    isPart: (f) =>
      !!f.listOpener &&
      f.draft.subject === 'people' &&
      namesQuantity(f.listOpener) &&
      !placedInItsClause(f.right),
  },
  {
    name: 'the people of one named institution',
    examples: [
      'Almost a dozen are still missing from Camp Mystic in Kerr County, officials said. [12]',
      'At least 10 Camp Mystic campers are missing, the sheriff said. [10]',
      'Rescuers said 14 pupils from St Anne School were among the dead. [14]',
      'The toll includes 31 workers from the Soma Mine, the ministry said. [31]',
      'Camp Mystic, on the banks of the river, says it is grieving the loss of 27 campers and counselors. [27]',
      'Hillview Care Home said on Monday that 9 patients died in the fire. [9]',
    ],
    isPart: namesAnInstitution,
  },
  {
    name: 'still in a state',
    examples: [
      'Around 500 people were wounded, and some 149 remained in hospital on Thursday. [149]',
      'Doctors said 30 were still being treated for gunshot wounds. [30]',
      'Of the 80 hurt in the blast, 12 are still receiving treatment. [12]',
      'Some 200 people were injured and 45 were being treated in hospital on Friday. [45]',
      'Two of the firefighters are receiving treatment for burns, the brigade said. [2]',
    ],
    isPart: (f) => {
      const clause = f.right.split(/[,;:]/)[0];
      // "two of the firefighters are receiving treatment": of a set named before
      const ofASet = f.whole?.metric === 'injured' || /^\s*of\s/i.test(clause);
      return STATE.test(clause) || (ofASet && TREATED.test(clause));
    },
  },
  {
    name: 'a place the speaker does not name',
    examples: [
      'Helped dig out tents for hours. 8 dead in our area alone, dozens hurt. [8]',
      'The caid says 300 dead across this commune alone. [300]',
    ],
    isPart: (f) => UNNAMED_PLACE_ALONE.test(f.right),
    sharedByNext: /\balone\s*(?:,\s*(?:and\s+)?|and\s+)$/i,
  },
  {
    name: 'the people of one country',
    examples: [
      'A diplomat provided a breakdown showing that out of 658 total deaths from that country, 630 were unregistered. [658]',
      'The new deaths included 58 from Egypt, according to an Arab diplomat. [58]',
    ],
    isPart: (f) =>
      ['killed', 'injured', 'missing'].includes(f.draft.metric) && ofOneCountry(f.right),
  },
  {
    name: 'an incident within the event',
    examples: [
      'Tens of thousands of protesters marched on parliament. Police reported an incident where a man drove into protesters, injuring three people. [3]',
      'The rally drew 100,000 demonstrators. Three people were injured when a car drove into the crowd of protesters. [3]',
      'Protesters filled the square for a third night of demonstrations. A car ploughed into the marchers, injuring four people. [4]',
      'The protest ended peacefully, organisers said. In a separate incident, two people were hurt after a driver rammed his van into demonstrators. [2]',
      'Protests spread to 12 cities. Two protesters were killed in a stampede at the gate of the stadium. [2]',
      'The earthquake flattened the old town. Eight people were killed when a fire broke out in a market after the quake. [8]',
    ],
    isPart: (f) => !!f.textKinds && countsAnIncident(f.left, f.right, f.textKinds),
  },
  {
    name: 'a count over another span',
    examples: [
      'The UN has registered more than 20,000 deaths in the central Mediterranean since 2014. [20,000]',
      'Police have arrested 1,200 people so far this year. [1,200]',
      'Sixteen people were killed in the past week alone, the group said. [16]',
    ],
    isPart: (f) => {
      const clause = clauseAround(f);
      if (OTHER_SPAN.test(clause)) return true;
      const since = SINCE_YEAR.exec(clause);
      return !!since && f.year !== null && Number(since[1]) < f.year;
    },
  },
];

/** "at least 38": the qualifier is no part of the cue before it. */
function stripQualifier(left: string): string {
  return left.slice(0, left.length - qualify(left).len);
}

/** "12 people killed in Almaty": a place the figure's own clause sets it in, which its location will carry. */
function placedInItsClause(right: string): boolean {
  const clause = right.split(/[,;:()]|\.\s/)[0];
  for (const m of clause.matchAll(/\b(?:in|at|from)\s+((?:\p{Lu}[\p{L}'’-]*\s?){1,3})/gu))
    if (resolvePlace(m[1].trim())) return true;
  return false;
}

/** "… two of them in Almaty": the place the part is scoped to, which its location will carry. */
function namesItsPlace(rest: string): boolean {
  const m =
    /^\s*(?:(?:were|was|are|is|died|killed)\s+)?(?:in|at|on|from)\s+((?:\p{Lu}[\p{L}'’-]*\s?){1,3})/u.exec(
      rest,
    );
  return !!m && !!resolvePlace(m[1].trim());
}

/**
 * The figures of lists set off by dashes after a total ("121 people - 113 women, seven children
 * and a man - were killed"), each with its total. A total counted as people whose listed parts all
 * name one other subject counts that subject: "eight people — six U.S. Marines and two Nepalese
 * army soldiers — had gone missing" is 8 military; a list of mixed subjects leaves it as it is.
 */
function dashLists(s: string, nums: NumberMention[], drafts: (Draft | null)[]): Map<number, Draft> {
  const members = new Map<number, Draft>();
  for (let i = 0; i + 1 < nums.length; i++) {
    const total = drafts[i];
    const opener = stripQualifier(s.slice(nums[i].end, nums[i + 1].start));
    if (!total || !DASH_AFTER_TOTAL.test(opener)) continue;
    const subjects = new Set<Draft['subject']>();
    // a list that runs to the sentence's end names the total's parts; one closed by a dash may be
    // the object of a verb after it ("carried 242 people - 230 passengers … - and killed 241")
    const closing = !DASH_CLOSE.test(s.slice(nums[i + 1].end));
    for (let j = i + 1; j < nums.length; j++) {
      if (closing) drafts[j] ??= namedMember(s, nums[j], total);
      const part = drafts[j];
      members.set(j, total);
      if (part && part.metric === total.metric) subjects.add(part.subject);
      const after = s.slice(nums[j].end, j + 1 < nums.length ? nums[j + 1].start : s.length);
      if (DASH_CLOSE.test(after)) break;
    }
    if (total.subject === 'people' && subjects.size === 1 && !subjects.has('people'))
      total.subject = [...subjects][0];
  }
  return members;
}

/** Words right after a listed figure that make it no member: "12 more", "up 4". */
const NOT_A_MEMBER = /^\s*(?:more|fewer|less|up|down|higher|lower|of)\b/i;

/**
 * A listed figure no verb reads, with its own noun: the total's quantity, the noun's subject.
 * "Castro said it was only 58 – 54 “criminals” and four police officers": 54 other, 4 police killed.
 */
function namedMember(s: string, n: NumberMention, total: Draft): Draft | null {
  const after = s.slice(n.end, n.end + 40);
  if (total.things || total.part || NOT_A_MEMBER.test(after)) return null;
  const named = subjectOf(after.split(/,|\band\b/)[0]);
  if (!named || named.index > 3) return null;
  return { ...sameQuantityAs(total, n, n.start), subject: named.subject };
}

/** What opens a list of the people a count includes: "Among the dead (in X) were", "The dead include". */
const LIST_OPENER =
  /(?:\bamong\s+(?:the|those)\b[^.;:]{0,60}?\b(?:were|are|was|is)|\b(?:include|includes|included))\s*$/i;
/** Between two items of one list: "children and ", "adults, ". */
const LIST_JOINER = /^\s+[\p{L}-]+(?:\s+[\p{L}-]+)?\s*(?:,\s*(?:and\s+)?|and\s+)$/u;
/** The counted quantity the opener names: "the dead", "those killed", "the death toll". */
const COUNTED = wordsRe([...Object.keys(QUANTITY_NOUNS), 'victims', 'casualties']);

function namesQuantity(opener: string): boolean {
  return COUNTED.test(opener);
}

/**
 * For each figure in a list that follows such an opener, the opener's words (back to the clause
 * start): "Among the dead were 28 children and 30 adults" gives both figures "Among the dead were".
 */
function listOpeners(s: string, nums: NumberMention[]): Map<number, string> {
  const openers = new Map<number, string>();
  let current: string | null = null;
  for (let i = 0; i < nums.length; i++) {
    const from = i > 0 ? nums[i - 1].end : 0;
    const left = stripQualifier(s.slice(from, nums[i].start));
    if (i > 0 && current && LIST_JOINER.test(left)) {
      openers.set(i, current);
      continue;
    }
    const clause = left.split(/[;:(]|,(?!\s*and\b)/).pop() ?? '';
    current = LIST_OPENER.test(clause) ? clause : null;
    if (current) openers.set(i, current);
  }
  return openers;
}

/** What closes such a list after it: "… were among those killed", "… are among the injured". */
const AMONG_AFTER =
  /^\s+(?:[\p{L}'’-]+\s+){0,3}?(?:were|are|was|is)\s+(?:also\s+)?among\s+(?:the|those)\b[^,;.]{0,40}/iu;

/**
 * For each figure in a list that such words close, those words: "10 women and three infants were
 * among those killed" gives both figures "were among those killed".
 */
function listClosers(s: string, nums: NumberMention[]): Map<number, string> {
  const closers = new Map<number, string>();
  let current: string | null = null;
  for (let i = nums.length - 1; i >= 0; i--) {
    const right = s.slice(nums[i].end, i + 1 < nums.length ? nums[i + 1].start : s.length);
    const among = AMONG_AFTER.exec(right);
    if (among) current = among[0];
    else if (!(current && i + 1 < nums.length && LIST_JOINER.test(right))) current = null;
    if (current) closers.set(i, current);
  }
  return closers;
}

const NO_KINDS: TextKinds = () => ({});

/** Marks each figure of the sentence that a part rule reads as a part. */
export function partFigures(
  s: string,
  nums: NumberMention[],
  drafts: (Draft | null)[],
  year: number | null,
  textKinds: TextKinds = NO_KINDS,
): void {
  setMembers(s, nums, drafts);
  const listTotals = dashLists(s, nums, drafts);
  const openers = listOpeners(s, nums);
  for (const [i, closer] of listClosers(s, nums)) if (!openers.has(i)) openers.set(i, closer);
  let whole: Draft | null = null;
  for (let i = 0; i < nums.length; i++) {
    const draft = drafts[i];
    if (!draft) continue;
    if (draft.part) {
      whole = draft;
      continue;
    }
    const f: FigureContext = {
      draft,
      whole,
      left: s.slice(i > 0 ? nums[i - 1].end : 0, nums[i].start),
      right: s.slice(nums[i].end, i + 1 < nums.length ? nums[i + 1].start : s.length),
      year,
      listTotal: listTotals.get(i) ?? null,
      listOpener: openers.get(i) ?? null,
      textKinds,
    };
    const rule = PART_RULES.find((r) => r.isPart(f));
    if (rule) draft.part = true;
    const next = drafts[i + 1];
    if (rule?.sharedByNext?.test(f.right) && next) next.part = true;
    whole = draft;
  }
}
