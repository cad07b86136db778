// The first stage of reading a figure: the text around it that may speak about it, and the
// qualifier its words give ("at least", "between 10 and 15", "8 or more"). Every later stage (skip
// rules, cue readings, fallback rules) reads this window, never the raw sentence offsets again.
import type { Metric, Qualifier, Subject } from '../../domain/vocabulary';
import type { Draft } from './draft';
import { LARGER_GUESS, type NumberMention } from './numbers';
import { FILLER, nearedFigure, passedFigure, qualify } from './qualifiers';
import { nounAfter, rightWindow } from './cues';
import { anyOf } from './word-pattern';

export interface FigureWindow {
  s: string;
  nums: NumberMention[];
  i: number;
  n: NumberMention;
  drafts: (Draft | null)[];
  /** The last figure of this sentence that made a claim. */
  lastDraft: Draft | null;
  /** The quantity the sentences before counted last. */
  prevMetric: Metric | null;
  prevSubject: Subject | null;
  pubYear: number | null;
  /** The text is about a protest: its crowds are protesters. */
  crowd: boolean;
  /** Where the figure before ends (0 for the first). */
  prevEnd: number;
  /** The next figure is the population this one is a share of ("90 of the town's 200 residents"). */
  share: boolean;
  /** Up to 120 characters left of the figure, back to the figure before. */
  leftFull: string;
  /** `leftFull`, or for the second figure of "from 10 to 15" the first one's left with "from" read as "to". */
  leftFull2: string;
  /** Right of the figure up to the next one, with asides that cut no figure from its verb padded out. */
  rightFull: string;
  /** The part of the right that may still speak about the figure (past a range's second figure). */
  right: string;
  /** The left without the qualifier and filler words ("a total of", "the"). */
  leftCore: string;
  /** The counted noun after the figure. */
  np: string;
  value: number;
  q: Qualifier;
  /** Length of the qualifier words before the figure. */
  qlen: number;
  /** The qualifier bounds from below ("nearly 100" is at most 100). */
  below: boolean;
  /** A range's upper figure. */
  high: number | null;
  /** Where the figure's words end (a range's second figure included). */
  rangeEnd: number;
}

export interface FigureWindowInput {
  s: string;
  nums: NumberMention[];
  i: number;
  drafts: (Draft | null)[];
  prevMetric: Metric | null;
  prevSubject: Subject | null;
  pubYear: number | null;
  crowd: boolean;
}

const SHARE_DETERMINERS = ['the', 'its', 'their', 'this', 'that', 'a', 'an', 'some'];
/** Words that may round a population: "of the village's roughly 200". */
const POPULATION_ROUNDING = [
  'roughly',
  'about',
  'around',
  'some',
  'approximately',
  'nearly',
  'almost',
  'estimated',
  'total',
  'just over',
  'more than',
  'fewer than',
];
const SHARE_OF = new RegExp(
  String.raw`^\s+of\s+${anyOf(SHARE_DETERMINERS)}\s+(?:[\p{L}'’-]+\s+){0,3}?(?:${anyOf(POPULATION_ROUNDING)}\s+)?$`,
  'iu',
);
const POPULATION =
  /^\s+(?:[\p{L}-]+\s+)?(?:inhabitants|residents|population|villagers|households|families|dwellers|people living)\b/iu;
/** "90 of the village's roughly 200 inhabitants": the second figure is the population a share is taken of. */
export function isDenominator(s: string, nums: NumberMention[], j: number): boolean {
  if (j <= 0 || j >= nums.length) return false;
  return (
    SHARE_OF.test(s.slice(nums[j - 1].end, nums[j].start)) &&
    POPULATION.test(s.slice(nums[j].end, nums[j].end + 40))
  );
}

