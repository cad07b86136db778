import { isCommonWord } from '../../geo/gazetteer';
import { focusPlace, WEEKDAY_OR_MONTH, type PlaceHit } from './location';
import {
  datelineTownOf,
  isTownArea,
  landmarkInTown,
  seatOfState,
  type LandmarkMention,
} from './landmarks';
import type { Place } from '../../geo/gazetteer';
import { placeNamedAgain } from './place-named-again';
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

/** "Gwanghwamun Square in Seoul", "Syntagma Square, Athens": a landmark's town named right after it. */
const TOWN_AFTER_LANDMARK = /^\s*(?:,|\bin\b)\s*(?:central\s+|downtown\s+)?$/iu;

/**
 * The town a landmark (a site whose kind is part of its name: "Gwanghwamun Square") is said to stand
 * in right after it, as DESIGN.md §3 resolves landmarks; a site named in lower case ("Ojota market")
 * or a landmark with no town after it keeps its own name.
 */
function townNamedAfter(text: string, name: string, end: number, hits: PlaceHit[]): Place | null {
  if (!/\s\p{Lu}\p{Ll}+$/u.test(name)) return null;
  const town = hits.find((h) => h.start >= end && h.start - end <= 16 && h.place.kind === 'city');
  return town && TOWN_AFTER_LANDMARK.test(text.slice(end, town.start)) ? town.place : null;
}

/** `hits` with the sites the text names by their kind and the gazetteer lacks, placed in `country`. */
export function withSitesNamedByKind(
  text: string,
  hits: PlaceHit[],
  country: string | null,
): PlaceHit[] {
  if (!country) return hits;
  hits = withLandmarkTowns(text, hits, country);
  const again = placeNamedAgain.hits(text, hits);
  if (again.length) hits = [...hits, ...again].sort((a, b) => a.start - b.start);
  const extra = siteNamedByKind
    .sites(text)
    .filter(({ start, end }) => !hits.some((h) => h.start < end + 1 && h.end > start))
    .map(({ name, start, end }) => ({
      place: townNamedAfter(text, name, end, hits) ?? { name, country, kind: 'city' as const },
      start,
      end,
    }));
  return extra.length ? [...hits, ...extra].sort((a, b) => a.start - b.start) : hits;
}

/**
 * `hits` with each landmark's mentions read as the town it stands in (landmarks.ts), in place of
 * any place found inside its name ("Kensington" of "Kensington Town Hall"); a landmark no town is
 * found for is left to the other stages.
 */
function withLandmarkTowns(text: string, hits: PlaceHit[], country: string): PlaceHit[] {
  const mentions = landmarkInTown.mentions(text);
  let fallback: Place | null | undefined;
  const townOf = new Map<string, Place | null>();
  for (const { name } of mentions) {
    if (townOf.has(name)) continue;
    let town = landmarkInTown.townInText(text, name, mentions, hits, country);
    if (!town) {
      // the place a favela is named after ("Penha" of "the Penha favela") is not the text's town
      const areas = mentions.filter((m) => isTownArea(m.name));
      const outside = hits.filter((h) => !areas.some((m) => h.start < m.end && h.end > m.start));
      fallback ??= localFocus(outside, country, text) ?? datelineTownOf(text, country);
      town = fallback;
    }
    townOf.set(name, town);
  }
  const extra: PlaceHit[] = [];
  for (const m of mentions) {
    const town = townOf.get(m.name);
    if (town) extra.push({ place: town, start: m.start, end: m.end });
  }
  extra.push(...backReferences(text, mentions, townOf));
  for (const m of seatOfState.mentions(text, country))
    if (!extra.some((e) => e.start < m.end && e.end > m.start))
      extra.push({ place: m.town, start: m.start, end: m.end });
  if (!extra.length) return hits;
  const inside = (h: PlaceHit) => extra.some((e) => h.start < e.end && h.end > e.start);
  return [...hits.filter((h) => !inside(h)), ...extra].sort((a, b) => a.start - b.start);
}

/** The town or district the text is about, if it is about one. */
function localFocus(hits: PlaceHit[], country: string, text: string): Place | null {
  const focus = focusPlace(hits, country, text);
  return focus && (focus.kind === 'city' || focus.kind === 'district') ? focus : null;
}

/**
 * "Police said 3 lakh people had gathered near the stadium": the landmark named again by its kind
 * alone, after the text named it, is that landmark, when the text names one landmark of that kind.
 */
function backReferences(
  text: string,
  mentions: LandmarkMention[],
  townOf: Map<string, Place | null>,
): PlaceHit[] {
  const byKind = new Map<string, Set<string>>();
  for (const m of mentions) {
    const kind = m.name.slice(m.name.lastIndexOf(' ') + 1).toLowerCase();
    byKind.set(kind, (byKind.get(kind) ?? new Set()).add(m.name));
  }
  const out: PlaceHit[] = [];
  for (const [kind, names] of byKind) {
    const [name] = names;
    const town = townOf.get(name);
    if (names.size !== 1 || !town) continue;
    const first = mentions.find((m) => m.name === name)!.end;
    for (const r of text.matchAll(new RegExp(`\\bthe\\s+(${kind})\\b`, 'g'))) {
      const start = r.index + r[0].length - r[1].length;
      if (start > first) out.push({ place: town, start, end: start + r[1].length });
    }
  }
  return out;
}
