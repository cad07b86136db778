// Finds the figures written in a sentence: digits ("1,000", "4 353", "1.5 million"), number
// words ("eight", "twenty-five", "a dozen", "two hundred") and vague amounts ("dozens",
// "tens of thousands"). Things that look like numbers but are not counts (years, dates,
// times, ages, money, percentages, phone numbers, "Article 4", "COVID-19", "a two-week …",
// ordinals, decades) are dropped here, so later stages only see candidate counts.
import { WEEKDAYS } from './calendar-words';
import { shareRangeScale } from './range-scale';
import {
  AGE_BOUNDS,
  AGE_GROUPS,
  CASUALTY_PARTICIPLES,
  CURRENCY_CODES,
  DIGIT_SCALES,
  DOLLAR_PREFIXES,
  GUESSED_AMOUNTS,
  GUESS_WORDS,
  HYPHEN_UNITS,
  MAY_ADVERBS,
  MAY_VERBS,
  METRE_WORDS,
  MILLION_M_NOUNS,
  MONEY_SIGNS,
  MONTH_NAMES,
  NAME_BODY_WORDS,
  NUMBER_LABELS,
  NUMBER_VERB_SUBJECTS,
  OTHER_NUMBER_LABELS,
  PERSON_NOUNS,
  UNIT_WORDS,
  VAGUE_FOLLOWERS,
  VAGUE_REPORT_VERBS,
} from './number-words';
import { anyOf } from './word-pattern';

export interface NumberMention {
  value: number;
  start: number;
  end: number;
  /** Set for vague amounts: the interval the word gives (dozens → [12, 99]). */
  vague?: { low: number; high: number };
  /** Written as words ("eight") rather than digits. */
  words: boolean;
  /** The scale word the figure ends in ("2 million", "eight lakh"): a range's first figure may share it. */
  scale?: number;
}

const UNITS: Record<string, number> = {
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
};
const TENS: Record<string, number> = {
  twenty: 20,
  thirty: 30,
  forty: 40,
  fourty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};
/** South Asian papers count in lakhs (100,000) and crores (10 million), in words as in digits. */
const SCALES: Record<string, number> = {
  hundred: 100,
  thousand: 1000,
  lakh: 100_000,
  lakhs: 100_000,
  million: 1_000_000,
  crore: 10_000_000,
  crores: 10_000_000,
  billion: 1_000_000_000,
};

/** Scale words after digits ("1.5 million", "2.5 lakh": South Asian papers count in lakhs and crores). */
const SCALE_WORDS: Record<string, number> = {
  thousand: 1000,
  k: 1000,
  lakh: 100_000,
  million: 1_000_000,
  mln: 1_000_000,
  mn: 1_000_000,
  m: 1_000_000,
  crore: 10_000_000,
  billion: 1_000_000_000,
  bn: 1_000_000_000,
};

const WORD = anyOf([
  ...Object.keys(UNITS),
  ...Object.keys(TENS),
  ...Object.keys(SCALES),
  'dozen',
  'a',
  'and',
]);
/** A run of number words: "twenty-five", "two hundred and fifty", "a dozen". */
const WORD_RUN = new RegExp(`\\b(?:${WORD})(?:[\\s-]+(?:${WORD}))*\\b`, 'gi');