export function figureWindow(input: FigureWindowInput): FigureWindow {
  const { s, nums, i, drafts } = input;
  const n = nums[i];
  const prevEnd = i > 0 ? nums[i - 1].end : 0;
  // a share of a population reads past it: "90 of the town's 200 residents had died"
  const share = isDenominator(s, nums, i + 1);
  const nextStart =
    i + 1 < nums.length
      ? share
        ? i + 2 < nums.length
          ? nums[i + 2].start
          : s.length
        : nums[i + 1].start
      : s.length;
  const leftFull = s.slice(Math.max(prevEnd, n.start - 120), n.start);
  // a parenthetical subset does not cut a figure from its verb: "6 people, including two children, were killed"
  let rightRaw = s.slice(n.end, nextStart);
  if (share)
    rightRaw =
      rightRaw.slice(0, nums[i + 1].start - n.end) +
      '_'.repeat(nums[i + 1].end - nums[i + 1].start) +
      rightRaw.slice(nums[i + 1].end - n.end);
  const rightFull = padAside(
    padDashList(stripIncluding(rightRaw, s.slice(nextStart)), s.slice(nextStart)),
  );
  // "killed 12 people, including three children, and wounded another 40": the set goes on, not its part
  const lastDraft =
    [...drafts].reverse().find((d): d is Draft => !!d && !d.aside) ??
    [...drafts].reverse().find((d): d is Draft => !!d) ??
    null;
  const leftFull2 = rangeEndLeft(s, nums, i, leftFull);
  const reading = readQualifier(s, nums, i, leftFull, leftFull2);
  const right = rightWindow(
    reading.q === 'range'
      ? s.slice(reading.rangeEnd, i + 2 < nums.length ? nums[i + 2].start : s.length)
      : rightFull,
  );
  // a quoted figure keeps the verb before the quote mark: 'killed “at least 12 protesters”'
  const leftCore = withoutOpeningQuote(
    withoutOpeningQuote(leftFull2.slice(0, leftFull2.length - reading.qlen)).replace(FILLER, ''),
  );
  // every field named, in the order the spreads gave: an object built from two spreads cost more
  // than the rest of the window
  return {
    s,
    nums,
    i,
    drafts,
    prevMetric: input.prevMetric,
    prevSubject: input.prevSubject,
    pubYear: input.pubYear,
    crowd: input.crowd,
    n,
    lastDraft,
    prevEnd,
    share,
    leftFull,
    leftFull2,
    rightFull,
    right,
    leftCore,
    np: nounAfter(right),
    value: n.value,
    q: reading.q,
    qlen: reading.qlen,
    below: reading.below,
    high: reading.high,
    rangeEnd: reading.rangeEnd,
  };
}

/** Marks that open a quotation. */
const OPENING_QUOTES = ['"', '“', '‘'];

/**
 * `left` without a quotation mark that opens right at its end, nor the white space around it (as
 * replacing /\s*["“‘]\s*$/ would, without trying that pattern at every position of the left).
 */
function withoutOpeningQuote(left: string): string {
  const trimmed = left.trimEnd();
  return OPENING_QUOTES.includes(trimmed[trimmed.length - 1])
    ? trimmed.slice(0, -1).trimEnd()
    : left;
}

/** The second figure of "from 10 to 15" reads the first one's left ("rose from 10 to 15" → "rose to 15"). */
function rangeEndLeft(s: string, nums: NumberMention[], i: number, leftFull: string): string {
  if (i > 0 && /^\s*(?:to|-|–)\s*$/.test(leftFull)) {
    const a = nums[i - 1];
    const aLeft = s.slice(Math.max(i > 1 ? nums[i - 2].end : 0, a.start - 120), a.start);
    if (/\bfrom\s*$/i.test(aLeft)) return aLeft.replace(/\s*from\s*$/i, ' to ');
  }
  return leftFull;
}

type QualifierReading = Pick<FigureWindow, 'q' | 'qlen' | 'below' | 'high' | 'rangeEnd'>;

/** The qualifier before the figure, a range it opens, and the qualifiers after it. */
function readQualifier(
  s: string,
  nums: NumberMention[],
  i: number,
  leftFull: string,
  leftFull2: string,
): QualifierReading {
  const n = nums[i];
  const qualified = qualify(leftFull2);
  let { q, len: qlen, below } = qualified;
  let high: number | null = null;
  let rangeEnd = n.end;
  // ranges: "between 10 and 15", "10-15", "10 to 15", "two or three"
  if (i + 1 < nums.length && !n.vague && !nums[i + 1].vague) {
    const mid = s.slice(n.end, nums[i + 1].start);
    const between = /\bbetween\s*$/i.test(leftFull) && /^\s*and\s*$/i.test(mid);
    if (between || /^\s*(?:-|–|to|or)\s*$/i.test(mid)) {
      if (nums[i + 1].value > n.value) {
        q = 'range';
        high = nums[i + 1].value;
        rangeEnd = nums[i + 1].end;
        if (between) qlen = /\bbetween\s*$/i.exec(leftFull)![0].length;
      }
    }
  }
  if (n.vague) q = 'vague';
  // "8 or more", "100-plus", "150 or so"
  const tail = s.slice(rangeEnd);
  if (q === 'exact' && /^\s*(?:or more|and more)\b/i.test(tail)) q = 'at_least';
  if (q === 'exact' && /^(?:\s*plus\b|-plus\b|\+)/i.test(tail)) q = 'more_than';
  if (q === 'exact' && /^\s*or so\b/i.test(tail)) q = 'approx';
  if (q === 'exact' && passedFigure(leftFull2)) q = 'more_than';
  if (q === 'exact' && nearedFigure(leftFull2)) [q, below] = ['approx', true];
  return { q, qlen, below, high, rangeEnd };
}

/** Words that open a parenthetical subset. */
const SUBSET_OPENERS = ['including', 'among them', 'among whom', 'of whom', 'of them', 'of which'];
/**
 * Words that open a parenthetical group beside the figure's own: "1,174 personnel, along with 913
 * volunteers, took part" (both took part; the aside's figure is read on its own).
 */
