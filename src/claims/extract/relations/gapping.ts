// Gapping: "Catarroja lost 25 people, Alfafar 15 and Massanassa 12". After a figure the sentence
// has read, a place and a bare figure repeat its quantity for that place; a source and a bare
// figure ("…, while the CGT claimed 23,000") give that source's rival count of it.
import { resolvePlace } from '../../../geo/gazetteer';
import { sameQuantityAs, type Draft } from '../draft';
import type { NumberMention } from '../numbers';
import { interval, qualify } from '../qualifiers';
import type { Token } from '../tokens';

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
    if (drafts[i] || !led || led.increment || nums[i].vague) continue;
    if (!GAP_END.test(s.slice(nums[i].end, i + 1 < nums.length ? nums[i + 1].start : s.length)))
      continue;
    if (RIVAL_COUNT.test(s.slice(led.qe, nums[i].start))) {
      drafts[i] = rivalCount(led, nums[i], s);
      continue;
    }
    const between = sentenceTokens().filter((t) => t.start >= led.qe && t.end <= nums[i].start);
    const place = gappedPlace(between);
    if (!place) continue;
    drafts[i] = { ...sameQuantityAs(led, nums[i], place.start), placeAt: place.start };
  }
}

/**
 * A rival count of the same quantity by another source: "the prefecture counted 14,800
 * demonstrators, a record, while the CGT claimed 23,000" (23,000 demonstrators, in Rouen like the
 * first). The joiner sets the two counts against each other; the source and its report verb
 * stand right before the bare figure.
 */
/** Words that set a second count against the first. */
const RIVAL_JOINERS = ['while', 'whereas', 'but'];
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
  'gave',
  'put (?:it|the (?:number|figure|crowd|turnout)) at',
];
/** A rough qualifier the figure may carry ("about 40"); qualify() reads which one. */
const ROUGHLY = ['about', 'around', 'some', 'nearly', 'almost', 'more than', 'over', 'at least'];
const SOURCE_WORDS = "(?:the\\s+)?(?:[\\p{Lu}][\\p{L}'’.-]*\\s+|[\\p{Ll}]+\\s+){1,4}?";
/** From the first count's end to the rival's bare figure: ", while the CGT claimed ". */
const RIVAL_COUNT = new RegExp(
  `[,;]\\s*(?:${RIVAL_JOINERS.join('|')})\\s+${SOURCE_WORDS}(?:${REPORT_VERBS.join('|')})\\s+` +
    `(?:(?:${ROUGHLY.join('|')})\\s+)?$`,
  'u',
);

function rivalCount(led: Draft, n: NumberMention, s: string): Draft {
  const q = qualify(s.slice(Math.max(0, n.start - 60), n.start));
  const [low, high] = interval(n.value, q.q, q.below, n.vague);
  return { ...sameQuantityAs(led, n, n.start - q.len, { qualifier: q.q, low, high }), part: false };
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
