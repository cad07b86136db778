// A toll broken down place by place: "Bogo City had the most fatalities with 30, followed by San
// Remigio with 22 and Medellin with 10"; "Of the dead, 30 were from Bogo City, 22 from San Remigio";
// "Of the number, 180 are in Bogo, 66 in Medellin". Each figure counts the whole's quantity in its
// own place: a claim of that part (DESIGN.md §3), its place named by the wording, not marked `part`.
import type { Metric, Subject } from '../../../domain/vocabulary';
import { resolvePlace } from '../../../geo/gazetteer';
import { firstCue } from '../cues';
import { sameQuantityAs, type Draft } from '../draft';
import type { NumberMention } from '../numbers';
import { interval, qualify } from '../qualifiers';
import { anyOf } from '../word-pattern';
import { WEEKDAY_OR_MONTH } from '../location';

/** Words naming a town's or area's kind before its name: "the municipality of San Remegio". */
const KIND_OF = ['municipality', 'town', 'city', 'village', 'province', 'district', 'county'];
/** A place name of one to three capitalised words ("Bogo City", "San Remigio"). */
const NAME = String.raw`((?:\p{Lu}[\p{L}'’.-]*\s+){0,2}\p{Lu}[\p{L}'’.-]*)`;
const KIND_PREFIX = String.raw`(?:the\s+${anyOf(KIND_OF)}\s+of\s+)?`;
/** Verbs a place has its count with: "Bogo City had / reported / recorded the most fatalities with 30". */
const HAD = ['had', 'has', 'reported', 'recorded', 'registered', 'saw', 'logged', 'counted'];
const MOST = ['most', 'highest', 'largest', 'biggest', 'greatest'];
/** Left of the figure: "Bogo City had the most fatalities with ", "; followed by San Remigio with ", ", Medellin with ". */
const PLACE_WITH = new RegExp(
  String.raw`(?:^|[,;]\s*|\bfollowed\s+by\s+|\band\s+)${KIND_PREFIX}${NAME}` +
    String.raw`(?:\s+(?:${anyOf(HAD)})\s+(?:the\s+)?(?:${anyOf(MOST)}\s+)?(?:number\s+of\s+)?([\p{L}-]+)(?:\s+so\s+far)?,?)?` +
    String.raw`\s+(?:with|at)\s+$`,
  'u',
);
/** How PLACE_WITH ends: a left that does not end so is not tried at each of its positions. */
const ENDS_WITH_OR_AT = /\s(?:with|at)\s+$/;
/** Right of the figure: " were from Bogo City", " from the municipality of San Remegio", " in Tabogon". */
const ITEM_WORDS = [
  'were',
  'are',
  'was',
  'is',
  'died',
  'dead',
  'killed',
  'injured',
  'hurt',
  'people',
  'deaths',
  'fatalities',
];
const IN_PLACE = new RegExp(
  String.raw`^\s+(?:(?:of\s+them|of\s+whom)\s+)?(?:${anyOf(ITEM_WORDS)}\s+)?(from|in)\s+${KIND_PREFIX}(?:the\s+)?${NAME}`,
  'u',
);
/** "Of the dead,", "of the total fatalities,", "Of the number,", "Of those,": the whole a breakdown splits. */
const OPENER = /\b[Oo]f\s+(?:the|those|these)\s+(?:(?:total|overall)\s+)?([\p{L}-]+)?\s*,\s*$/u;
/** Left of a bracketed figure: ": Kiambu (", ", Nairobi (", ", and Nyamira (". */
const PLACE_BRACKET = new RegExp(String.raw`(?:^|[,:;]\s*|\band\s+)${NAME}\s*\(\s*$`, 'u');
const BRACKET_CLOSES = /^\s*\)/;
/** What a colon-led list counts: "Fatalities were recorded in various counties:", "Arrests by region:". */
const LIST_HEAD = /([^:;.()]{3,80}):\s*$/u;
/** Names that are no place: the day or month a figure is dated by. */
const NOT_A_PLACE = new RegExp(`^(?:${WEEKDAY_OR_MONTH.source.slice(1, -1)}|The|This|That)$`);

interface Item {
  i: number;
  placeAt: number;
  /** Where the item's words end: after the place when it follows the figure. */
  end: number;
  /** The quantity the item's own words name ("the most fatalities"), if they name one. */
  metric: Metric | null;
}

/** The breakdown item figure `i` is, if its wording files it under a place. */
function itemOf(s: string, nums: NumberMention[], i: number): Item | null {
  const n = nums[i];
  if (n.vague) return null;
  const from = i > 0 ? nums[i - 1].end : 0;
  const q = qualify(s.slice(Math.max(from, n.start - 60), n.start));
  const left = s.slice(from, n.start - q.len);
  const withAt = ENDS_WITH_OR_AT.test(left) ? PLACE_WITH.exec(left) : null;
  if (withAt && !NOT_A_PLACE.test(withAt[1].split(/\s+/)[0])) {
    const cue = withAt[2] ? firstCue(withAt[2]) : null;
    return {
      i,
      placeAt: from + withAt.index + withAt[0].indexOf(withAt[1]),
      end: n.end,
      metric: cue && cue.metric !== 'among_prev' ? cue.metric : null,
    };
  }
  const bracketed = bracketItem(s, left, from, n, i);
  if (bracketed) return bracketed;
  const right = IN_PLACE.exec(s.slice(n.end, i + 1 < nums.length ? nums[i + 1].start : s.length));
  if (!right || NOT_A_PLACE.test(right[2].split(/\s+/)[0])) return null;
  // "12 of them from Syria" counts nationals: a country after "from" says who, not where
  if (right[1] === 'from' && resolvePlace(right[2])?.kind === 'country') return null;
  const placeAt = n.end + right.index + right[0].lastIndexOf(right[2]);
  // "six in Daanbantayan.": the sentence's stop is no part of the name
  return { i, placeAt, end: placeAt + right[2].replace(/\.+$/, '').length, metric: null };
}

