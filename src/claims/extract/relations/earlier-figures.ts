// Earlier figures (DESIGN.md §3): "The death toll, initially put at 30, rose to 48" claims 48;
// 30 is kept only marked as earlier. "The toll climbed to 2,122, up from 1,037": 1,037 is earlier.
// "revised the death toll to 275 from 288": 288 is the earlier figure of the toll, whatever follows it.
import type { ExtractedClaim } from '../../../domain/claim';
import { sameQuantityAs, type Draft } from '../draft';
import { LEVEL_VERBS } from '../frames/frame-lexicon';
import type { NumberMention } from '../numbers';
import { interval, qualify } from '../qualifiers';
import type { Token } from '../tokens';
import { anyPhrase } from '../word-pattern';

/** Adverbs that date a figure before the current one. */
const EARLIER_ADVERBS = new Set(['initially', 'originally', 'first', 'earlier', 'previously']);
/** Adjectives that name a count as the one before the current: "an initial figure of 30". */
const EARLIER_ADJECTIVES = new Set(['initial', 'earlier', 'previous', 'original', 'first', 'old']);
/** Words that set a figure against the one it changed from: "up from", "an increase from". */
const CHANGE_FROM = [
  'up',
  'down',
  'up sharply',
  'down sharply',
  'an increase',
  'a rise',
  'a jump',
  'a drop',
  'a decrease',
  'a fall',
];
/** "up from 1,037", "down from the 174 given earlier", "an increase from 43 deaths reported the previous night". */
const UP_FROM = new RegExp(
  [
    `\\b${anyPhrase(CHANGE_FROM)}\\s+from\\s+(?:the\\s+|an?\\s+)?`,
    '(?:(?:earlier|previous|initial|first|original)\\s+)?',
    '(?:(?:figure|toll|tally|count|estimate)\\s+of\\s+)?$',
  ].join(''),
  'i',
);

/** "after an initial figure of 30", "the earlier toll of 17": a figure named as the count before. */
const EARLIER_COUNT_OF = new RegExp(
  String.raw`\b(?:an?|the|its|their)\s+(?:${[...EARLIER_ADJECTIVES].join('|')})\s+` +
    String.raw`(?:(?:death|casualty)\s+)?(?:figure|toll|count|tally|estimate|number)\s+` +
    // "its previous toll was 45", "the earlier figure had been 30", "the initial count stood at 17"
    String.raw`(?:of|at|was|is|had been|stood at)\s+$`,
  'i',
);

/**
 * A report named as the one before the current, giving the figure: "Initial estimates put the toll
 * at", "Early reports said", "According to previous figures,". The figure it gives is earlier.
 */
const EARLIER_REPORT = new RegExp(
  String.raw`\b(?:initial|early|earlier|first|previous|original)\s+(?:official\s+)?` +
    String.raw`(?:estimates?|reports?|figures|counts?|tallies|accounts)\b` +
    String.raw`(?:\s+(?:put|gave|said|showed|indicated|suggested|placed|listed|had)\b[^,;.]{0,60}|\s*,\s*)$`,
  'i',
);

/** Verbs of giving a count, in the forms a participle clause or a perfect takes. */
const REPORTED = [
  ...['reported', 'reporting', 'put', 'putting', 'counted', 'counting', 'given', 'giving'],
  ...['confirmed', 'confirming', 'recorded', 'recording', 'announced', 'announcing', 'listed'],
  ...['listing', 'estimated', 'estimating', 'registered', 'registering', 'said', 'saying'],
  ...['tallied', 'tallying', 'cited', 'citing'],
];
const EARLIER_ADVERB = anyPhrase([...EARLIER_ADVERBS]);
/** "put the toll at", "given the number of dead as": the count a report verb sets, before its figure. */
const SET_COUNT = String.raw`(?:(?:the|a|its|their)\s+(?:[\w-]+\s+){0,2}(?:toll|figure|number|count|tally|total)(?:\s+of\s+[\w-]+)?\s+(?:at|as)\s+)?`;
/**
 * A participle clause after the current count that gives the one reported before it: "…, having
 * reported 58 deaths earlier", "having earlier put the toll at 58", "after earlier reporting 30",
 * "after initially counting 58". "having" is earlier by itself; "after" needs an earlier adverb.
 */
const HAVING_REPORTED = new RegExp(
  String.raw`\bhaving\s+(?:(?:${EARLIER_ADVERB})\s+)?(?:${anyPhrase(REPORTED)})\s+${SET_COUNT}(?:(?:only|just)\s+)?$`,
  'i',
);
const AFTER_REPORTING = new RegExp(
  String.raw`\bafter\s+(?:(?:${EARLIER_ADVERB})\s+)?(?:${anyPhrase(REPORTED)})\s+${SET_COUNT}(?:(?:only|just)\s+)?$`,
  'i',
);
/**
 * A past perfect report after the current count gives the one before it: "…; officials had earlier put
 * the figure at 31", "after it had reported 45 deaths", "they had previously reported 41".
 */