/** Vague amounts, longest first; value is the conservative point (ACLED), interval to the next order of magnitude. */
const VAGUE: { re: RegExp; value: number; high: number }[] = [
  { re: /\bhundreds of millions\b/iy, value: 100_000_000, high: 999_999_999 },
  { re: /\b(?:tens|10s) of millions\b/iy, value: 10_000_000, high: 99_999_999 },
  { re: /\b(?:several|a few) million\b/iy, value: 1_000_000, high: 9_999_999 },
  { re: /\b(?:tens|10s) of thousands\b/iy, value: 10_000, high: 99_999 },
  { re: /\bhundreds of thousands\b/iy, value: 100_000, high: 999_999 },
  { re: /\bcrores\b/iy, value: 10_000_000, high: 99_999_999 },
  { re: /\blakhs\b/iy, value: 100_000, high: 999_999 },
  { re: /\b(?:several|a few) hundred thousand\b/iy, value: 100_000, high: 999_999 },
  { re: /\bmillions\b/iy, value: 1_000_000, high: 9_999_999 },
  { re: /\b(?:several|a few) thousand\b/iy, value: 1000, high: 9999 },
  { re: /\bthousands\b/iy, value: 1000, high: 9999 },
  { re: /\b(?:several|a few) hundred\b/iy, value: 100, high: 999 },
  { re: /\bhundreds\b/iy, value: 100, high: 999 },
  { re: /\bscores\b/iy, value: 20, high: 99 },
  { re: /\b(?:several|a few) dozen\b/iy, value: 12, high: 99 },
  { re: /\bdozens\b/iy, value: 12, high: 99 },
  { re: /\btens\b/iy, value: 10, high: 99 },
];
/** Words before a vague amount that make it a count: "killed dozens", "including hundreds", "a crowd of thousands". */
const VAGUE_LEADS = [
  'killed',
  'killing',
  'kills',
  // "gunmen gunned down scores", "soldiers massacred hundreds"
  '(?:gunned|mowed|mown) down',
  'shot dead',
  'massacred',
  'slaughtered',
  'injured',
  'injuring',
  'wounded',
  'wounding',
  'arrested',
  'detained',
  'displaced',
  'evacuated',
  'left',
  'leaving',
  'among',
  'including',
  'drive',
  'drives',
  'drove',
  'driven',
  'driving',
  'forced',
  'forcing',
  // an amount as a predicate: "the crowd was (probably) in the thousands", "the toll would be in the
  // hundreds", "could run into the hundreds", "the dead number in the thousands"
  String.raw`(?:be|been|was|were|is|are|number|numbers|numbered|numbering|run|runs|ran|running)\s*["“]?(?:\w+ly )?(?:in|into) the`,
  '(?:reach|reached|reaches|reaching) (?:into )?the',
  // a crowd's size: "the crowd of thousands", "a rally of hundreds", "attended by thousands"
  'crowds? of',
  'rall(?:y|ies) of',
  'gatherings? of',
  'attended by',
];
const VAGUE_LEAD = new RegExp(`\\b${anyOf(VAGUE_LEADS)}\\s+$`, 'i');
const VAGUE_START =
  /\b(?:tens|10s|hundreds|several|a few|millions|thousands|scores|dozens|lakhs|crores)\b/gi;
/** "8 lakhs of people", "two lakhs of pilgrims": the plural is that figure's scale, not a vague amount. */
const FIGURE_BEFORE = new RegExp(
  `(?:\\d|\\b${anyOf([...Object.keys(UNITS), ...Object.keys(TENS), 'hundred', 'thousand'])})\\s*$`,
  'i',
);

