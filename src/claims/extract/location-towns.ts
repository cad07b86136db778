// Towns the gazetteer lacks, introduced by the word for their kind ("the town of Barsalogho",
// "in Majiya town", "Taura local government area", "Pont-Sondé, a town in Artibonite"). GeoNames
// keeps towns of 10,000+ people and few second-level areas; a massacre or a blast often strikes a
// smaller place, and the reporting says what the place is the first time it names it. Once so
// introduced, every mention of the name is the place, and it may be the text's focus.
import { isCommonWord, isSmallTown, resolvePlace, type Place } from '../../geo/gazetteer';
import { isPersonName } from '../../geo/person-names';
import { PLACE_NAME_PARTICLES } from '../../parsing/util/text';
import { namedForEvent, WEEKDAY_OR_MONTH, type PlaceHit } from './location';
import { anyOf, escapeRegExp } from './word-pattern';

/** A capitalised name word, maybe hyphenated or accented: "Barsalogho", "Pont-Sondé", "N'Djili". */
const NAME_WORD = String.raw`\p{Lu}[\p{Ll}\p{M}]+(?:[-'’]\p{L}+)*`;
/**
 * Lower-case words inside a town's name: "Steccato di Cutro", "Dar es Salaam", "Villa del Rosario"
 * (not "of", "on": "Barsalogho on Saturday" is no name).
 */
const NAME_PARTICLES = [
  'de',
  'di',
  'da',
  'do',
  'dos',
  'das',
  'del',
  'della',
  'du',
  'es',
  'la',
  'el',
];
/** One or two name words, maybe with a particle between: "Pont Sondé", "Khan Younis", "Steccato di Cutro". */
const NAME = `${NAME_WORD}(?:\\s+(?:${anyOf(NAME_PARTICLES)}\\s+)?${NAME_WORD})?`;

/** Words for a settlement, in "the town of X", "X village", "X, a town in Y". */
const SETTLEMENT_WORDS = [
  'town',
  'village',
  'hamlet',
  'commune',
  'township',
  'settlement',
  'locality',
  'community',
  'city',
];
/** Words for a second-level area after its name: "Taura local government area", "Taura LGA". */
const AREA_WORDS = [
  'local government area',
  'local government',
  'LGA',
  'district',
  'municipality',
  'sub-district',
  'subdistrict',
  'upazila',
  'tehsil',
  'arrondissement',
];

/** `phrase` as a pattern whose words may open in either case: "Local Government Area", "local government area". */
function eitherCase(phrase: string): string {
  return phrase
    .split(' ')
    .map((w) => (/^\p{Ll}/u.test(w) ? `[${w[0]}${w[0].toUpperCase()}]${w.slice(1)}` : w))
    .join(String.raw`\s+`);
}

/** One way a text introduces a town by its kind: the pattern (name in group 1) and what it gives. */
export interface TownIntroduction {
  name: string;
  examples: { text: string; town: string }[];
  pattern: RegExp;
  kind: Place['kind'];
}

const KIND_OF_NAME: TownIntroduction = {
  name: 'the kind, maybe with a word or two before it, then "of" and the name',
  examples: [
    { text: 'digging trenches around the town of Barsalogho', town: 'Barsalogho' },
    { text: 'residents of the north-central town of Barsalogho dug', town: 'Barsalogho' },
    { text: 'gang members crept toward the small town of Pont-Sondé', town: 'Pont-Sondé' },
    { text: 'the tanker exploded in the village of Majia, Jigawa state', town: 'Majia' },
  ],
  // "the epicentre lay near the village of Ighil", "the bridge to the nearest town of Chooralmala":
  // a town that gives a bearing is not where the figures were counted
  pattern: new RegExp(
    String.raw`(?<!\bnear\s+)\b[Tt]he\s+(?!nearest\b)(?:[\p{Ll}-]+\s+){0,2}${anyOf(SETTLEMENT_WORDS)}\s+of\s+(${NAME})`,
    'gu',
  ),
  kind: 'city',
};

const NAME_THEN_KIND: TownIntroduction = {
  name: 'a place preposition or "the", the name, then "town", "village" or "hamlet"',
  examples: [
    { text: 'a petrol tanker explosion in Majiya Town, Taura', town: 'Majiya' },
    { text: 'when a fuel tanker exploded in Majiya town.', town: 'Majiya' },
    { text: 'gunmen attacked worshippers at Kuje village on Sunday', town: 'Kuje' },
    { text: 'the air attack by the army on Tudun Biri village in Igabi', town: 'Tudun Biri' },
    { text: 'a drone had accidentally struck the Tudun Biri hamlet', town: 'Tudun Biri' },
  ],
  pattern: new RegExp(
    String.raw`\b(?:in|at|near|into|outside|from|on|the)\s+(${NAME})\s+(?:[Tt]own|[Vv]illage|[Hh]amlet)\b`,
    'gu',
  ),
  kind: 'city',
};

