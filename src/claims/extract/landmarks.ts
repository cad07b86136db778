// Landmarks no gazetteer keeps ("Harlow Park Stadium", "the Grand Mosque", "Marlow Court", "Kenyatta
// National Hospital"): a figure set at one is counted in the town the landmark stands in, as an
// analyst files it, not under the landmark's own name and not under the country.
import { findDateline } from '../../parsing/metadata/dateline';
import { capitalOf, resolvePlace, type Place } from '../../geo/gazetteer';
import { anyOf } from './word-pattern';

/** Words that end a landmark's name, written capitalised as part of it ("Grenfell Tower"). */
const LANDMARK_KINDS = [
  'Stadium',
  'Arena',
  'Tower',
  'Towers',
  'Court',
  'Estate',
  'Mosque',
  'Bridge',
  'Hospital',
  'Cathedral',
  'Church',
  'Temple',
  'Shrine',
  'Palace',
  'Mall',
  'Hotel',
  'Building',
  'Plaza',
  'Hall',
  'Centre',
  'Center',
  'Nightclub',
  'Theatre',
  'Theater',
];

/** Parts of a town named in lower case after their name: "the Penha favela", "Kibera slum". */
const TOWN_AREA_KINDS = [
  'favela',
  'favelas',
  'slum',
  'shantytown',
  'neighbourhood',
  'neighborhood',
];

// "Al-Ahli al-Arabi Hospital", "al-Shifa Hospital": Arabic names keep their article in lower case
const NAME_WORD = String.raw`(?:\p{Lu}[\p{L}'’.-]*|(?:al|el|ad|an|ar|as|ash|at|az)-\p{L}[\p{L}'’-]*)`;
/** One to three capitalised words, then the kind: "M. Chinnaswamy Stadium", "Wang Fuk Court". */
const LANDMARK = new RegExp(
  String.raw`\b((?:${NAME_WORD}\s+){1,3})(${anyOf([...LANDMARK_KINDS, ...TOWN_AREA_KINDS])})\b(?![\p{L}-])`,
  'gu',
);

/** Words that open a sentence or a title and belong to no name ("At Wembley Stadium", "Crush at"). */
const NOT_NAME_WORDS = new Set([
  'A',
  'An',
  'The',
  'At',
  'In',
  'Near',
  'Outside',
  'Inside',
  'From',
  'Into',
  'On',
  'Of',
  'And',
  'To',
  'By',
  'Crush',
  'Fire',
  'Blast',
  'Stampede',
]);

export interface LandmarkMention {
  name: string;
  start: number;
  end: number;
}

/** A place found in the text, as the location stages pass them around. */
interface Hit {
  place: Place;
  start: number;
  end: number;
}