const MONTH_BEFORE = new RegExp(`\\b${anyOf(MONTH_NAMES)}\\.?\\s*$`, 'i');
const MONTH_AFTER = new RegExp(`^(?:st|nd|rd|th)?\\s*(?:of\\s+)?${anyOf(MONTH_NAMES)}\\b`, 'i');
/** "700 may still be missing": the lower-case modal before a verb, not the month. */
const MAY_ADVERB = MAY_ADVERBS.map((w) => String.raw`${w}\s+`).join('|');
const MODAL_MAY = new RegExp(String.raw`^\s*may\s+(?:${MAY_ADVERB})*${anyOf(MAY_VERBS)}\b`);
/** Words that make the number a measure of something else, not a count of people. */
const UNIT_AFTER = new RegExp(
  `^(?:${[
    String.raw`[\s-]*${anyOf(UNIT_WORDS)}\b`,
    String.raw`[\s-]*%`,
    `-${anyOf(HYPHEN_UNITS)}`,
    // ordinals, possessives and plurals ("4th", "1990s"), clock times, ages
    String.raw`\s*(?:st|nd|rd|th)\b`,
    String.raw`[’']?s\b`,
    String.raw`:\d`,
    String.raw`\s+in the (?:morning|evening|afternoon)\b`,
    String.raw`\s+(?:years? old|year-old)\b`,
  ].join('|')})`,
  'i',
);
/** Currency written before the figure as a code or abbreviation ("Rs 300,000", "KSh 1,000"); case matters ("MAD", not "mad"). */
const CURRENCY_BEFORE = new RegExp(
  String.raw`(?:\b${anyOf(CURRENCY_CODES)}\.?|\b${anyOf(DOLLAR_PREFIXES)}\$)\s*$`,
);
/** Money, labels ("Article 4", "Route 66"), ages and versions before a figure: it counts no one. */
const BEFORE_NOT_COUNT = new RegExp(
  `(?:${MONEY_SIGNS.join('|')}|\\b(?:${[
    ...NUMBER_LABELS,
    String.raw`${anyOf(AGE_GROUPS)}\s+${anyOf(AGE_BOUNDS)}`,
    ...OTHER_NUMBER_LABELS,
    String.raw`(?<!\b${anyOf(NUMBER_VERB_SUBJECTS)}\s+)number`,
  ].join('|')})\\.?)\\s*$`,
  'i',
);

const scaleOf = (word: string) => SCALE_WORDS[word.toLowerCase().replace(/s$/, '')] ?? 1000;

/** "1.5 to 2 million": a decimal opening a range takes the scale written after the second figure. */
const SCALED_RANGE_END =
  /^\s*(-|–|—|to|or|and)\s*(\d+(?:\.\d+)?)\s*(million|thousand|billion|mln|bn|lakhs?|crores?)\b/i;
const BETWEEN_BEFORE = /\bbetween\s*$/i;
function decimalRangeScale(after: string, value: number, between: boolean): number | undefined {
  if (Number.isInteger(value)) return undefined;
  const m = SCALED_RANGE_END.exec(after);
  if (m && m[1].toLowerCase() === 'and' && !between) return undefined;
  return m && value < Number(m[2]) ? scaleOf(m[3]) : undefined;
}

/** "one and a half lakh", "2 and a half million": the half is of the scale named after it. */
const AND_A_HALF = new RegExp(
  `\\b(\\d+|${anyOf([...Object.keys(UNITS), ...Object.keys(TENS)])})[\\s-]+and[\\s-]+a[\\s-]+half[\\s-]+(${anyOf(['dozen', ...Object.keys(SCALES)])})\\b`,
  'gi',
);

/**
 * "seven and eight lakh" is two figures, "two hundred and fifty" one: an "and" joins the words of
 * one figure only after a scale word.
 */
function splitAtJoiningAnd(m: RegExpMatchArray): { text: string; start: number }[] {
  const pieces: { text: string; start: number }[] = [];
  let from = 0;
  for (const and of m[0].matchAll(/[\s-]+and[\s-]+/gi)) {
    const wordBefore = m[0]
      .slice(from, and.index)
      .split(/[\s-]+/)
      .pop()!
      .toLowerCase();
    if (wordBefore in SCALES || wordBefore === 'dozen' || wordBefore === 'a') continue;
    pieces.push({ text: m[0].slice(from, and.index), start: m.index! + from });
    from = and.index! + and[0].length;
  }
  pieces.push({ text: m[0].slice(from), start: m.index! + from });
  return pieces.filter((p) => p.text);
}

const ARTICLE_ONLY = /^(?:a|and)$/i;

/** "a dozen", "a hundred", "a lakh": the article is the figure one. */
const A_SCALE = new RegExp(`^a[\\s-]+${anyOf(['dozen', ...Object.keys(SCALES)])}\\b`, 'i');

function wordsToNumber(raw: string): number | null {
  const parts = raw
    .toLowerCase()
    .split(/[\s-]+/)
    .filter((p) => p && p !== 'and');
  if (!parts.length) return null;
  let total = 0;
  let current = 0;
  let seen = false;
  for (let i = 0; i < parts.length; i++) {
    const p = parts[i];
    if (p === 'a') {
      // "a dozen", "a hundred", "a thousand": only as a leading article
      if (seen || !parts[i + 1] || !(parts[i + 1] === 'dozen' || SCALES[parts[i + 1]]))
        return seen ? total + current : null;
      current = 1;
      continue;
    }
    if (p in UNITS) {
      current += UNITS[p];
      seen = true;
    } else if (p in TENS) {
      current += TENS[p];
      seen = true;
    } else if (p === 'dozen') {
      current = (current || 1) * 12;
      seen = true;
    } else if (p === 'hundred') {
      current = (current || 1) * 100;
      seen = true;
    } else if (p in SCALES) {
      total += (current || 1) * SCALES[p];
      current = 0;
      seen = true;
    }
  }
  return seen ? total + current : null;
}

/** "one police officer had been killed": "one" heads a person noun that a casualty verb follows. */
const ONE_SUBJECT = new RegExp(
  String.raw`^\s+(?:[\p{L}-]+\s+){0,2}?${anyOf(PERSON_NOUNS)}\s+(?:(?:was|is|had|has|have)\s+)?` +
    String.raw`(?:also\s+)?(?:been\s+)?${anyOf(CASUALTY_PARTICIPLES)}\b`,
  'iu',
);

/** "Jane Roe, 42, a nurse": a figure set off by commas right after a name is the person's age. */
function isAge(before: string, after: string, value: number): boolean {
  return (
    value <= 110 &&
    /\p{Lu}[\p{Ll}'’-]+,\s*$/u.test(before) &&
    /^\s*(?:,|\))/.test(after) &&
    !/\b(?:in|at|near|from|of|to)\s+\p{Lu}[\p{Ll}'’-]+,\s*$/u.test(before)
  );
}

/** Capitalised words a number completes as a name: "Region 7", "Precinct 4", "Task Force 3". */
const NUMBERED_NAMES = [
  ...['Region', 'Precinct', 'District', 'Sector', 'Division', 'Battalion', 'Brigade', 'Station'],
  ...['Squad', 'Zone', 'Ward', 'Camp', 'Unit', 'Team', 'Force', 'Area', 'Command', 'Company'],
];
const NAME_BEFORE_NUMBER = new RegExp(
  String.raw`(?<![\p{L}])(?:\p{Lu}{2,6}|${NUMBERED_NAMES.join('|')})[ -]?$`,
  'u',
);
/** What may follow a name's number: its close, a comma, a capital, the body's own noun or verb. */
const AFTER_NAME_NUMBER = new RegExp(
  String.raw`^\s*(?:[),;:]|\.(?!\d)|$|\p{Lu}|${anyOf(NAME_BODY_WORDS)}\b)`,
  'u',
);

/**
 * "OCD 7 said", "According to the Region 7 police, 15 …", "(OCD 7) Director": a number right after
 * an acronym or a numbered unit's name is part of the name, never a count. Not in a headline written
 * in capitals ("QUAKE TOLL 72, OCD SAYS"), where an acronym cannot be told from a word.
 */
function isNamePart(before: string, after: string): boolean {
  return NAME_BEFORE_NUMBER.test(before) && AFTER_NAME_NUMBER.test(after) && /\p{Ll}/u.test(before);
}

interface Span {
  start: number;
  end: number;
}
const overlaps = (a: Span, list: Span[]) => list.some((b) => a.start < b.end && b.start < a.end);
/** Whether a span is still free: neither blocked nor taken by a figure already found. */
type IsFree = (span: Span) => boolean;

/** Digits that are no count: phone numbers, clock times, dates written with digits, "1-2-3". */
const NOT_COUNT_DIGITS = new RegExp(
  [
    String.raw`\+?\(?\d{1,4}\)?(?:[ .-]\d{2,4}){2,}`,
    String.raw`\b\d{1,2}:\d{2}\b`,
    String.raw`\b\d{1,4}[/.]\d{1,2}[/.]\d{2,4}\b`,
    String.raw`\b\d{1,2}-\d{1,2}-\d{1,2}\b`,
    String.raw`\b\d-\d-\d\b`,
  ].join('|'),
  'g',
);
/** "4 353 wounded", "1 000 000", "1.200.000": digit groups, read as figures, not phone numbers. */
const DIGIT_GROUPS = /^\d{1,3}(?: \d{3})+$|^[1-9]\d{0,2}(?:\.\d{3})+$/;

function notCountSpans(s: string): Span[] {
  const blocked: Span[] = [];
  for (const m of s.matchAll(NOT_COUNT_DIGITS)) {
    if (DIGIT_GROUPS.test(m[0])) continue;
    blocked.push({ start: m.index!, end: m.index! + m[0].length });
  }
  return blocked;
}

/** What after a vague amount makes it a count: "of …", "more", a metric word, a verb. */
/** A closing quote may come between: a headline's "Opposition says 'hundreds' killed". */
const VAGUE_AFTER = new RegExp(
  String.raw`^['’"”]?\s+(?:of\b|more\b|${anyOf(VAGUE_FOLLOWERS)}\b)`,
  'iu',
);