const NAME_THEN_AREA: TownIntroduction = {
  name: 'a place preposition or a comma, the name, then the word for a second-level area',
  examples: [
    { text: 'in Majiya Town, Taura local government area of Jigawa State', town: 'Taura' },
    { text: 'a tanker explosion at Taura LGA of Jigawa State', town: 'Taura' },
    { text: 'floods in Sirajganj Upazila', town: 'Sirajganj' },
    { text: 'the bombing of Tudun Biri in the Igabi Local Government Area', town: 'Igabi' },
  ],
  pattern: new RegExp(
    String.raw`(?:\b(?:in|at|near|of|from|across|throughout)|,)\s+(?:the\s+)?(${NAME})\s+${anyOf(AREA_WORDS.map(eitherCase))}\b`,
    'gu',
  ),
  kind: 'district',
};

const NAME_IN_AREA: TownIntroduction = {
  name: 'the name, then "in" and a second-level area named by its word',
  examples: [
    { text: 'the bombing of Tudun Biri in the Igabi Local Government Area', town: 'Tudun Biri' },
    { text: 'floods cut off Kolwara in Sirajganj Upazila', town: 'Kolwara' },
  ],
  pattern: new RegExp(
    String.raw`\b(${NAME})\s+(?:in|within)\s+(?:the\s+)?${NAME}\s+${anyOf(AREA_WORDS.map(eitherCase))}\b`,
    'gu',
  ),
  kind: 'city',
};

const NAME_THEN_APPOSITION: TownIntroduction = {
  name: 'the name, then a comma or "is", and "a town in" (or "a village near", "a community within")',
  examples: [
    { text: 'militants stormed Barsalogho, a town in the Centre-Nord region', town: 'Barsalogho' },
    { text: 'in Pont-Sondé, a small commune of the Artibonite', town: 'Pont-Sondé' },
    { text: 'reached Kolwara, a remote village near the river', town: 'Kolwara' },
    { text: 'Tudun Biri is a community within Igabi local government area', town: 'Tudun Biri' },
  ],
  pattern: new RegExp(
    String.raw`\b(${NAME})(?:,|\s+is)\s+an?\s+(?:[\p{Ll}-]+\s+){0,2}${anyOf(SETTLEMENT_WORDS)}\s+(?:in|of|near|on|within)\b`,
    'gu',
  ),
  kind: 'city',
};

/** Unit words that, after a name, say the name is a first-level region: "Bolívar state", "Jigawa State". */
const REGION_WORDS = ['state', 'province', 'region', 'department', 'governorate', 'prefecture'];

const NAME_THEN_REGION: TownIntroduction = {
  name: 'a place preposition, the name, then a comma or a bracket and a region named by its unit word',
  examples: [
    { text: 'seven hours by river from La Paragua (Bolívar state, south)', town: 'La Paragua' },
    { text: 'the tanker overturned in Majia, Jigawa State, on Tuesday', town: 'Majia' },
    { text: 'a mine in El Callao, in Venezuela’s Bolívar state', town: 'El Callao' },
    { text: 'gunmen attacked Kolwara, in the Centre-Nord region', town: 'Kolwara' },
  ],
  pattern: new RegExp(
    String.raw`\b(?:in|at|near|from|of|to|attacked|struck|hit)\s+(${NAME})(?:,\s+(?:in\s+)?|\s+\(\s*)` +
      String.raw`(?:the\s+)?(?:${NAME_WORD}['’]s\s+)?${NAME_WORD}(?:\s+${NAME_WORD})?\s+${anyOf(REGION_WORDS.map(eitherCase))}\b`,
    'gu',
  ),
  kind: 'city',
};

export const TOWN_INTRODUCTIONS: TownIntroduction[] = [
  KIND_OF_NAME,
  NAME_THEN_KIND,
  NAME_THEN_AREA,
  NAME_IN_AREA,
  NAME_THEN_APPOSITION,
  NAME_THEN_REGION,
];

/** The kind written after a town's name: "Majiya Town", "Taura Local Government Area". */
const TOWN_WORDS_AFTER = new RegExp(
  String.raw`^\s+${anyOf([...SETTLEMENT_WORDS, ...AREA_WORDS].map(eitherCase))}\b`,
  'u',
);

/**
 * A name no word of which is an ordinary English word, a weekday or a month ("Old Town", "Sunday
 * village"), leaving aside the particles of a place's name ("La Paragua", "Steccato di Cutro").
 */
