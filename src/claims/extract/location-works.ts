// Dams and mines that gave way, named after the place they stand in ("the Arbaat Dam collapse"):
// the place is the event's site, even where no gazetteer keeps it (a village under GeoNames' floor).
import { isCommonWord, resolvePlace } from '../../geo/gazetteer';
import { isPersonName } from '../../geo/person-names';
import type { PlaceHit } from './location';
import { anyOf, escapeRegExp } from './word-pattern';

/** Works that take the name of their place, written capitalised after it ("Arbaat Dam", "Soma Mine"). */
const WORKS_KINDS = ['Dam', 'Dams', 'Barrage', 'Mine', 'Colliery', 'Reservoir'];

/** Words that say the works failed, in the sentence that names them. */
const FAILURE_WORDS = [
  'collapse',
  'collapsed',
  'collapses',
  'burst',
  'bursts',
  'breach',
  'breached',
  'breaches',
  'failure',
  'failed',
  'gave way',
  'give way',
  'broke',
  'disaster',
  'explosion',
  'blast',
  'cave-in',
  'caved in',
  'flooded',
];

const NAME_WORD = String.raw`\p{Lu}[\p{Ll}\p{M}]+(?:[-'’]\p{L}+)*`;
/** Up to three capitalised words, then the kind: "The Arbaat Dam", "Karsu Mine". */
const WORKS = new RegExp(String.raw`\b((?:${NAME_WORD}\s+){1,3})${anyOf(WORKS_KINDS)}\b`, 'gu');
/** A capitalised word right before a name: the name is part of a longer one ("Francis Scott Key"). */
const NAME_BEFORE = /\p{Lu}[\p{L}'’.-]*\s+$/u;
const FAILURE = new RegExp(
  String.raw`\b${anyOf(FAILURE_WORDS.map((w) => w.replace(/ /g, '\\s+')))}\b`,
  'i',
);
/** Words that open a sentence or a title before a name and are no part of it. */
const LEAD_WORDS = new Set([
  'The',
  'A',
  'An',
  'This',
  'That',
  'Its',
  'Their',
  'At',
  'In',
  'Near',
  'Of',
]);

/** The places read from works that gave way: each is its text's site, whatever else it tells of. */
const WORKS_PLACES = new WeakSet<object>();

/** Whether `place` was read from works that gave way ("the Arbaat Dam collapse" → Arbaat). */
export function isWorksPlace(place: object): boolean {
  return WORKS_PLACES.has(place);
}

/** The sentence (between ". ", line breaks) around a span. */
function sentenceAt(text: string, start: number, end: number): string {
  const from = Math.max(text.lastIndexOf('. ', start), text.lastIndexOf('\n', start)) + 1;
  const stops = [text.indexOf('. ', end), text.indexOf('\n', end)].filter((i) => i >= 0);
  return text.slice(from, stops.length ? Math.min(...stops) : text.length);
}

/** The name the works bear, without the words that open its sentence; null for a longer name. */
function worksName(
  text: string,
  words: string,
  at: number,
): { name: string; start: number } | null {
  const all = words.trim().split(/\s+/);
  let skip = 0;
  while (skip < all.length && LEAD_WORDS.has(all[skip])) skip++;
  const kept = all.slice(skip);
  if (!kept.length || kept.length > 2) return null;
  if (!skip && NAME_BEFORE.test(text.slice(Math.max(0, at - 30), at))) return null;
  const name = kept.join(' ');
  return { name, start: text.indexOf(name, at) };
}

function isWorksName(text: string, name: string, start: number, hits: PlaceHit[]): boolean {
  const words = name.split(/\s+/);
  if (words.some((w) => isCommonWord(w))) return false;
  // a name the gazetteer keeps is read by it; a person's ("Hoover Dam") names no place
  if (resolvePlace(name) || hits.some((h) => h.start < start + name.length && h.end > start))
    return false;
  return !isPersonName(text, { start, end: start + name.length });
}

/**
 * "The Arbaat Dam collapse washed away dozens of villages", "the collapse of the Arbaat Dam",
 * "Arbaat Dam in eastern Sudan collapsed": works that gave way, named after a place the gazetteer
 * lacks, name that place; every mention of it is a town of the text's country.
 */
export const townOfWorks = {
  name: 'a dam or a mine that gave way bears the name of its place',
  examples: [
    'The Arbaat Dam collapse washed away dozens of villages.',
    'At least 40 miners died after an explosion at the Karsu Mine.',
    'Floodwater poured through villages after the Mbeya Barrage burst on Sunday.',
    'The Tolvana Dam gave way after a week of rain, killing 12.',
    'Rescuers reached 30 miners trapped when the Halden Colliery caved in.',
  ],
  apply(text: string, hits: PlaceHit[], country: string): PlaceHit[] {
    const names = new Set<string>();
    for (const m of text.matchAll(WORKS)) {
      const named = worksName(text, m[1], m.index);
      if (!named || names.has(named.name)) continue;
      if (!isWorksName(text, named.name, named.start, hits)) continue;
      const name = named.name;
      if (FAILURE.test(sentenceAt(text, m.index, m.index + m[0].length))) names.add(name);
    }
    if (!names.size) return hits;
    const extra: PlaceHit[] = [];
    for (const name of names) {
      const place = { name, country, kind: 'city' as const };
      WORKS_PLACES.add(place);
      for (const m of text.matchAll(new RegExp(`\\b${escapeRegExp(name)}\\b`, 'gu'))) {
        const end = m.index + name.length;
        if (!hits.some((h) => h.start < end && h.end > m.index))
          extra.push({ place, start: m.index, end });
      }
    }
    return [...hits, ...extra].sort((a, b) => a.start - b.start);
  },
};
