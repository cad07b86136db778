// Places no gazetteer names, read from how a sentence names them: "on Evia", "off El Hierro",
// "across Vanua Levu", "the Cape Flats", "Kariakoo, Dar es Salaam", "La Paragua (Bolívar state)".
// GeoNames keeps towns of 10,000+ people under one spelling each, and few islands, straits or
// districts; a report names its place the way a reader knows it, and that name is the figure's
// most specific place (DESIGN.md §3).
import { isCommonWord, type Place } from '../../geo/gazetteer';
import { isPersonName } from '../../geo/person-names';
import { WEEKDAY_OR_MONTH, type PlaceHit } from './location';
import { OCCASIONS } from './occasions';
import { anyOf } from './word-pattern';

/** Prepositions that set a figure in a place ("on Evia", "off El Hierro", "across Vanua Levu"). */
const LOCATIVES = [
  'in',
  'on',
  'off',
  'across',
  'throughout',
  'near',
  'at',
  'around',
  'inside',
  'into',
];
/**
 * Words that set people in a place as its own, as leaving it or as sent to it ("17 residents of Agam",
 * "evacuated from the outskirts of Patras", "1,500 soldiers to the Cape Flats"): the figure is counted
 * there (location.ts SCOPE_BEFORE).
 */
const PEOPLE_TO_OR_FROM = [
  'residents of',
  'inhabitants of',
  'villagers of',
  'outskirts of',
  'evacuated from',
  'fled from',
  'displaced from',
  // "the deployment of 1,500 soldiers to the Cape Flats": a named area troops or aid are sent to
  'to the',
];

/** Words of a place's own name that say what kind of place it is ("Lake Albert", "the Bali Strait"). */
const PLACE_NAME_WORDS = [
  'Lake',
  'Mount',
  'Island',
  'Islands',
  'Isle',
  'Strait',
  'Straits',
  'Bay',
  'Gulf',
  'Coast',
  'Peninsula',
  'Valley',
  'Delta',
  'River',
  'Flats',
  'Heights',
  'Highlands',
];
const PLACE_NAME_WORD = new RegExp(`^${anyOf(PLACE_NAME_WORDS)}$`);

/**
 * Words that make a capitalised name a body, a medium or a thing, not a place: "at Nasser Hospital",
 * "on Al Jazeera", "in the Red Cross", "in World War II", "on Facebook".
 */
const NOT_PLACE_WORDS = new Set(
  [
    'agency',
    'army',
    'association',
    'authority',
    'board',
    'camp',
    'bureau',
    'centre',
    'center',
    'church',
    'college',
    'command',
    'commission',
    'committee',
    'company',
    'corporation',
    'council',
    'court',
    'cross',
    'crescent',
    'daily',
    'department',
    'facebook',
    'federation',
    'force',
    'forces',
    'foundation',
    'front',
    'fund',
    'group',
    'guard',
    'herald',
    'hospital',
    'instagram',
    'institute',
    'jazeera',
    'journal',
    'league',
    'ministry',
    'mosque',
    'ocean',
    'movement',
    'network',
    'news',
    'office',
    'operation',
    'organisation',
    'organization',
    'party',
    'police',
    'post',
    'press',
    'programme',
    'program',
    'school',
    'sea',
    'service',
    'services',
    'telegram',
    'tiktok',
    'times',
    'twitter',
    'union',
    'university',
    'war',
    'watch',
    'whatsapp',
    'youtube',
  ].map((w) => w.toLowerCase()),
);