/** The vague amount written at `at`, the longest that is ("tens of thousands", not "tens"). */
function vagueAt(s: string, at: number) {
  for (const v of VAGUE) {
    v.re.lastIndex = at;
    const hit = v.re.exec(s);
    if (hit) return { v, text: hit[0] };
  }
  return null;
}

/**
 * A larger guess set beside a vague amount: "hundreds – if not thousands – may have been killed",
 * "dozens, perhaps hundreds, were arrested". The amount keeps its verb past the guess; the guess is
 * no count of its own (the corpus keeps it optional), and the window reader pads it out.
 */
export const LARGER_GUESS = new RegExp(
  String.raw`^\s*[,–—(-]?\s*${anyOf(GUESS_WORDS)}\s+(?:even\s+)?${anyOf(GUESSED_AMOUNTS)}\b\s*[,–—)-]?`,
  'i',
);
const GUESS_BEFORE = new RegExp(
  String.raw`\b${anyOf(GUESSED_AMOUNTS)}\s*[,–—(-]?\s*${anyOf(GUESS_WORDS)}\s+(?:even\s+)?$`,
  'i',
);
/** "while the Catholic Church suggests hundreds, and …": a source's bare vague amount, ended there. */
const REPORTED_BARE = new RegExp(String.raw`\b${anyOf(VAGUE_REPORT_VERBS)}\s+$`, 'i');
const BARE_END = /^\s*(?:[,;.]|and\b|$)/i;