/** Between a landmark and its town: "in", ", a housing estate in west", ", the stadium in the". */
const AN_APPOSITIVE = String.raw`(?:\s*,\s*(?:a|an|the)\s+[^,.;:!?()]{0,60}?)?`;
const UNIT_OF = String.raw`(?:(?:city|town|district|area|suburb|borough)\s+of\s+)?`;
const SET_IN = String.raw`\s+(?:in|near|outside|on the outskirts of)\s+(?:the\s+)?(?:[\p{Ll}-]+\s+){0,3}`;
const TOWN_AFTER = new RegExp(`^${AN_APPOSITIVE}\\s*(?:,\\s*|,?${SET_IN}${UNIT_OF})$`, 'u');
/** Between a town and a landmark in it: "Bengaluru's", "Leeds's". */
const TOWN_BEFORE = /^['’]s\s+(?:the\s+)?$/u;

/**
 * A landmark stands in the town the text puts it in ("Grenfell Tower in west London", "Wang Fuk
 * Court, a housing estate in Tai Po", "Bengaluru's Chinnaswamy Stadium"), or the town whose name it
 * bears ("Kalyan Bridge"); a text that places it nowhere files it from the town it is about or, for
 * a point event, from the town its story is datelined in ("MECCA, Saudi Arabia — a crane fell on the
 * Grand Mosque").
 */
export const landmarkInTown = {
  name: 'a landmark stands in the town the text puts it in',
  examples: [
    'At least 30 died in the Grenfell Tower fire. The tower, in west London, … (Grenfell Tower in west London)',
    'Fire swept through Wang Fuk Court, a housing estate in Tai Po, killing 44.',
    "Eleven people died in a crush outside Bengaluru's Chinnaswamy Stadium.",
    'MECCA, Saudi Arabia — A crane fell onto the Grand Mosque, killing 107 people.',
  ],
  mentions(text: string): LandmarkMention[] {
    const out: LandmarkMention[] = [];
    for (const m of text.matchAll(LANDMARK)) {
      const words = m[1].trim().split(/\s+/);
      while (words.length && NOT_NAME_WORDS.has(words[0])) words.shift();
      if (!words.length) continue;
      const name = `${words.join(' ')} ${m[2]}`;
      const end = m.index + m[0].length;
      out.push({ name, start: end - name.length, end });
    }
    return out.filter((m) => text.slice(m.start, m.end) === m.name);
  },
  /** The town `text` puts the landmark `name` in, from any of its mentions, or null. */
  townInText(
    text: string,
    name: string,
    mentions: LandmarkMention[],
    hits: Hit[],
    country: string,
  ): Place | null {
    for (const m of mentions) {
      if (m.name !== name) continue;
      const after = hits.find(
        (h) =>
          h.start >= m.end &&
          h.start - m.end <= 90 &&
          h.place.kind !== 'country' &&
          TOWN_AFTER.test(text.slice(m.end, h.start)),
      );
      if (after) return after.place;
      const before = hits.find(
        (h) =>
          h.end <= m.start &&
          h.place.kind !== 'country' &&
          TOWN_BEFORE.test(text.slice(h.end, m.start)),
      );
      if (before) return before.place;
    }
    // "Wembley Stadium in London": where the text puts a landmark says more than its name; a
    // favela or slum named "Penha" lies in a city, not in the town of Penha
    return isTownArea(name) ? null : townItIsNamedAfter(name, country);
  },
};

/** A favela, slum or neighbourhood: a part of a town, not a landmark bearing a town's name. */
export function isTownArea(name: string): boolean {
  return TOWN_AREA_KINDS.includes(name.slice(name.lastIndexOf(' ') + 1));
}

/** "Kalyan Bridge", "Nzerekore Stadium": the town of `country` whose name the landmark's opens with. */
function townItIsNamedAfter(name: string, country: string): Place | null {
  const words = name.split(' ').slice(0, -1);
  for (let n = words.length; n > 0; n--) {
    const place = resolvePlace(words.slice(0, n).join(' '));
    if (place && isLocal(place) && place.country === country) return place;
  }
  return null;
}

function isLocal(p: Place): boolean {
  return p.kind === 'city' || p.kind === 'district';
}

/** How many paragraphs from the top a dateline may stand in (after a title, a byline, a date). */
const DATELINE_PARAGRAPHS = 6;

/** The town of `country` the text's dateline names ("MECCA, Saudi Arabia (AP) —"), or null. */
export function datelineTownOf(text: string, country: string | null): Place | null {
  const pars = text.split(/\n\s*\n/).slice(0, DATELINE_PARAGRAPHS);
  for (const par of pars) {
    const named = findDateline(par)?.place;
    if (!named) continue;
    const place = resolvePlace(named);
    return place && isLocal(place) && (!country || place.country === country) ? place : null;
  }
  return null;
}

/** A nation's seats of power, named without a town: they stand in its capital. */
const SEATS_OF_STATE = [
  'parliament',
  'national assembly',
  'state house',
  'presidential palace',
  'capitol',
];
const SEAT = new RegExp(
  String.raw`\b(?:the\s+)?(?:(?:U\.?S\.?|US)\s+)?(${anyOf(SEATS_OF_STATE.map((w) => w.replace(/ /g, '\\s+')))})(?:\s+(?:compound|building|grounds|complex|gates))?\b`,
  'gi',
);
/** "the state parliament", "the European Parliament", "Kerala's assembly": no nation's seat. */
const NOT_NATIONAL_BEFORE =
  /(?:\b(?:state|regional|provincial|county|city|European|Scottish|Welsh)|\p{Lu}[\p{L}-]*['’]s)\s+$/u;

/**
 * "shot dead outside Parliament", "broke into the Parliament compound", "the mob that stormed the
 * Capitol": a country's seat of power named bare stands in its capital (a state's or a region's
 * parliament, named so, does not).
 */
export const seatOfState = {
  name: "a nation's seat of power stands in its capital",
  examples: [
    'Five protesters were shot dead outside parliament.',
    'Hundreds of protesters broke into the Parliament compound.',
    'About 140 police officers were injured defending the Capitol.',
    'Guards fired on the crowd at the presidential palace, killing 3.',
  ],
  mentions(text: string, country: string): (LandmarkMention & { town: Place })[] {
    const town = capitalOf(country);
    if (!town) return [];
    const out: (LandmarkMention & { town: Place })[] = [];
    for (const m of text.matchAll(SEAT)) {
      if (NOT_NATIONAL_BEFORE.test(text.slice(Math.max(0, m.index - 30), m.index))) continue;
      // "Parliament Road", "Capitol Police": a street or a force named after the seat
      if (/^\s+\p{Lu}/u.test(text.slice(m.index + m[0].length, m.index + m[0].length + 3)))
        continue;
      out.push({ name: m[0], start: m.index, end: m.index + m[0].length, town });
    }
    return out;
  },
};
