// A PURE reading of the event-kind words (domain/event-kinds.ts): what kind of event an article tells of. Two events at one place
// are most often of different kinds (a stampede and a heatwave at the same pilgrimage, an
// earthquake and an election in one country); an article about one never joins a story about the
// other, however many names they share. Words are folded as story-terms.ts folds them.
import { EVENT_KIND_WORDS, relatedKinds } from '../domain/event-kinds';
import { foldWord } from './story-terms';

/**
 * Data: kinds that tell stories apart but are no incident of their own inside another event (the
 * extractor's parts read EVENT_KIND_WORDS alone): a building, a mine or a bridge that collapsed is
 * another event than an election crackdown in the same city, while a quake's or a flood's
 * collapsed houses are that quake's (STORY_RELATED_KINDS).
 */
export const STORY_KIND_WORDS: Readonly<Record<string, readonly string[]>> = {
  collapse: ['collapse', 'collapsed', 'rubble', 'debris'],
};

const STORY_RELATED_KINDS: readonly (readonly [string, string])[] = [
  ['collapse', 'earthquake'],
  ['collapse', 'flood'],
  ['collapse', 'storm'],
];

const KIND_OF = new Map<string, string>(
  Object.entries({ ...EVENT_KIND_WORDS, ...STORY_KIND_WORDS }).flatMap(([kind, words]) =>
    words.map((w) => [foldWord(w), kind]),
  ),
);

function related(a: string, b: string): boolean {
  return (
    relatedKinds(a, b) ||
    STORY_RELATED_KINDS.some(([x, y]) => (x === a && y === b) || (x === b && y === a))
  );
}

/** How often the article's words name each kind of event. */
export function eventKinds(terms: Readonly<Record<string, number>>): Record<string, number> {
  const kinds: Record<string, number> = {};
  for (const [term, count] of Object.entries(terms)) {
    const kind = KIND_OF.get(term);
    if (kind) kinds[kind] = (kinds[kind] ?? 0) + count;
  }
  return kinds;
}

/**
 * A kind counts as what the text is about when it has this many mentions and this share of them…
 * (three: a wire report of an election crackdown names "protest", "protesters", "curfew" about
 * three times, and a story's first article must be able to keep a building collapse out).
 */
const DOMINANT_MENTIONS = 3;
const DOMINANT_SHARE = 0.6;
/** …and the other text hardly names it (below this share of its own kind mentions). */
const HARDLY_NAMED = 0.25;

function dominant(kinds: Readonly<Record<string, number>>): string | null {
  const total = Object.values(kinds).reduce((a, b) => a + b, 0);
  for (const [kind, n] of Object.entries(kinds))
    if (n >= DOMINANT_MENTIONS && n >= DOMINANT_SHARE * total) return kind;
  return null;
}

function share(kinds: Readonly<Record<string, number>>, kind: string): number {
  const total = Object.values(kinds).reduce((a, b) => a + b, 0);
  return total ? (kinds[kind] ?? 0) / total : 0;
}

/**
 * Whether two texts (or stories) tell of different kinds of event: each is mostly about one kind
 * that the other hardly names ("heat" 10 times against "stampede" 6 times).
 */
export function kindsClash(
  a: Readonly<Record<string, number>>,
  b: Readonly<Record<string, number>>,
): boolean {
  const ka = dominant(a);
  const kb = dominant(b);
  if (!ka || !kb || ka === kb || related(ka, kb)) return false;
  return share(b, ka) < HARDLY_NAMED && share(a, kb) < HARDLY_NAMED;
}