/** "8 lakhs of people" is a figure's scale; "thousands" counts only after a lead or before a verb. */
function countsVague(s: string, text: string, span: Span): boolean {
  const scaleOfFigure = /^(?:lakhs|crores)$/i.test(text);
  if (scaleOfFigure && FIGURE_BEFORE.test(s.slice(0, span.start))) return false;
  // a vague word counts things only before "of …" or a metric word ("hundreds were hurt")
  const lead = s.slice(Math.max(0, span.start - 30), span.start);
  if (GUESS_BEFORE.test(lead)) return false;
  let after = s.slice(span.end, span.end + 80);
  const guess = LARGER_GUESS.exec(after);
  if (guess) after = ' ' + after.slice(guess[0].length).trimStart();
  return (
    !/s$/i.test(text) ||
    VAGUE_LEAD.test(lead) ||
    VAGUE_AFTER.test(after.slice(0, 40)) ||
    (REPORTED_BARE.test(lead) && BARE_END.test(after))
  );
}

function addVagueAmounts(s: string, isFree: IsFree, out: NumberMention[]): void {
  for (const m of s.matchAll(VAGUE_START)) {
    const hit = vagueAt(s, m.index!);
    if (!hit) continue;
    const span = { start: m.index!, end: m.index! + hit.text.length };
    if (!isFree(span) || !countsVague(s, hit.text, span)) continue;
    const { value, high } = hit.v;
    out.push({ ...span, value, vague: { low: value, high }, words: true });
  }
}