const COMPANION_OPENERS = ['along with', 'together with', 'alongside', 'as well as', 'joined by'];
const SUBSET_QUALIFIERS = [
  'some',
  'about',
  'around',
  'nearly',
  'almost',
  'roughly',
  'approximately',
  'more than',
  'over',
  'at least',
  'up to',
  'as many as',
];
const OPENS_SUBSET = new RegExp(
  String.raw`\s*(?:,|\(|—|–|--)\s*${anyOf([...SUBSET_OPENERS, ...COMPANION_OPENERS])}(?:\s+${anyOf(SUBSET_QUALIFIERS)})?\s*$`,
  'i',
);

function stripIncluding(right: string, rest: string): string {
  const m = OPENS_SUBSET.exec(right);
  if (!m || !rest) return right;
  // the parenthetical closes at a comma that is no digit separator ("7,000")
  const close = /,(?!\d{3}\b)|[)—–]|--/.exec(rest);
  if (!close) return right;
  // padded to the same length, so offsets past it still point into the sentence
  const cut = right.length - m.index + close.index + close[0].length;
  return (
    right.slice(0, m.index) +
    ' ' +
    '_'.repeat(Math.max(0, cut - 2)) +
    ' ' +
    rest.slice(close.index + close[0].length)
  );
}

/** The dashes a list of parts is set off by ("--" is two of the first). */
const DASHES = ['-', '–', '—'];

/**
 * A list of parts set off by dashes after a total cuts no figure from its verb: "121 people - 113
 * women, seven children and a man - were killed" (the total and each part read "were killed").
 * The dash after the total's noun opens the list; the next spaced dash closes it.
 */
function padDashList(right: string, rest: string): string {
  if (!DASHES.some((dash) => right.includes(dash))) return right;
  const open = /^\s*(?:[\p{L}'’-]+\s+){0,3}?[\p{L}'’]+(\s+(?:-|–|—|--)\s+|\s*[—–]\s*)$/u.exec(
    right,
  );
  if (!open || !rest) return right;
  const close = /\s(?:-|–|—|--)\s|[—–]/.exec(rest);
  if (!close || close.index > 120 || !/^\s*\p{Ll}/u.test(rest.slice(close.index + close[0].length)))
    return right;
  const at = right.length - open[1].length;
  // padded to the same length, so offsets past it still point into the sentence
  const cut = right.length - at + close.index + close[0].length;
  return (
    right.slice(0, at) +
    ' ' +
    '_'.repeat(Math.max(0, cut - 2)) +
    ' ' +
    rest.slice(close.index + close[0].length)
  );
}

/**
 * Offices an apposition may give a named person: "…of Ramesh Patel, the Congress MLA from Mandya,
 * also died". Office holders only: "two people, a police officer and a protester," names whom a
 * figure counts, so the lexicon's subject nouns stay out.
 */
const OFFICES = [
  'MPs?',
  'MLAs?',
  'lawmakers?',
  'legislators?',
  'senators?',
  'congress(?:wo)?man',
  'representatives?',
  'council+ors?',
  'mayors?',
  'governors?',
  'ministers?',
  'spokes(?:man|woman|person)',
  'chairman',
  'chairwoman',
  'chairperson',
  'president',
  'leader',
];
/**
 * An apposition that says who a named person is, between commas: ", the deputy mayor of Malmo,".
 * It follows a capitalised name and holds no figure, at most six words before the office. The
 * comma comes first and the name is a lookbehind from it: a lookbehind first was tried (reading a
 * whole word backwards) at every character of the window.
 */
const OFFICE_APPOSITION = new RegExp(
  String.raw`,(?<=\p{Lu}[\p{L}'’-]+,)\s*(?:(?:a|an|the)\s+)?(?:[\p{L}'’.-]+\s+){0,5}?${anyOf(OFFICES)}(?:\s+(?:from|of|for)\s+(?:the\s+)?(?:[\p{L}'’.-]+\s+){0,3}?[\p{L}'’.-]+)?\s*,`,
  'u',
);

/** Blanks `m` out, keeping its length, so offsets past it still point into the sentence. */
const blank = (m: string) => ' ' + '_'.repeat(Math.max(0, m.length - 2)) + ' ';

/**
 * A parenthetical without figures cuts no figure from its verb: "20 officers, including two
 * commanders, were killed"; nor does an office given to a name: "12 relatives of X, an MP from Y,
 * also lost their lives"; nor a larger guess beside a vague amount: "hundreds – if not thousands –
 * may have been killed".
 */
function padAside(right: string): string {
  return right
    .replace(LARGER_GUESS, blank)
    .replace(
      /,\s*(?:including|among them|among whom|mostly|mainly|many of them|most of them|such as)\s[^,;:\d]{1,60},/i,
      blank,
    )
    .replace(OFFICE_APPOSITION, blank);
}
