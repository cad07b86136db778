// PURE: the words an article shares with a story beyond its country and dates: names (places,
// people, bodies) and the words of what happened ("stampede", "heatstroke", "capsized"). Words any
// story uses (common-words.ts) are left out; the rest are weighed against the other stories when
// compared (story-assignment.ts).
import { loadCommonWords } from '../geo/gazetteer-data';
import { COMMON_WORDS } from './common-words';

const WORD = /\p{L}[\p{L}\p{M}'’-]*\p{L}/gu;

/** One spelling per word: lower-case, no possessive, plurals folded ("pilgrims" → "pilgrim"). */
export function foldWord(word: string): string {
  let w = word
    .toLowerCase()
    .replace(/['’]s$/, '')
    .replace(/['’]/g, '');
  if (w.length > 4 && w.endsWith('ies')) w = w.slice(0, -3) + 'y';
  else if (w.length > 5 && /(?:sh|ch|x|ss)es$/.test(w)) w = w.slice(0, -2);
  else if (w.length > 4 && w.endsWith('s') && !/(?:ss|us|is|ous)$/.test(w)) w = w.slice(0, -1);
  return w;
}

/** The article's distinctive words with how often it uses each, the most used first (at most `max`). */
export function articleTerms(text: string, max = 80): Record<string, number> {
  const counts = new Map<string, number>();
  for (const m of text.matchAll(WORD)) {
    if (m[0].length < 3 || COMMON_WORDS.has(m[0].toLowerCase())) continue;
    const term = foldWord(m[0]);
    if (term.length < 3 || COMMON_WORDS.has(term)) continue;
    counts.set(term, (counts.get(term) ?? 0) + 1);
  }
  return Object.fromEntries(topEntries(counts, max));
}

/** The most used keys first, ties in alphabetical order (so the result does not depend on input order). */
export function topEntries(counts: Map<string, number>, max: number): [string, number][] {
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, max);
}

/** A story's tally (how many of its articles use each key) after one more article, the most used kept. */
export function addToTally(
  tally: Readonly<Record<string, number>>,
  keys: Iterable<string>,
  max = 400,
): Record<string, number> {
  const merged = new Map(Object.entries(tally));
  for (const k of new Set(keys)) merged.set(k, (merged.get(k) ?? 0) + 1);
  return Object.fromEntries(topEntries(merged, max));
}

/** A story's tally once an article using `keys` has left it (keys no article uses any more go). */
export function removeFromTally(
  tally: Readonly<Record<string, number>>,
  keys: Iterable<string>,
): Record<string, number> {
  return subtractTally(tally, Object.fromEntries([...new Set(keys)].map((k) => [k, 1])));
}

/** `a` less `b`, key by key, keeping only what stays above zero. */
export function subtractTally(
  a: Readonly<Record<string, number>>,
  b: Readonly<Record<string, number>>,
): Record<string, number> {
  const left = new Map(Object.entries(a));
  for (const [k, n] of Object.entries(b)) {
    const rest = (left.get(k) ?? 0) - n;
    if (rest > 0) left.set(k, rest);
    else left.delete(k);
  }
  return Object.fromEntries(left);
}

/** Two stories' tallies added up (a merge), the most used kept. */
export function sumTallies(
  a: Readonly<Record<string, number>>,
  b: Readonly<Record<string, number>>,
  max = 400,
): Record<string, number> {
  const merged = new Map(Object.entries(a));
  for (const [k, n] of Object.entries(b)) merged.set(k, (merged.get(k) ?? 0) + n);
  return Object.fromEntries(topEntries(merged, max));
}

let englishRanks: Map<string, number> | null = null;

/**
 * How much a word can say about one event, from how common it is in English at large: "internet"
 * (rank 248) 0.36, "heat" (2,027) 0.68, "stampede" or a name (not among the 10,000) 1. While there
 * are few stories to compare against, this keeps everyday words from making two events look alike.
 */
export function backgroundWeight(term: string): number {
  englishRanks ??= new Map([...loadCommonWords()].map((w, i) => [w, i + 1]));
  const rank = englishRanks.get(term);
  return rank === undefined ? 1 : (Math.log(rank + 1) / Math.log(englishRanks.size + 1)) ** 2;
}