/** A word of a name: capitalised, with its apostrophes and hyphens ("Cox's", "Pont-Sondé", "N'Djamena"). */
const NAME_WORD = String.raw`\p{Lu}[\p{L}\p{M}'’-]*\p{L}`;
/** Lower-case particles inside a place's name ("Steccato di Cutro", "Dar es Salaam", "Rio de Janeiro"). */
const PARTICLE = String.raw`(?:di|de|da|del|della|des|du|do|dos|das|la|le|el|es|al|ad|an|bin|ibn)`;
/** A word after an Arabic article written in lower case ("Deir al-Balah", "Tell as-Sultan"). */
const ARTICLED_WORD = String.raw`(?:al|el|ad|an|ar|as|ash|at|az)-\p{L}[\p{L}'’-]*`;
// the words of one name stand on one line: "Valencia" closing a paragraph is no "Valencia At" with the next
const NAME = String.raw`${NAME_WORD}(?:[ \t]+(?:${PARTICLE}[ \t]+)?(?:${NAME_WORD}|${ARTICLED_WORD})){0,3}`;
/** "on Evia", "off the Canary island of El Hierro", "in the Cape Flats" (the preposition may open the sentence). */
/** "in" or "In" (opening a sentence), "residents of" or "Residents of": a lead word either way. */
function capitalisedOrNot(lead: string): string {
  return `[${lead[0]}${lead[0].toUpperCase()}]${lead.slice(1).replace(/ /g, String.raw`\s+`)}`;
}
const NAMED_AFTER_LOCATIVE = new RegExp(
  String.raw`(?<![\p{L}-])(?:${[...LOCATIVES, ...PEOPLE_TO_OR_FROM].map(capitalisedOrNot).join('|')})\s+` +
    String.raw`(?:the\s+(?:[\p{L}-]+\s+){0,2}(?:island|islands|district|area|region|province|state|strait|coast)\s+of\s+|the\s+)?` +
    `(${NAME})`,
  'gdu',
);
/** "Kariakoo, Dar es Salaam", "La Paragua (Bolívar state)", "Agam in West Sumatra": inside a known place. */
const WITHIN_KNOWN_AFTER = /^\s*(?:,|\(|\bin\b)\s*(?:the\s+)?$/u;

/**
 * Lower-case nouns after a name that make it a modifier, not a place: "the Himalayan nation", "al-Ahli
 * Arab hospital", "the Sangam banks", "Rohingya camps", "Palestinian officials".
 */
const MODIFIED_NOUN_AFTER = new RegExp(
  String.raw`^['’]?s?\s+${anyOf([
    'nation',
    'country',
    'kingdom',
    'republic',
    'government',
    'authorities',
    'officials',
    'hospitals?',
    'clinics?',
    'camps?',
    'compound',
    'banks?',
    'shores?',
    'grounds?',
    'forces',
    'army',
    'police',
    'militants?',
    'fighters?',
    'community',
    'communities',
    'people',
    'refugees',
    'migrants',
    'media',
    'side',
    'team',
    'club',
    'day',
  ])}\b`,
  'u',
);

/** Headline lines in Title Case ("Fire Leaves 3,400 Homeless In Cox's Bazar Camps"): every word is capitalised. */
function isTitleCase(line: string): boolean {
  const longWords = line.match(/\b\p{L}{4,}/gu) ?? [];
  const capitalised = longWords.filter((w) => /^\p{Lu}/u.test(w));
  return longWords.length >= 4 && capitalised.length / longWords.length >= 0.75;
}

function lineAt(text: string, at: number): string {
  const start = text.lastIndexOf('\n', at) + 1;
  const end = text.indexOf('\n', at);
  return text.slice(start, end < 0 ? text.length : end);
}

/** "Notting Hill Carnival", "Tema Festival": a place's name with the occasion held there, which is not the place's. */
function withoutOccasion(name: string): string {
  const words = name.split(/\s+/);
  while (words.length > 1 && OCCASIONS.has(words[words.length - 1].toLowerCase())) words.pop();
  return words.join(' ');
}

/** Whether `name` can be a place: not a weekday, month, occasion, body or medium, nor only ordinary words. */
function mayBePlace(name: string): boolean {
  const words = name.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w));
  if (words.some((w) => WEEKDAY_OR_MONTH.test(w) || NOT_PLACE_WORDS.has(w.toLowerCase())))
    return false;
  if (words.some((w) => OCCASIONS.has(w.toLowerCase()))) return false;
  // "in Total", "at Least", "the White House": ordinary words, unless one says what kind of place
  return words.some(
    (w) => PLACE_NAME_WORD.test(w) || !isCommonWord(w.replace(/['’]s$/, '').replace(/-.*/, '')),
  );
}

export const placeNamedAfterLocative = {
  name: 'a place no gazetteer names, set by a locative preposition',
  examples: [
    'Seven firefighters were killed battling a wildfire on Evia, the fire service said.',
    'Sixty-one migrants are missing after a boat capsized off El Hierro.',
    'About 9,300 people were displaced across Vanua Levu.',
    'Twenty-seven people drowned when a boat capsized on Lake Albert.',
    '1,500 soldiers will be sent into the Cape Flats.',
    'Thirty-two people are missing after a landslide buried a gold mine in Sulawesi.',
  ],
  /** Each such name in `text` outside `hits`, placed in the known place it is said to lie in, else in `country`. */
  hits(text: string, hits: PlaceHit[], country: string | null): PlaceHit[] {
    const out: PlaceHit[] = [];
    for (const m of text.matchAll(NAMED_AFTER_LOCATIVE)) {
      const [start, end] = m.indices![1]!;
      const name = withoutOccasion(m[1].replace(/['’]s$/, ''));
      if (hits.some((h) => h.start < end && h.end > start)) continue;
      if (!mayBePlace(name)) continue;
      // "at the Ellipse", "the Kremlin": one word after "the" is a landmark or a building, not a town
      if (
        m[0].slice(0, start - m.index).match(/\bthe\s+$/i) &&
        !/\s/.test(name) &&
        !PLACE_NAME_WORD.test(name)
      )
        continue;
      if (MODIFIED_NOUN_AFTER.test(text.slice(end, end + 30))) continue;
      if (isTitleCase(lineAt(text, start))) continue;
      // "a statement on Ramaphosa's behalf", "at Ali Hassan's home": a person's name
      if (isPersonName(text, { start, end })) continue;
      const within = hits.find(
        (h) =>
          h.start >= end && h.start - end <= 6 && WITHIN_KNOWN_AFTER.test(text.slice(end, h.start)),
      );
      // a text that names no country still sets its figures there ("on Evia" in a one-line report)
      const place: Place = { name, country: within?.place.country ?? country ?? '', kind: 'city' };
      out.push({ place, start, end: start + name.length, sentenceOnly: true });
    }
    return out;
  },
};

/** `hits` with the places the text sets figures in by a preposition and the gazetteer lacks. */
export function withPlacesNamedAfterLocative(
  text: string,
  hits: PlaceHit[],
  country: string | null,
): PlaceHit[] {
  const extra = placeNamedAfterLocative.hits(text, hits, country);
  return extra.length ? [...hits, ...extra].sort((a, b) => a.start - b.start) : hits;
}