function addAndAHalf(s: string, isFree: IsFree, out: NumberMention[]): void {
  for (const m of s.matchAll(AND_A_HALF)) {
    const span = { start: m.index!, end: m.index! + m[0].length };
    const whole = /\d/.test(m[1]) ? Number(m[1]) : wordsToNumber(m[1]);
    const scale = SCALES[m[2].toLowerCase()] ?? (m[2].toLowerCase() === 'dozen' ? 12 : 0);
    if (whole === null || !scale || !isFree(span)) continue;
    out.push({ ...span, value: (whole + 0.5) * scale, words: true, scale });
  }
}

/** "half a dozen", "half a million" */
const HALF_A = /\bhalf an? (dozen|hundred|thousand|million|billion)\b/gi;

function addHalfA(s: string, isFree: IsFree, out: NumberMention[]): void {
  for (const m of s.matchAll(HALF_A)) {
    const span = { start: m.index!, end: m.index! + m[0].length };
    const whole = m[1].toLowerCase() === 'dozen' ? 12 : SCALES[m[1].toLowerCase()];
    if (isFree(span)) out.push({ ...span, value: whole / 2, words: true });
  }
}

/** "a quarter of a million", "three-quarters of a million", "a third of a million" */
const FRACTION_OF_A = new RegExp(
  String.raw`\b(a|one|two|three)[- ](quarters?|thirds?) of an? (hundred|thousand|million|billion)\b`,
  'gi',
);
const FRACTION_PARTS: Record<string, number> = { quarter: 4, quarters: 4, third: 3, thirds: 3 };

function addFractionOfA(s: string, isFree: IsFree, out: NumberMention[]): void {
  for (const m of s.matchAll(FRACTION_OF_A)) {
    const span = { start: m.index!, end: m.index! + m[0].length };
    const count = /^(?:a|one)$/i.test(m[1]) ? 1 : m[1].toLowerCase() === 'two' ? 2 : 3;
    const part = FRACTION_PARTS[m[2].toLowerCase()];
    const value = Math.round((count / part) * SCALES[m[3].toLowerCase()]);
    if (count < part && isFree(span)) out.push({ ...span, value, words: true });
  }
}

/**
 * Digits, with separators and an optional scale word ("1.5 million", "1.5-million"): group 1 the
 * digits, group 2 the scale word, group 3 a millions "m" ("1.08m people", "4m people"; never
 * "2.5m high", "a 10m drop"). Dots group thousands too ("3.200", "1.200.000"): see readDigits.
 */
const DIGITS = new RegExp(
  String.raw`(?<![\p{L}\d.,])(?<![\p{L}][-‑])` +
    String.raw`(\d{1,3}(?:,\d{3})+|\d{1,3}(?:[ \u00a0\u202f\u2009]\d{3})+(?!\d)|\d{1,3}(?:\.\d{3}){2,}|\d+(?:\.\d+)?)` +
    String.raw`(?:(?:\s*|-)(${DIGIT_SCALES.join('|')})\b` +
    String.raw`|(?<=\.\d+)(m)(?=\s+(?!${anyOf(METRE_WORDS)}\b)[\p{Ll}])` +
    String.raw`|(m)(?=\s+${anyOf(MILLION_M_NOUNS)}\b))?` +
    String.raw`(?![\p{L}\d]|\.\d)`,
  'gu',
);
/** "3.200 people", "1.200.000": dots that group thousands, as many papers write them; never "0.500". */
const DOT_GROUPS = /^[1-9]\d{0,2}(?:\.\d{3})+$/;

