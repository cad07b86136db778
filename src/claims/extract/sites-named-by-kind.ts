import { isCommonWord } from '../../geo/gazetteer';
import { WEEKDAY_OR_MONTH, type PlaceHit } from './location';
import { anyOf } from './word-pattern';

/** Where crowds gather and crushes and shootings happen, named after a place no gazetteer keeps. */
const SITE_KINDS = [
  'protest ground',
  'protest grounds',
  'protest site',
  'protest camp',
  'sit-in site',
  'refugee camp',
  'displacement camp',
  'camp',
  'square',
  'stadium',
  'market',
  'roundabout',
  'junction',
  'toll gate',
  'tollgate',
];
const NAME_WORD = String.raw`\p{Lu}[\p{L}'’-]+`;
const SITE_NAMED = new RegExp(
  String.raw`\b(?:at|in|near|inside|outside)\s+(?:the\s+)?` +
    String.raw`(${NAME_WORD}(?:\s+${NAME_WORD}){0,2})\s+(${anyOf(SITE_KINDS)})\b`,
  'dgiu',
);

/**
 * A site the text names by its kind, at a name the gazetteer lacks: "Eyewitnesses at Alausa
 * protest ground said … at least two people dead" happened at Alausa, not in the town the
 * paragraph names. A capitalised kind is part of the name ("Tahrir Square"); a lowercase one only
 * says what the named place is ("Alausa protest ground" is Alausa).
 */
export const siteNamedByKind = {
  name: 'a site named by its kind',
  examples: [
    'Eyewitnesses at Alausa protest ground said at least two people were killed.',
    'Police fired on the crowd in Tahrir Square, killing 12.',
    'At least 30 people died in a crush at Ojota market.',
    'Fighters shelled Zamzam camp, killing 25 displaced people.',
  ],
  sites(text: string): { name: string; start: number; end: number }[] {
    const out: { name: string; start: number; end: number }[] = [];
    for (const m of text.matchAll(SITE_NAMED)) {
      const words = m[1].split(/\s+/);
      if (words.some((w) => isCommonWord(w) || WEEKDAY_OR_MONTH.test(w))) continue;
      const [start, nameEnd] = m.indices![1]!;
      const end = /^\p{Lu}/u.test(m[2]) ? m.indices![2]![1] : nameEnd;
      out.push({ name: text.slice(start, end), start, end });
    }
    return out;
  },
};

/** `hits` with the sites the text names by their kind and the gazetteer lacks, placed in `country`. */
export function withSitesNamedByKind(
  text: string,
  hits: PlaceHit[],
  country: string | null,
): PlaceHit[] {
  if (!country) return hits;
  const extra = siteNamedByKind
    .sites(text)
    .filter(({ start, end }) => !hits.some((h) => h.start < end + 1 && h.end > start))
    .map(({ name, start, end }) => ({
      place: { name, country, kind: 'city' as const },
      start,
      end,
    }));
  return extra.length ? [...hits, ...extra].sort((a, b) => a.start - b.start) : hits;
}