function isTownName(name: string): boolean {
  if (/['’]s\s/u.test(name)) return false; // "Odisha's Balasore": a possessive, not one name
  const words = name.split(/[\s-]+/).filter((w) => !PLACE_NAME_PARTICLES.has(w.toLowerCase()));
  return words.length > 0 && !words.some((w) => isCommonWord(w) || WEEKDAY_OR_MONTH.test(w));
}

/**
 * Whether hit `h` overlaps [start, end) other than as a shorter name inside it: "the Steccato di
 * Cutro hamlet" introduces Steccato di Cutro, a hamlet of the town of Cutro the gazetteer knows.
 */
function overlapsOutside(h: PlaceHit, start: number, end: number): boolean {
  const inside =
    h.place.kind === 'city' && h.start >= start && h.end <= end && h.end - h.start < end - start;
  return h.start < end && h.end > start && !inside;
}

/** The towns `text` introduces by their kind that neither the gazetteer nor `hits` has: name → place. */
export function townsIntroduced(
  text: string,
  hits: PlaceHit[],
  country: string,
): Map<string, Place> {
  const towns = new Map<string, Place>();
  for (const form of TOWN_INTRODUCTIONS)
    for (const m of text.matchAll(form.pattern)) {
      const name = m[1];
      const start = m.index + m[0].lastIndexOf(name);
      const end = start + name.length;
      if (towns.has(name) || !isTownName(name) || resolvePlace(name)) continue;
      if (hits.some((h) => overlapsOutside(h, start, end))) continue;
      if (isPersonName(text, { start, end })) continue;
      towns.set(name, { name, country, kind: form.kind });
    }
  return towns;
}

/**
 * `hits` with every mention of the towns the text introduces by their kind, placed in `country`; a
 * mention run into a capitalised word is a title or an organisation ("Taura Emirate Council"), unless
 * the word is the kind ("Majiya Town"), and a possessive names whose, not where. For the text's focus
 * (`forFocus`), only towns it names twice or more, or names its event by ("the explosion at Taura
 * LGA"): a town named once in passing is a side place ("16 detained in the eastern town of
 * Kattankudy" in a story of bombings elsewhere) that scopes its own sentence's figures, not the text.
 */
export function withTownsIntroduced(
  text: string,
  hits: PlaceHit[],
  country: string | null,
  forFocus = false,
): PlaceHit[] {
  if (!country) return hits;
  const towns = townsIntroduced(text, hits, country);
  if (!towns.size) return hits;
  const extra: PlaceHit[] = [];
  for (const [name, place] of towns) {
    const mentions = mentionsOf(text, name, hits).map(({ start, end }) => ({ place, start, end }));
    const told = mentions.length >= 2 || mentions.some((m) => namedForEvent(text, m, null));
    if (!forFocus || told) extra.push(...mentions);
  }
  if (!extra.length) return hits;
  const within = (h: PlaceHit) => extra.some((e) => h.start >= e.start && h.end <= e.end);
  return [...hits.filter((h) => !within(h)), ...extra].sort((a, b) => a.start - b.start);
}

/** The spans where `text` names the town `name` as a place, outside `hits` (or holding a shorter one). */
function mentionsOf(
  text: string,
  name: string,
  hits: PlaceHit[],
): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  const re = new RegExp(`(?<![\\p{L}-])${escapeRegExp(name)}(?![\\p{L}-]|[’']s)`, 'gu');
  for (const m of text.matchAll(re)) {
    const start = m.index;
    const end = start + name.length;
    const after = text.slice(end, end + 40);
    if (/^\s+\p{Lu}/u.test(after) && !TOWN_WORDS_AFTER.test(after)) continue;
    if (hits.some((h) => overlapsOutside(h, start, end))) continue;
    out.push({ start, end });
  }
  return out;
}

/** "in Cutro", "near the village of Pylos", "at Steccato di Cutro": a mention that sets something there. */
const SET_THERE_BEFORE =
  /\b(?:in|at|near|off|on|outside|around|inside)\s+(?:the\s+)?(?:[^\s,;.]+\s+){0,3}$/iu;

/**
 * `hits` without the small towns (gazetteer.ts isSmallTown) that a text names only in passing: for
 * its focus, a town the big lists lack counts when named twice or more, once with "in", "at", "near"
 * (… "near Steccato di Cutro", "in Cutro"), or when the text names its event by it. "his hometown of
 * Hostoun", "transferred to Tocorón and Tocuyito", "San Remigio with 22" in a list of towns: side
 * places, each scoping only its own sentence's figures.
 */
export function withoutSideTowns(text: string, hits: PlaceHit[]): PlaceHit[] {
  const side = new Set<string>();
  const byName = new Map<string, PlaceHit[]>();
  for (const h of hits)
    if (isSmallTown(h.place)) byName.set(h.place.name, [...(byName.get(h.place.name) ?? []), h]);
  for (const [name, mentions] of byName) {
    const setThere = mentions.some(
      (m) =>
        SET_THERE_BEFORE.test(text.slice(Math.max(0, m.start - 60), m.start)) &&
        !/\b(?:and|or)\s+(?:\S+\s+){0,2}$/i.test(text.slice(Math.max(0, m.start - 30), m.start)),
    );
    const told = mentions.length >= 2 && setThere;
    if (!told && !mentions.some((m) => namedForEvent(text, m, null))) side.add(name);
  }
  return side.size ? hits.filter((h) => !side.has(h.place.name)) : hits;
}