/** Attached to a word: "Khabar-24", "COVID-19", "F-16" (but "a 5,000-strong crowd" counts). */
function isAttached(before: string, after: string): boolean {
  const wordBefore = /[\p{L}][-‑]$/u.test(before);
  const wordAfter = /^[-‑]?[\p{L}]/u.test(after.replace(/^\s*(?:million|thousand)\b/, ''));
  if (!wordBefore && !wordAfter) return false;
  return wordBefore || (!/^-(?:strong|plus)\b/i.test(after) && /^[-‑]?[\p{L}]/u.test(after));
}

/** "May 12", "12th of March", but not "700 may still be missing". */
function isNextToMonth(before: string, after: string): boolean {
  return MONTH_BEFORE.test(before) || (MONTH_AFTER.test(after) && !MODAL_MAY.test(after));
}

/** Years (four digits without separator, 1800-2100) and days of a month. */
function isDatePart(digits: string, value: number, before: string, after: string): boolean {
  if (/^\d{4}$/.test(digits) && value >= 1800 && value <= 2100) return true;
  // a day of a month is at most 31: "130,000 march in Valencia" is a crowd, not a date
  return value <= 31 && (isNextToMonth(before, after) || isDayAfterWeekday(before, after));
}

/** "on Tuesday (30), when …": a day of the month in brackets after its weekday. */
const WEEKDAY_OPEN = new RegExp(String.raw`\b${anyOf(WEEKDAYS)}\s*\(\s*$`, 'i');
function isDayAfterWeekday(before: string, after: string): boolean {
  return WEEKDAY_OPEN.test(before) && /^\s*\)/.test(after);
}

/** Digits that measure, label or date something, or name a person's age or a unit: no count. */
function digitsNotCount(s: string, m: RegExpMatchArray, value: number, scaled: boolean): boolean {
  const start = m.index!;
  const end = start + m[0].length;
  const before = s.slice(Math.max(0, start - 24), start);
  const after = s.slice(end, end + 30);
  if (isAttached(before, after)) return true;
  if (!scaled && isDatePart(m[1], value, before, after)) return true;
  if (UNIT_AFTER.test(after)) return true;
  if (BEFORE_NOT_COUNT.test(before) || CURRENCY_BEFORE.test(before)) return true;
  if (isAge(before, after, value)) return true;
  return isNamePart(s.slice(Math.max(0, start - 40), start), after);
}

function readDigits(s: string, m: RegExpMatchArray): NumberMention | null {
  const start = m.index!;
  const end = start + m[0].length;
  const scale = (m[2] ?? m[3] ?? m[4])?.toLowerCase();
  // with a scale word the dot is a decimal point ("1.500 million" is one and a half million)
  const separators =
    !scale && DOT_GROUPS.test(m[1]) ? /[., \u00a0\u202f\u2009]/g : /[, \u00a0\u202f\u2009]/g;
  let value = Number(m[1].replace(separators, ''));
  // the range's scale only for a decimal: "between" is looked for over the whole text before
  const scaleValue = scale
    ? scaleOf(scale)
    : Number.isInteger(value)
      ? undefined
      : decimalRangeScale(s.slice(end), value, BETWEEN_BEFORE.test(s.slice(0, start)));
  if (scaleValue) value = Math.round(value * scaleValue);
  if (!Number.isFinite(value)) return null;
  if (!Number.isInteger(value)) return null; // "2.5" is rarely a head count
  if (digitsNotCount(s, m, value, !!scale)) return null;
  return { start, end, value, words: false, ...(scaleValue ? { scale: scaleValue } : {}) };
}

function addDigits(s: string, isFree: IsFree, out: NumberMention[]): void {
  for (const m of s.matchAll(DIGITS)) {
    if (!isFree({ start: m.index!, end: m.index! + m[0].length })) continue;
    const mention = readDigits(s, m);
    if (mention) out.push(mention);
  }
}

/** Trims a leading or trailing "a"/"and" that is not part of the figure ("a hundred" keeps it). */
function trimArticles(piece: { text: string; start: number }) {
  let { text, start } = piece;
  const lead = /^(?:and|a)\b[\s-]*/i.exec(text);
  if (lead && !A_SCALE.test(text)) {
    start += lead[0].length;
    text = text.slice(lead[0].length);
  }
  text = text.replace(/(?:[\s-]+(?:and|a))+$/i, '');
  if (!text || /^(?:and|a)$/i.test(text)) return null;
  return { text, start };
}

