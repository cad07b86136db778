// Gapping: "Catarroja lost 25 people, Alfafar 15 and Massanassa 12". After a figure the sentence
// has read, a place and a bare figure repeat its quantity for that place.
import { resolvePlace } from '../../../geo/gazetteer';
import type { Draft } from '../draft';
import type { NumberMention } from '../numbers';
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
    const between = sentenceTokens().filter((t) => t.start >= led.qe && t.end <= nums[i].start);
    const place = gappedPlace(between);
    if (!place) continue;
    drafts[i] = {
      ...led,
      n: nums[i],
      value: nums[i].value,
      low: nums[i].value,
      high: nums[i].value,
      qualifier: 'exact',
      qs: place.start,
      qe: nums[i].end,
      placeAt: place.start,
      earlier: false,
    };
  }
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
