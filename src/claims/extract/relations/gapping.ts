// Gapping: "Catarroja lost 25 people, Alfafar 15 and Massanassa 12". After a figure the sentence
// has read, a place and a bare figure repeat its quantity for that place; a source and a bare
// figure ("…, while the CGT claimed 23,000") give that source's rival count of it.
import { resolvePlace } from '../../../geo/gazetteer';
import { sameQuantityAs, type Draft } from '../draft';
import type { NumberMention } from '../numbers';
import { interval, qualify } from '../qualifiers';
import type { Token } from '../tokens';
import { anyOf } from '../word-pattern';

/** What may follow a gapped figure: the next item or the sentence's end. */
const GAP_END = /^\s*(?:,|and\b|;|\.|$)/;

export function gapping(
  s: string,
  nums: NumberMention[],
  drafts: (Draft | null)[],
  sentenceTokens: () => Token[],
) {
  for (let i = 1; i < nums.length; i++) {
    const led = drafts[i - 1];
    if (drafts[i] || !led || led.increment) continue;
    // a vague amount is read here only as a source's rival count: "while the church suggests hundreds,"
    if (nums[i].vague) {
      if (rivalGap(s, nums, i, led)) drafts[i] = rivalCount(led, nums[i], s);
      continue;
    }
    if (eachByItsSource(s.slice(led.n.end, nums[i].start), s.slice(nums[i].end))) {
      drafts[i] = rivalCount(led, nums[i], s);
      continue;
    }
    if (!GAP_END.test(s.slice(nums[i].end, i + 1 < nums.length ? nums[i + 1].start : s.length)))
      continue;
    if (rivalGap(s, nums, i, led)) {
      drafts[i] = rivalCount(led, nums[i], s);
      continue;
    }
    const between = sentenceTokens().filter((t) => t.start >= led.qe && t.end <= nums[i].start);
    const place = gappedPlace(between);
    if (place) drafts[i] = { ...sameQuantityAs(led, nums[i], place.start), placeAt: place.start };
  }
  for (let i = 1; i < nums.length; i++) {
    const led = drafts[i - 1];
    if (drafts[i] || !led || led.increment || nums[i].vague) continue;
    drafts[i] = parallelPhrase(led, nums[i], s, i + 1 < nums.length ? nums[i + 1].start : s.length);
  }
}

/**
 * A second figure for another setting of the same count, both figures followed by where they
 * were: "killed 241 people on board and at least 29 on the ground", "94 in Kerr County and 15 in
 * other parts of Texas". Only when the two stand in parallel (a setting after each, nothing but a
 * joiner and a qualifier between), so "killed 5 people and injured 20 in the city" is no gap.
 */
export const PARALLEL_SETTINGS_RULE = {
  name: 'a second figure in a parallel setting repeats the count',
  examples: [
    'The impact killed 241 people on board and at least 29 on the ground. [29]',
    'The governor confirmed 109 deaths, including 94 in Kerr County and 15 in other parts of Texas. [15]',
    'Police detained 40 people in the capital and about 25 in the provinces. [25]',
    'The storm injured 12 people at the port and 7 at the airport. [7]',
    'Police said 12 people died on Monday and 30 people on Tuesday. [30]',
    'Floods killed 12 people in the city and 40 people in the hills. [40]',
    'Officers arrested 20 people at the rally and 15 others at the station. [15]',
    'The storm injured 9 people during the night and 14 people during the morning. [14]',
  ],
};

/**
 * A setting: a preposition of place or time and a few words ("on the ground", "in other parts of
 * Texas", "over the past two weeks").
 */
const SETTING = String.raw`${anyOf(['in', 'on', 'at', 'aboard', 'over', 'during'])}\s+[^,;.()]{1,40}?`;
/** Nouns a gapped figure may repeat without naming other people: "38 died on Tuesday and 56 people over …". */
const REPEATED_NOUNS = ['people', 'persons', 'others'];
const LED_SETTING = new RegExp(String.raw`^(?:\s+[\p{L}-]+){0,2}\s+${SETTING}\s*,?\s+and\s+$`, 'u');
const GAPPED_SETTING = new RegExp(
  String.raw`^\s+(?:${anyOf(REPEATED_NOUNS)}\s+)?(${SETTING})\s*(?:,|;|\.|$|and\b)`,
  'u',
);

function parallelPhrase(led: Draft, n: NumberMention, s: string, nextStart: number): Draft | null {
  const q = qualify(s.slice(Math.max(led.qe, n.start - 60), n.start));
  if (!LED_SETTING.test(s.slice(led.qe, n.start - q.len))) return null;
  const setting = GAPPED_SETTING.exec(
    s.slice(n.end, nextStart) + (nextStart < s.length ? ',' : ''),
  );
  if (!setting) return null;
  const [low, high] = interval(n.value, q.q, q.below, n.vague);
  const gapped = sameQuantityAs(led, n, n.start - q.len, { qualifier: q.q, low, high });
  return { ...gapped, placeAt: placeIn(setting[1], n.end + setting[0].indexOf(setting[1])) };
}