/** "one of the victims", "no one", "that one": the word "one" that counts no one. */
function isLoneOne(s: string, before: string, after: string, end: number): boolean {
  // "one of the victims", "one more", "no one", "one another", "at one point"
  if (/^\s+(?:of|more|another|day|point|time|side|way|hand|thing|such|or|by|after)\b/i.test(after))
    return true;
  if (/\b(?:no|any|every|some|the|this|each|someone|anyone)\s*$/i.test(before)) return true;
  // "said that one officer had been killed" counts; "that one", "at one" otherwise do not
  return (
    /\b(?:that|which|at)\s*$/i.test(before) &&
    !ONE_SUBJECT.test(after + s.slice(end + 30, end + 90))
  );
}

/** "two-thirds", "three quarters": a fraction, not a count. */
function isFraction(after: string): boolean {
  return (
    /^-(?:thirds?|quarters?|fifths?|halves)\b/i.test(after) ||
    /^\s*(?:thirds?|quarters?|halves)\b/i.test(after)
  );
}

/** Number words that are part of a name, a fraction, a measure, a date, or money: no count. */
function wordsNotCount(s: string, text: string, span: Span): boolean {
  const { start, end } = span;
  const before = s.slice(Math.max(0, start - 24), start);
  const after = s.slice(end, end + 30);
  if (/[\p{L}\d][-‑]$/u.test(before)) return true;
  // "212 million" whose digits were dropped (money): the scale word alone is no count
  if (text.toLowerCase() in SCALES && /[\d.,]\s*$/.test(before)) return true;
  if (isFraction(after) || UNIT_AFTER.test(after)) return true;
  if (/^-[\p{L}]/u.test(after) && !/^-(?:strong|plus)\b/i.test(after)) return true;
  if (isNextToMonth(before, after)) return true;
  if (/^one$/i.test(text) && isLoneOne(s, before, after, end)) return true;
  if (/^(?:dozen)$/i.test(text) && !/\b(?:a|half a|about a|some)\s*$/i.test(before)) return true;
  return BEFORE_NOT_COUNT.test(before) || CURRENCY_BEFORE.test(before);
}

function addWordFigures(s: string, isFree: IsFree, out: NumberMention[]): void {
  // a lone "a" or "and" (most runs) is never a figure: it is trimmed to nothing below
  const runs = [...s.matchAll(WORD_RUN)].filter((m) => !ARTICLE_ONLY.test(m[0]));
  for (const piece of runs.flatMap(splitAtJoiningAnd)) {
    const figure = trimArticles(piece);
    if (!figure) continue;
    const { text, start } = figure;
    const span = { start, end: start + text.length };
    if (!isFree(span)) continue;
    const value = wordsToNumber(text);
    if (value === null || wordsNotCount(s, text, span)) continue;
    const last = text
      .toLowerCase()
      .split(/[\s-]+/)
      .pop()!;
    const scale = SCALES[last];
    out.push({ ...span, value, words: true, ...(scale ? { scale } : {}) });
  }
}

export function findNumbers(s: string): NumberMention[] {
  const blocked = notCountSpans(s);
  const out: NumberMention[] = [];
  const isFree: IsFree = (span) => !overlaps(span, blocked) && !overlaps(span, out);
  addVagueAmounts(s, isFree, out);
  if (/quarter|third/i.test(s)) addFractionOfA(s, isFree, out);
  // both "half" patterns hold the word itself: most sentences skip their scans
  const half = /half/i.test(s);
  if (half) addAndAHalf(s, isFree, out);
  addDigits(s, isFree, out);
  if (half) addHalfA(s, isFree, out);
  addWordFigures(s, isFree, out);
  return shareRangeScale(
    s,
    out.sort((a, b) => a.start - b.start),
  );
}