const HAD_REPORTED = new RegExp(
  String.raw`\b(?:had|'d)\s+(?:(?:${EARLIER_ADVERB})\s+)?(?:${anyPhrase(REPORTED)})\s+${SET_COUNT}(?:(?:only|just)\s+)?$`,
  'i',
);
/** "…to 52, after 37 deaths were reported in the morning": a count reported before the current one. */
const AFTER_THE_FIGURE = /\bafter\s+(?:only\s+|just\s+)?$/i;
const WAS_REPORTED = new RegExp(
  String.raw`^\s*(?:[\w-]+\s+){0,2}?(?:had\s+been|have\s+been|were|was)\s+` +
    String.raw`(?:(?:${EARLIER_ADVERB})\s+)?(?:${anyPhrase(REPORTED)})\b`,
  'i',
);
/** The rest of the figure's clause names it earlier: "having reported 58 deaths earlier". */
const EARLIER_AFTER = new RegExp(String.raw`^[^,;.]{0,40}?\b(?:${EARLIER_ADVERB})\b`, 'i');

/** Whether the figure at `i` is the count reported before the current one, by a participle clause. */
function reportedBefore(s: string, nums: NumberMention[], i: number): boolean {
  const left = s.slice(i > 0 ? nums[i - 1].end : 0, nums[i].start);
  if (HAVING_REPORTED.test(left) || HAD_REPORTED.test(left)) return true;
  if (AFTER_THE_FIGURE.test(left) && WAS_REPORTED.test(s.slice(nums[i].end))) return true;
  const after = AFTER_REPORTING.exec(left);
  if (!after) return false;
  return (
    /\b(?:initially|originally|first|earlier|previously)\b/i.test(after[0]) ||
    EARLIER_AFTER.test(s.slice(nums[i].end))
  );
}

/**
 * "The toll rose to 64, officials said, having reported 58 deaths earlier": 58 is the earlier
 * count of the quantity before it (a bare figure is read as that quantity).
 */
function participleEarlier(
  s: string,
  nums: NumberMention[],
  drafts: (Draft | null)[],
  i: number,
): boolean {
  const current = drafts
    .slice(0, i)
    .reverse()
    .find((d) => d && !d.earlier);
  if (!current || !reportedBefore(s, nums, i)) return false;
  // "72 were killed and the hospital had reported 45 injured": another quantity, not an earlier count
  if (drafts[i] && drafts[i].metric !== current.metric) return false;
  const q = qualify(s.slice(Math.max(0, nums[i].start - 30), nums[i].start));
  const [low, high] = interval(nums[i].value, q.q, q.below, nums[i].vague);
  const reading = { qualifier: nums[i].vague ? ('vague' as const) : q.q, low, high };
  drafts[i] = {
    ...(drafts[i] ?? sameQuantityAs(current, nums[i], nums[i].start, reading)),
    earlier: true,
  };
  return true;
}

export function earlierFigures(
  s: string,
  nums: NumberMention[],
  drafts: (Draft | null)[],
  sentenceTokens: () => Token[],
): void {
  for (let i = 0; i < nums.length; i++) {
    if (replacedFrom(s, nums, drafts, i) || setAgainstEarlier(s, nums, drafts, i)) continue;
    if (participleEarlier(s, nums, drafts, i)) continue;
    const leftStart = i > 0 ? nums[i - 1].end : 0;
    const left = s.slice(leftStart, nums[i].start);
    const previous = i > 0 ? drafts[i - 1] : null;
    // "rose to 68, an increase from 43 the night before": the count it changed from, unread so far
    if (!drafts[i] && previous && !previous.earlier && UP_FROM.test(left))
      drafts[i] = sameQuantityAs(previous, nums[i], nums[i].start);
    const d = drafts[i];
    if (!d) continue;
    if (UP_FROM.test(left) || EARLIER_COUNT_OF.test(left) || EARLIER_REPORT.test(left))
      d.earlier = true;
    else if (/\b(?:initially|originally|first|earlier|previously)\b/i.test(left))
      d.earlier ||= namedEarlier(left, leftStart, sentenceTokens);
    if (!d.earlier) continue;
    coordinatedAfter(s, drafts, i);
    currentAfter(s, nums, drafts, i, sentenceTokens);
  }
}

/**
 * "to 275 from 288", "to 128 from 145": the figure after "from" is the one the count was changed from,
 * a figure of the same quantity as the one before it, and earlier (never a count the words after it name:
 * "to 275 from 288 and put the number of injured at 1,175").
 */
function replacedFrom(
  s: string,
  nums: NumberMention[],
  drafts: (Draft | null)[],
  i: number,
): boolean {
  const changedTo = (current: Draft) =>
    /\bto\s+$/i.test(s.slice(Math.max(0, current.n.start - 12), current.n.start));
  return earlierThanPrevious(s, nums, drafts, i, /^\s*from\s+$/i, changedTo);
}