/** Where the setting's place name starts, if it names one the gazetteer knows ("other parts of Texas"). */
function placeIn(setting: string, offset: number): number | undefined {
  for (const m of setting.matchAll(/\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2}/gu))
    if (resolvePlace(m[0])) return offset + m.index;
  return undefined;
}

/**
 * A rival count of the same quantity by another source: "the prefecture counted 14,800
 * demonstrators, a record, while the CGT claimed 23,000" (23,000 demonstrators, in Rouen like the
 * first). The joiner sets the two counts against each other; the source and its report verb
 * stand right before the bare figure.
 */
/** Words that set a second count against the first. */
const RIVAL_JOINERS = ['while', 'whereas', 'but', 'and'];
/** A source's report verb right before its figure. */
const REPORT_VERBS = [
  'claimed',
  'claims',
  'said',
  'says',
  'counted',
  'counts',
  'estimated',
  'estimates',
  'reported',
  'reports',
  'suggested',
  'suggests',
  'gave',
  'put (?:it|the (?:number|figure|crowd|turnout)) at',
];
/** A rough qualifier the figure may carry ("about 40"); qualify() reads which one. */
const ROUGHLY = [
  ...['about', 'around', 'some', 'nearly', 'almost', 'more than', 'over', 'at least'],
  ...['as many as', 'up to'],
];
const SOURCE_WORDS = "(?:the\\s+)?(?:[\\p{Lu}][\\p{L}'’.-]*\\s+|[\\p{Ll}]+\\s+){1,4}?";
/** From the first count's end to the rival's bare figure: ", while the CGT claimed ". */
const RIVAL_COUNT = new RegExp(
  `[,;]\\s*${anyOf(RIVAL_JOINERS)}\\s+${SOURCE_WORDS}${anyOf(REPORT_VERBS)}\\s+` +
    `(?:${anyOf(ROUGHLY)}\\s+)?$`,
  'u',
);

/**
 * Two counts of one quantity, each followed by its own source: "3.5 million demonstrators according
 * to the CGT, nearly 1.1 million according to the Ministry of the Interior" (1.1 million
 * demonstrators, the ministry's). Both figures name their source the same way, so the bare one is
 * no other quantity.
 */
export const EACH_BY_ITS_SOURCE_RULE = {
  name: 'each count followed by its own source',
  examples: [
    '3.5 million demonstrators today according to the CGT, nearly 1.1 million according to the Ministry of the Interior. [1,100,000]',
    'Some 20,000 people rallied according to the organisers, and 8,000 according to the police. [8,000]',
    'The toll stood at 40 according to the rebels, but 12 according to the army. [12]',
    'About 300 were detained according to a lawyers group; 120 according to the interior ministry. [120]',
  ],
};
/** A source named after a figure: "according to the CGT", "by the count of the union". */
const SOURCE_TAG = String.raw`(?:according to|by the (?:count|estimate|tally) of)`;
/** From the first count's end to the bare figure: " today according to the CGT, ". */
const LED_BY_SOURCE = new RegExp(
  String.raw`^(?:\s+[\p{L}-]+){0,3}?\s*,?\s*${SOURCE_TAG}\s+[^,;.()]{1,60}?` +
    String.raw`\s*(?:[,;]\s*(?:(?:and|while|but|whereas)\s+)?|\s+(?:and|while|but|whereas)\s+)$`,
  'u',
);
/** Right after the bare figure: its own source. */
const FOLLOWED_BY_SOURCE = new RegExp(String.raw`^\s*,?\s*${SOURCE_TAG}\b`, 'u');

function eachByItsSource(between: string, after: string): boolean {
  const q = qualify(between);
  return (
    LED_BY_SOURCE.test(between.slice(0, between.length - q.len)) && FOLLOWED_BY_SOURCE.test(after)
  );
}

/** The figure at `i` ends its clause and a source's report verb stands right before it. */
function rivalGap(s: string, nums: NumberMention[], i: number, led: Draft): boolean {
  const next = i + 1 < nums.length ? nums[i + 1].start : s.length;
  return (
    GAP_END.test(s.slice(nums[i].end, next)) && RIVAL_COUNT.test(s.slice(led.qe, nums[i].start))
  );
}

function rivalCount(led: Draft, n: NumberMention, s: string): Draft {
  const q = qualify(s.slice(Math.max(0, n.start - 60), n.start));
  const qualifier = n.vague ? 'vague' : q.q;
  const [low, high] = interval(n.value, qualifier, q.below, n.vague);
  return { ...sameQuantityAs(led, n, n.start - q.len, { qualifier, low, high }), part: false };
}

/** The tokens are only ", Alfafar" or "and Massanassa": a joiner, then a place the gazetteer knows. */
function gappedPlace(between: Token[]): Token | null {
  const joiner = between.findIndex((t) => t.text === ',' || t.lower === 'and');
  if (joiner < 0) return null;
  let start = joiner;
  while (start < between.length && (between[start].text === ',' || between[start].lower === 'and'))
    start++;
  const name = between.slice(start);
  if (!name.length || name.length > 3 || !name.every((t) => /^\p{Lu}/u.test(t.text))) return null;
  if (between.slice(0, joiner).some((t) => t.pos === 'VERB')) return null;
  return resolvePlace(name.map((t) => t.text).join(' ')) ? name[0] : null;
}