/** "Kiambu (8)": a place with its figure in brackets, an item of a colon-led list. */
function bracketItem(
  s: string,
  left: string,
  from: number,
  n: NumberMention,
  i: number,
): Item | null {
  // PLACE_BRACKET ends at the bracket: a left that does not is not tried at each of its positions
  if (!left.trimEnd().endsWith('(')) return null;
  const m = PLACE_BRACKET.exec(left);
  if (!m || NOT_A_PLACE.test(m[1].split(/\s+/)[0]) || !BRACKET_CLOSES.test(s.slice(n.end)))
    return null;
  return { i, placeAt: from + m.index + m[0].indexOf(m[1]), end: n.end + 1, metric: null };
}

/** The head of a colon-led list of bracketed items: "Deaths by county: Kiambu (8), Nairobi (6)". */
function listHead(s: string, first: Item): RegExpExecArray | null {
  return s[first.end - 1] === ')' ? LIST_HEAD.exec(s.slice(0, first.placeAt)) : null;
}

export const placeBreakdown = {
  name: 'a toll broken down place by place',
  examples: [
    'Bogo City had the most fatalities with 30; followed by San Remigio with 22; Medellin with 10.',
    'Of the dead, 30 were from Bogo City, 22 from San Remigio and 12 from Medellin.',
    'Of the 294 injured, 180 are in Bogo, 66 in Medellin and 15 in San Remigio.',
    'Northtown reported the highest toll at 33, followed by Southvale with 22 and Eastport with 11.',
    'The quake killed 72 people, 30 of them in Bogo City and 22 in San Remigio.',
    'Fatalities were recorded in various counties: Kiambu (8), Nairobi (6) and Nyamira (1).',
    'Arrests by region: Lara (40), Carabobo (25), Zulia (19).',
    'The deaths rise to 8: 6 in the province of Forlì-Cesena, one in the Ravenna area and one in Bologna.',
  ],
  /**
   * Gives each figure of a breakdown its place (and, when no reading took it, the whole's
   * quantity): a breakdown lists two places with their figures, or one after "Of the dead,".
   */
  apply(
    s: string,
    nums: NumberMention[],
    drafts: (Draft | null)[],
    prev: { metric: Metric | null; subject: Subject | null },
  ): void {
    const items = nums.map((_, i) => itemOf(s, nums, i)).filter((x): x is Item => !!x);
    if (!items.length) return;
    const opened = OPENER.exec(s.slice(0, nums[items[0].i].start)) ?? listHead(s, items[0]);
    if (items.length < 2 && !opened && !/\bof\s+(?:them|whom)\b/.test(s)) return;
    const openerCue = opened?.[1] ? firstCue(opened[1]) : null;
    let whole: { metric: Metric; subject: Subject } | null =
      openerCue && openerCue.metric !== 'among_prev'
        ? { metric: openerCue.metric, subject: 'people' }
        : prev.metric && (opened || !drafts.some(Boolean))
          ? { metric: prev.metric, subject: prev.subject ?? 'people' }
          : null;
    whole ??= wholeRightBefore(s, nums, drafts, items[0].i);
    for (const item of items) {
      const d = drafts[item.i];
      if (d) {
        if (d.placeAt === undefined) drafts[item.i] = { ...d, placeAt: item.placeAt, part: false };
        whole = { metric: d.metric, subject: d.subject };
        continue;
      }
      const metric = item.metric ?? whole?.metric;
      if (!metric) continue;
      whole = { metric, subject: whole?.subject ?? 'people' };
      drafts[item.i] = readItem(s, nums[item.i], whole, item);
    }
  },
};

/** Between a whole and its first place: "at least 8: 6 in …", "killed 72, with 30 in …". */
const WHOLE_THEN_PARTS = /^(?:\s+[\p{L}-]+){0,2}\s*(?::|,?\s*(?:with|including))\s*$/u;

/** The figure right before the first item, when the breakdown follows it: "The deaths rise to 8: 6 in …". */
function wholeRightBefore(
  s: string,
  nums: NumberMention[],
  drafts: (Draft | null)[],
  first: number,
): { metric: Metric; subject: Subject } | null {
  const d = first > 0 ? drafts[first - 1] : null;
  if (!d || !WHOLE_THEN_PARTS.test(s.slice(nums[first - 1].end, nums[first].start))) return null;
  return { metric: d.metric, subject: d.subject };
}

function readItem(
  s: string,
  n: NumberMention,
  whole: { metric: Metric; subject: Subject },
  item: Item,
): Draft {
  const q = qualify(s.slice(Math.max(0, n.start - 60), n.start));
  const [low, high] = interval(n.value, q.q, q.below, n.vague);
  const led = { metric: whole.metric, subject: whole.subject, increment: false } as Draft;
  const qs = Math.min(n.start - q.len, item.placeAt);
  const read = sameQuantityAs(led, n, qs, { qualifier: q.q, low, high });
  return { ...read, qe: item.end, placeAt: item.placeAt, part: false };
}