/**
 * The figure at `i` is an earlier count of the quantity the figure before it counts, when the words
 * between them match `between` and `confirms` holds for that figure.
 */
function earlierThanPrevious(
  s: string,
  nums: NumberMention[],
  drafts: (Draft | null)[],
  i: number,
  between: RegExp,
  confirms: (current: Draft) => boolean,
): boolean {
  const current = i > 0 ? drafts[i - 1] : null;
  if (!current || current.earlier) return false;
  if (!between.test(s.slice(nums[i - 1].end, nums[i].start))) return false;
  if (!confirms(current)) return false;
  drafts[i] = { ...sameQuantityAs(current, nums[i], nums[i].start), earlier: true };
  return true;
}

/** "Earlier reports indicated 217 fatalities and 89 missing people": the list shares its date. */
function coordinatedAfter(s: string, drafts: (Draft | null)[], i: number): void {
  const next = drafts[i + 1];
  if (next && /^\s*,?\s*and\s*$/i.test(s.slice(drafts[i]!.qe, next.qs))) next.earlier = true;
}

/**
 * A figure the text names as earlier stays earlier where the text repeats it: a live page that
 * says "earlier reports indicated 217" and keeps the old entry "at least 217 are confirmed dead".
 */
export function restatedEarlier(claims: ExtractedClaim[]): void {
  const key = (c: ExtractedClaim) => `${c.metric} ${c.subject} ${c.value}`;
  const earlier = new Set(claims.filter((c) => c.earlier).map(key));
  for (const c of claims) if (earlier.has(key(c))) c.earlier = true;
}

/** Nouns an earlier word names a kind of, not a time: "first responders", "first aid". */
const NAMED_BY_EARLIER_WORD = new Set(['responders', 'responder', 'aid', 'lady', 'minister']);
/**
 * "DSP Shiisu Adam, earlier confirmed that about 55 people …": "earlier" dates when the speaker
 * spoke, and the figure in the speech is a count as any other ("initially said that" still dates it).
 */
const SPEAKING_EARLIER = new RegExp(
  String.raw`^earlier\s+(?:${anyPhrase(REPORTED)}|told|stated|announced|disclosed)\s+that\b`,
  'i',
);

/** The figure's own clause dates it earlier: ", initially put at 30," / "first estimated at 30". */
function namedEarlier(left: string, leftStart: number, sentenceTokens: () => Token[]): boolean {
  const clauseStart = leftStart + Math.max(left.lastIndexOf(','), left.lastIndexOf('('), 0);
  const clauseEnd = leftStart + left.length;
  const words = sentenceTokens().filter(
    (t) => t.start >= clauseStart && t.end <= clauseEnd && t.pos !== 'PUNCT',
  );
  if (SPEAKING_EARLIER.test(words.map((t) => t.lower).join(' '))) return false;
  return (
    words.length <= 5 &&
    words.some(
      (t, k) => EARLIER_ADVERBS.has(t.lower) && !NAMED_BY_EARLIER_WORD.has(words[k + 1]?.lower),
    )
  );
}

/** "the number of injured is 55 as against the 50 earlier confirmed": a count set against the one before it. */
const SET_AGAINST =
  /\b(?:as against|against|compared (?:with|to)|versus|vs\.?)\s+(?:the\s+|an?\s+)?$/i;

/** Whether the figure at `i` is the earlier count the current one before it is set against. */
function setAgainstEarlier(
  s: string,
  nums: NumberMention[],
  drafts: (Draft | null)[],
  i: number,
): boolean {
  const confirmedEarlier = () => EARLIER_AFTER.test(s.slice(nums[i].end));
  return earlierThanPrevious(s, nums, drafts, i, SET_AGAINST, confirmedEarlier);
}

/** The figure after an earlier one that a level verb gives ("…, rose to 48") is the current count of it. */
function currentAfter(
  s: string,
  nums: NumberMention[],
  drafts: (Draft | null)[],
  i: number,
  sentenceTokens: () => Token[],
): void {
  const k = i + 1;
  if (k >= nums.length || drafts[k]) return;
  const n = nums[k];
  const between = sentenceTokens().filter((t) => t.start >= nums[i].end && t.end <= n.start);
  const last = between[between.length - 1];
  if (!last || !['to', 'at'].includes(last.lower) || !between.some((t) => LEVEL_VERBS.has(t.lemma)))
    return;
  const earlier = drafts[i]!;
  const qualified = qualify(s.slice(nums[i].end, n.start));
  const [low, high] = interval(n.value, qualified.q, qualified.below, n.vague);
  const verb = between.find((t) => LEVEL_VERBS.has(t.lemma))!;
  drafts[k] = {
    n,
    metric: earlier.metric,
    subject: earlier.subject,
    value: n.value,
    low,
    high,
    qualifier: n.vague ? 'vague' : qualified.q,
    qs: verb.start,
    qe: n.end,
    increment: false,
  };
}
