// Where a figure is scoped: "in Almaty", "nationwide" → the country; else the nearest place
// in the paragraph; else the place the whole text is about; else the article's main country.
import {
  capitalOf,
  findPlaces,
  isBureauCity,
  isCommonWord,
  isWithin,
  resolvePlace,
  type Place,
} from '../../geo/gazetteer';
import { OCCASIONS } from './occasions';
import { ONE_TO_TWELVE } from './number-words';
import { isPersonName } from '../../geo/person-names';
import { isPhotoCaption } from '../../parsing/util/photo-caption';
import { extentOf, tellsOfPointEvent } from './event-extent';
import { isSlipOf } from './place-spelling';
import { datelineTownOf, landmarkInTown } from './landmarks';
import { countryAsActor } from './actor-countries';
import { anyOf, escapeRegExp } from './word-pattern';
import { careDestination, refugeDestination } from './care-destinations';
import { isWorksPlace, townOfWorks } from './location-works';

export interface PlaceHit {
  place: Place;
  start: number;
  end: number;
  /** Read from its own sentence's wording alone (place-entities.ts): it scopes that sentence's figures, not the paragraph's. */
  sentenceOnly?: boolean;
}

/** Words after a place's name that keep it a place ("Almaty Region", "Texas Hill Country", "Kerala Coast"). */
const PLACE_WORDS_AFTER = new Set([
  'Region',
  'Province',
  'Oblast',
  'City',
  'District',
  'County',
  'State',
  'Airport',
  'Square',
  'Street',
  'Avenue',
  'Station',
  'Area',
  'Prefecture',
  'Governorate',
  'Municipality',
  'Valley',
  'Basin',
  'Delta',
  'Peninsula',
  'Metro',
  'Metropolitan',
  'Hill',
  'Hills',
  'Highlands',
  'Coast',
  'Panhandle',
  'Plains',
  'Mountains',
  'Islands',
]);

/**
 * Place mentions of a text, without personal names that happen to be towns ("Serik Shalabayev"),
 * and with neighbourhoods lifted to the city the text names them in ("the Itaewon area of Seoul"
 * → Seoul): figures are reported city by city.
 */
export function safeFindPlaces(text: string, country?: string | null): PlaceHit[] {
  let hits: PlaceHit[];
  try {
    hits = (findPlaces(text, country) ?? []).map((h) => ({
      place: h.place,
      start: h.start,
      end: h.end,
    }));
  } catch {
    return [];
  }
  hits = hits.filter((h) => {
    if (h.place.kind === 'country') return true;
    // "UN", "AP", "Un": acronyms and odd casing are not towns
    const mention = text.slice(h.start, h.end);
    if (/^[\p{Lu}]{1,4}$/u.test(mention) || /^[\p{Lu}][\p{Ll}]$/u.test(mention)) return false;
    if (isPersonName(text, h)) return false;
    const next = /^\s+([\p{Lu}][\p{Ll}]+)/u.exec(text.slice(h.end, h.end + 30));
    const prev = /([\p{Lu}][\p{Ll}]+)\s+$/u.exec(text.slice(Math.max(0, h.start - 30), h.start));
    // "Lekki Shooting: 27 Protesters Injured", "the Kocani Fire": a capitalised event is the place's
    if (next && !PLACE_WORDS_AFTER.has(next[1]) && !resolvePlace(next[1]) && !isEventWord(next[1]))
      return false;
    if (
      prev &&
      !/^(?:In|At|On|From|To|Near|Off|Of|The|And|Outside|Across|Inside|Around|Throughout|Within|Meanwhile|Elsewhere|However|But|While|Whereas|Then|Also|Like|Unlike|Both|Only|Central|Downtown|North|South|East|West|Northern|Southern|Eastern|Western|Greater)$/.test(
        prev[1],
      ) &&
      !resolvePlace(prev[1]) &&
      !/[.!?]\s+$/.test(text.slice(Math.max(0, h.start - 32), h.start))
    )
      return false;
    return true;
  });
  hits = withCapitalsNamedSo(text, hits, country ?? null);
  const cities = [
    ...new Set(hits.filter((h) => h.place.kind !== 'country').map((h) => h.place.name)),
  ];
  const placeByName = new Map(hits.map((h) => [h.place.name, h.place]));
  const lift = new Map<string, Place>();
  for (const c of cities) {
    for (const o of cities) {
      if (o === c) continue;
      let within: boolean;
      try {
        within = isWithin(c, o) && !isWithin(o, c);
      } catch {
        within = false;
      }
      // a neighbourhood is lifted to its city; a city stays itself inside its province ("Malang, East Java")
      const p = placeByName.get(o)!;
      if (within && p.kind === 'city') {
        lift.set(c, p);
        break;
      }
    }
  }
  return hits
    .map((h) => (lift.has(h.place.name) ? { ...h, place: lift.get(h.place.name)! } : h))
    .sort((a, b) => a.start - b.start);
}

/**
 * "the French capital", "in the capital" (of the text's main country): the capital city, unless a
 * name follows ("the capital Naypyitaw", "the capital, Kabul"), which is a mention of its own.
 */
const CAPITAL_NAMED_SO =
  /\bthe\s+(?:([\p{Lu}][\p{L}-]+)\s+)?capital\b(?!\s*,?\s+(?:city\s+)?(?:of\s+)?[\p{Lu}])/gu;

function withCapitalsNamedSo(text: string, hits: PlaceHit[], country: string | null): PlaceHit[] {
  const extra: PlaceHit[] = [];
  for (const m of text.matchAll(CAPITAL_NAMED_SO)) {
    const of = m[1] ? resolvePlace(m[1]) : null;
    if (m[1] && of?.kind !== 'country') continue;
    const capital = capitalOf(of?.name ?? country ?? '');
    if (!capital) continue;
    const start = m.index;
    const end = start + m[0].length;
    // the demonym inside the phrase was read as its country: the phrase names the capital instead
    hits = hits.filter((h) => !(h.start >= start && h.end <= end && h.place.kind === 'country'));
    if (hits.some((h) => h.start < end && h.end > start)) continue;
    extra.push({ place: capital, start, end });
  }
  return extra.length ? [...hits, ...extra].sort((a, b) => a.start - b.start) : hits;
}

/**
 * Towns no gazetteer names, named by their kind: "16 detained in the eastern town of Kattankudy",
 * "the village of Ighil", "the commune of Talat N'Yaaqoub". GeoNames keeps towns of 10,000+ people;
 * a disaster's reporting names smaller ones this way, and the name is the figure's most specific place.
 */
const TOWN_OF =
  /\b(?:town|village|hamlet|commune|municipality|township|suburb|settlement)\s+of\s+((?:[\p{Lu}][\p{L}'’-]+)(?:\s+[\p{Lu}][\p{L}'’-]+){0,2})/gu;

const TOWN_SCOPE_BEFORE = /\b(?:in|at)\s+the\s+(?:[\p{L}-]+\s+){0,3}$/iu;

/** `hits` with the towns the text names by their kind and the gazetteer lacks, placed in `country`. */
export function withTownsNamedByKind(
  text: string,
  hits: PlaceHit[],
  country: string | null,
): PlaceHit[] {
  if (!country) return hits;
  const extra: PlaceHit[] = [];
  for (const m of text.matchAll(TOWN_OF)) {
    const start = m.index! + m[0].length - m[1].length;
    const end = start + m[1].length;
    if (hits.some((h) => h.start < end && h.end > start)) continue;
    // "near the village of Ighil" locates something else (an epicentre), it does not scope a figure
    if (!TOWN_SCOPE_BEFORE.test(text.slice(Math.max(0, m.index! - 40), m.index))) continue;
    extra.push({ place: { name: m[1], country, kind: 'city' }, start, end });
  }
  return extra.length ? [...hits, ...extra].sort((a, b) => a.start - b.start) : hits;
}

// "off Lampedusa": the sea next to a place is reported as that place; "on Maui", "on Mount Everest":
// islands and mountains are named with "on"; "troops sent into the Cape Flats" are deployed there
// "evacuated from West Maui": people who left a place are counted by it
// "in Odisha's Balasore district": the words between may be a possessive place
// "25,000 residents of Sindh": people counted as a place's own are counted there
const SCOPE_BEFORE =
  /\b(?:in|into|across|throughout|near|outside|around|at|inside|within|to|off|on|(?:evacuated|fled|displaced|rescued|airlifted)\s+from|(?:residents|inhabitants|villagers|townspeople|population)\s+of)\s+(?:the\s+)?(?:[\p{L}-]+(?:['’]s)?\s+){0,3}#?$/iu;
// "a news conference in the capital Naypyitaw": where a figure was announced, not where it happened
const SEAT_BEFORE =
  /\b(?:government|authorities|(?:rights|aid|humanitarian|relief|advocacy)\s+(?:groups|organi[sz]ations)|regime|junta|officials|ministry|administration|leadership|embassy|parliament|court|headquarters|correspondents?|reporters?|journalists?|diplomats?|analysts?|based|(?:news\s+)?agency|(?:news|press) conference|briefing)\s+(?:based\s+)?(?:in|at)\s+(?:the\s+)?(?:capital\s+)?$/i;
/**
 * "in Sindhupalchok's district headquarters, Chautara", "in Odisha's capital, Bhubaneswar": a place
 * named after a part of another, set off by a comma, is where the "in" sets the figure.
 */
const NAMED_AFTER_OWNER =
  /\b(?:in|at|near|outside)\s+(?:the\s+)?[\p{L}-]+(?:\s+[\p{L}-]+)?['’]s\s+(?:[\p{L}-]+\s+){0,2}[\p{L}-]+,\s+$/iu;
const OWNER_THEN_NAME = /^['’]s\s+(?:[\p{L}-]+\s+){0,2}[\p{L}-]+,\s+$/u;

/** "Sindhupalchok's district headquarters, Chautara": the owner of a part named right after it. */
function apposedAfter(s: string, p: PlaceHit, places: PlaceHit[]): boolean {
  const next = places.find((q) => q.start >= p.end);
  return (
    !!next && next.place.kind !== 'country' && OWNER_THEN_NAME.test(s.slice(p.end, next.start))
  );
}

/**
 * Where a speaker stands when giving a figure: "said during a visit to Hatay", "speaking in Goma",
 * "told reporters in Lagos", "on a trip to Derby".
 */
const SPEAKER_AT = new RegExp(
  String.raw`\b(?:(?:during|on)\s+(?:a|an|his|her|their|the)\s+(?:[\p{L}-]+\s+)?(?:visit|trip|tour)\s+(?:to|of)|speaking\s+(?:in|at|from)|(?:told|addressed|addressing)\s+(?:reporters|journalists|a\s+(?:rally|crowd|news\s+conference))\s+(?:in|at))\s+(?:the\s+)?$`,
  'iu',
);
/** What a place's own authorities do to people there: arrest, hold, move them. */
const ACTS_ON_PEOPLE = [
  'arrested',
  'detained',
  'rounded up',
  'held',
  'evacuated',
  'relocated',
  'jailed',
  'deployed',
];
const ACTS_THERE = new RegExp(
  String.raw`^\s+(?:(?:have|has|had|also|now)\s+)*${anyOf(ACTS_ON_PEOPLE.map((w) => w.replace(' ', '\\s+')))}\s+(?:(?:at least|more than|over|about|some|nearly|almost|around)\s+)?$`,
  'i',
);
const SUPERLATIVE_IN =
  /\b(?:deadliest|worst|largest|biggest|most (?:deadly|destructive|lethal|severe|powerful))\s+(?:[\p{L}-]+\s+){0,3}(?:in|on)\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,2}$/iu;
const PLACE_LABEL =
  /^(?:\s+(?:tonight|today|now|this (?:morning|evening|afternoon)|update|latest|alone))?\s*:\s/i;
const ACCOUNTED =
  /^(?:\s+[\p{Ll}-]+){0,2}(?:\s*,[^,;]{0,100},)?\s+(?:accounted|accounts|accounting)\s+for\s+(?:[\p{L}-]+\s+){0,2}/u;
/** Verbs a place is the subject of when its own dead are counted ("Paiporta saw 45 residents perish"). */
const COUNTING_VERBS = [
  'saw',
  'has seen',
  'recorded',
  'has recorded',
  'registered',
  'counted',
  'suffered',
  'lost',
  'has lost',
  'buried',
  // a town that reports its own dead is their source and their place ("Bogo City reported 72")
  'reported',
  'has reported',
  'reports',
  'confirmed',
  'has confirmed',
];
/**
 * "Paiporta, for example, saw 45 residents perish", "Chautara recorded 300 deaths": a town or a
 * region (not a country, which counts its nationals abroad) that is the subject of a count.
 */
const COUNTED_BY = new RegExp(
  String.raw`^(?:\s+(?:province|city|county|district|state|region|municipality))?(?:\s*,[^,;]{0,40},)?\s+(?:alone\s+)?${anyOf(COUNTING_VERBS.map((v) => v.replace(' ', '\\s+')))}\s+(?:(?:at least|more than|over|about|some|nearly|almost)\s+)?`,
  'iu',
);
/**
 * "Sindhupalchok, east of the capital, has been the worst-hit district, with more than 1,100
 * deaths", "Hatay was hit hardest, with 20,000 dead": a town or a region, the sentence's subject,
 * that the figure is given for by "with".
 */
const HIT_WITH = new RegExp(
  String.raw`^(?:\s*,[^,;]{0,40},)?\s+(?:has\s+been|have\s+been|was|were|is|are)\s+[^,;:\d]{0,50}?,?\s+with\s+(?:(?:at least|more than|over|about|some|nearly|almost|around)\s+)?`,
  'iu',
);
const LIST_GAP = /^\s*(?:,|,?\s*and|,?\s*or)\s*$/i;
/** Words that count a share of a total: "19 of them", "most of whom", "half of those". */
const PART_WORDS = [
  String.raw`\d[\d,.]*`,
  ...ONE_TO_TWELVE,
  ...['most', 'many', 'half', 'some', 'several', 'dozens', 'hundreds', 'thousands'],
];
const PART_OF_THEM = new RegExp(
  String.raw`[,;(—–-]\s*(?:${anyOf(PART_WORDS)})\s+of\s+(?:them|whom|those|these)\b`,
  'i',
);
/**
 * "the death toll across the country", "deaths nationwide": a nationwide scope set on the count
 * itself is the figure's, over a place in a clause the count spans ("since the sit-in in Khartoum").
 */
const TOLL_BEFORE = new RegExp(
  String.raw`\b${anyOf(['death toll', 'toll', 'number of (?:deaths|dead|victims|casualties|fatalities)', 'deaths', 'fatalities', 'casualties'].map((w) => w.replace(/ /g, String.raw`\s+`)))}\s+$`,
  'i',
);
const NATIONWIDE =
  /\b(?:nationwide|across the country|throughout the country|all over the country|in the country|countrywide|across the nation|nationally|in all regions)\b/i;
/** Every "nationwide", "across the country" … of a sentence (built once: this runs per figure). */
const EVERY_NATIONWIDE = new RegExp(NATIONWIDE.source, 'gi');

/** Where the last "across the country" … of `text` ends, or -1. */
export function lastNationwide(text: string): number {
  let end = -1;
  for (const m of text.matchAll(EVERY_NATIONWIDE)) end = m.index + m[0].length;
  return end;
}

/**
 * The place a claim in sentence `s` (claim at [from, to) in sentence coordinates) is scoped to.
 * Returns null when the sentence itself says nothing.
 */
/** "Russian soldiers", "Kazakh officials": a demonym names who, not where. */
export function isDemonym(p: PlaceHit, mention: string): boolean {
  if (p.place.kind !== 'country') return false;
  const m = mention.trim().toLowerCase();
  if (m === p.place.name.toLowerCase()) return false;
  return /(?:ish|ian|ean|ese|an|i|ic|ch|kh|ss|ot)$/.test(m) || /s$/.test(m);
}

/**
 * The place a claim in sentence `s` (claim at [from, to) in sentence coordinates) is scoped to.
 * Returns null when the sentence itself says nothing.
 */
export function sentenceScope(
  s: string,
  from: number,
  to: number,
  places: PlaceHit[],
  country: string | null,
): Place | null {
  const candidates: {
    place: Place;
    start: number;
    end: number;
    frame?: boolean;
    lead?: boolean;
    cause?: boolean;
    authority?: boolean;
    toll?: boolean;
  }[] = [];
  for (const p of places) {
    if (namesNationals(s, p)) continue;
    const lead = s.slice(Math.max(0, p.start - 40), p.start);
    // a place the sentence's figures are filed under: "Northtown: 17 deaths", "Northtown tonight: …";
    // or the subject of "accounted for": "Northtown (, where …,) accounted for 17 of the deaths"
    // (a dateline "NAIROBI: …" is where the reporter is, and a label heads its figure closely)
    const label =
      /^[\s"“‘']*$|[.!?][\s"“‘']*$/.test(lead) &&
      PLACE_LABEL.test(s.slice(p.end)) &&
      from - p.end <= 30 &&
      !/^[\p{Lu}\s'’-]+$/u.test(s.slice(p.start, p.end));
    const share =
      ACCOUNTED.exec(s.slice(p.end)) ??
      (p.place.kind !== 'country'
        ? (COUNTED_BY.exec(s.slice(p.end)) ?? HIT_WITH.exec(s.slice(p.end)))
        : null);
    if (label || (share && Math.abs(p.end + share[0].length - from) <= 2)) {
      candidates.push({ place: p.place, start: p.start, end: p.end, lead: true });
      continue;
    }
    // "Gaza officials said 471 were killed": a town's own officials count within it, if nothing nearer scopes
    if (isLocal(p.place) && isLocalAuthority(s.slice(p.end, p.end + 40)) && p.end <= from) {
      candidates.push({ place: p.place, start: p.start, end: p.end, authority: true });
      continue;
    }
    const scoped =
      SCOPE_BEFORE.test(lead) ||
      NAMED_AFTER_OWNER.test(s.slice(Math.max(0, p.start - 80), p.start));
    if (!scoped && !namesEvent(s, p)) continue;
    if (isDemonym(p, s.slice(p.start, p.end))) continue;
    // a possessive ("Kazakhstan's law enforcement") names whose, not where
    // (but "in Northtown's eastern district" is a place in Northtown); "died in Westland's
    // massive landslide" is in the landslide, whose place the text's focus says better than its country
    if (
      /^['’]s\b/.test(s.slice(p.end, p.end + 3)) &&
      (!/\b(?:in|across|throughout|near|outside|inside|within|around)\s+$/i.test(lead) ||
        namesPlaceWithin(s, p, places) ||
        apposedAfter(s, p, places) ||
        (p.place.kind === 'country' && COUNTRYS_EVENT.test(s.slice(p.end))))
    )
      continue;
    // an institution's seat ("the government in Damascus", "a reporter based in Kyiv") is not the figure's scope
    // … unless those seated there act there: "Authorities in Tbilisi have rounded up 1,200 protesters"
    if (SEAT_BEFORE.test(lead) && !ACTS_THERE.test(s.slice(p.end, from))) continue;
    // "…, the president said during a visit to Hatay": where a speaker stands is not the figure's scope
    if (SPEAKER_AT.test(lead)) continue;
    // "the ship carrying migrants from Libya to Italy sank": a route's ends are not where it happened
    if (onRoute(s, p)) continue;
    // where the hurt were taken for care ("taken to hospitals in the capital, Skopje") is not where they were hurt
    if (careDestination.test(s, p)) continue;
    // where the displaced went ("6,200 survivors have fled to Saint-Marc") is not where they were driven out
    if (refugeDestination.test(s, p)) continue;
    // a superlative's frame ("the deadliest disaster in Westland since 1960") compares, it does not scope
    if (SUPERLATIVE_IN.test(lead)) continue;
    // one of a list ("the provinces of Aleppo, Hama and Latakia"): the list's country is the scope
    const listed = inList(s, p, places);
    // "in Morbi district of Gujarat", "the Morbi bridge collapse in Gujarat": the region only says where the town is
    const place =
      listed && p.place.kind !== 'country'
        ? (resolvePlace(p.place.country) ?? p.place)
        : (townItContains(s, p, places) ?? p.place);
    // "In Syria, …", "Off Lampedusa, …" opening the sentence frames every figure in it
    const frame =
      /^\s*(?:in|across|throughout|inside|within|off|on|near|outside)\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,2}$/iu.test(
        s.slice(0, p.start),
      ) && /^[’'\p{L}.\s-]{0,20},/u.test(s.slice(p.end));
    // "82 are dead after floods slammed Westland": the clause the figure follows from names its event's place
    const cause =
      (!scoped && CAUSE_CLAUSE.test(s.slice(to, p.start))) ||
      (p.start >= to && CAUSE_STRUCK_IN.test(s.slice(to, p.start))) ||
      (p.start >= to && AFTER_EVENT_IN.test(s.slice(to, p.start))) ||
      (p.start >= to && howTheyWereHarmed.test(s.slice(to, p.start)));
    candidates.push({ place, start: p.start, end: p.end, frame, cause });
  }
  if (country) {
    const c = theCountry(s, places) ??
      resolvePlace(country) ?? { name: country, country, kind: 'country' as const };
    for (const m of s.matchAll(EVERY_NATIONWIDE)) {
      const toll = TOLL_BEFORE.test(s.slice(Math.max(0, m.index - 40), m.index));
      candidates.push({ place: c, start: m.index, end: m.index + m[0].length, toll });
    }
  }
  let best: { place: Place; start: number; end: number } | null = null;
  let bestDist = Infinity;
  const parts: Place[] = [];
  for (const p of candidates) {
    let dist = p.start >= to ? p.start - to : p.end <= from ? (from - p.end) * 1.5 : 0;
    // a place past another figure or clause belongs to that one: "8,574 died in the country, while 2,662 … in Syria"
    const between = withoutClockTimes(
      p.start >= to ? s.slice(to, p.start) : p.end <= from ? s.slice(p.end, from) : '',
    );
    // "… died, the worst since a 1960 storm killed 61 in Eastport": a place past a dated comparison is the earlier event's
    if (
      p.start >= to &&
      /\b(?:since|than|when|in which)\b[^;]*\b(?:1[89]\d\d|20\d\d)\b/i.test(between)
    )
      continue;
    if (p.toll && p.end <= from && !/[;:\d]/.test(between)) dist = 0;
    else if (p.authority) {
      if (/[;:]/.test(between)) continue;
      dist = AUTHORITY_DISTANCE;
    } else if (p.lead) {
      if (p.end > from) continue;
      dist = /[;]/.test(between) ? 250 : Math.min(40, (from - p.end) * 0.5);
    }
    // "… in Northtown, where 40 people died": the where-clause is set in the place it follows
    else if (
      p.end <= from &&
      /^(?:\s+(?:province|region|state|district|county|city|town|village|area|township|governorate))?(?:\s*,\s*(?:(?:a|an|the)\s+[^;:,\d]{1,60}|\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?))?\s*,\s*where\s+[^;:,\d]*$/iu.test(
        between,
      )
    )
      dist = 2;
    else if (p.frame) dist = 300;
    else if (
      !p.cause &&
      (/[;:]|,\s*(?:while|whereas|but|and)\b|\b(?:while|whereas|where|when|after|before)\b|,\s*as\s+(?!well\b|many\b|much\b|of\b|a\s+result\b)/.test(
        between,
      ) ||
        // "put the toll at 53, although officials in Bihar said 56 … in that state": the other figure's place
        (/\b(?:although|though)\b/.test(between) && /\d/.test(between)))
    )
      continue;
    // "76 were held, including 16 in Kattankudy", "(including 800,000 in Paris)": a place past "including" is the part's
    else if (p.start >= to && /[,(]\s*including\b/.test(between)) {
      parts.push(p.place);
      continue;
    }
    // "22 deaths, 19 of them in Nairobi": a place past a part's own figure is the part's, not the total's
    else if (p.start >= to && PART_OF_THEM.test(between)) continue;
    else if (/\d/.test(between)) dist += 200;
    // prefer the more specific place at equal distance
    if (
      dist < bestDist ||
      (dist === bestDist && best && best.place.kind === 'country' && p.place.kind !== 'country')
    ) {
      best = p;
      bestDist = dist;
    }
  }
  return best ? best.place : placeOfAllParts(parts);
}

/**
 * Whether `p` is one of a list of places ("Aleppo, Hama and Latakia", "Colombo, Negombo or
 * Batticaloa"): linked to the places beside it by commas, the list closed by "and" or "or", or three
 * long. "Lahaina, Maui County officials" and "Surfside, Florida" are a place and where it lies, no
 * list; "Almaty, Shymkent 4 and Taraz 2" names places each with its own figure.
 */
function inList(s: string, p: PlaceHit, places: PlaceHit[]): boolean {
  const member = (q: PlaceHit) =>
    q.place.kind !== 'country' &&
    q.place.country === p.place.country &&
    (q === p || !/^\s+\d/.test(s.slice(q.end, q.end + 3)));
  const linked = (a: PlaceHit, b: PlaceHit) =>
    a !== b &&
    b.start >= a.end &&
    !liesIn(a.place, b.place) &&
    !liesIn(b.place, a.place) &&
    LIST_GAP.test(s.slice(a.end, b.start));
  const sorted = places.filter(member).sort((a, b) => a.start - b.start);
  let i = sorted.indexOf(p);
  if (i < 0) return false;
  let j = i;
  while (i > 0 && linked(sorted[i - 1], sorted[i])) i--;
  while (j + 1 < sorted.length && linked(sorted[j], sorted[j + 1])) j++;
  if (j === i) return false;
  const gaps = sorted.slice(i + 1, j + 1).map((q, k) => s.slice(sorted[i + k].end, q.start));
  return j - i >= 2 || gaps.some((g) => /\b(?:and|or)\b/i.test(g));
}

/**
 * "The Israeli military said 380 people had been wounded across the country" in a story told from
 * Iran: the one country a sentence names (not as nationals, not as the one who strikes) is the
 * country it means.
 */
/** "Israeli authorities", "the Iranian health ministry": a demonym naming a state's body speaks for its country. */
const STATE_BODY_AFTER = new RegExp(
  String.raw`^\s+(?:[\p{Ll}-]+\s+)?${anyOf(['authorities', 'officials', 'government', 'ministry', 'military', 'army', 'police', 'emergency services', 'health ministry', 'interior ministry'])}\b`,
  'u',
);

function theCountry(s: string, places: PlaceHit[]): Place | null {
  const named = new Set(
    places
      .filter(
        (p) =>
          p.place.kind === 'country' &&
          !namesNationals(s, p) &&
          !countryAsActor.names(s, p.end) &&
          (!isDemonym(p, s.slice(p.start, p.end)) || STATE_BODY_AFTER.test(s.slice(p.end))),
      )
      .map((p) => p.place.name),
  );
  if (named.size !== 1) return null;
  const [name] = named;
  return resolvePlace(name);
}

/** "at about 8:00 pm": a clock time's colon ends no clause and its digits are no figure. */
const withoutClockTimes = (text: string) => text.replace(/\b\d{1,2}[:.]\d{2}\b/g, 'o’clock');

/**
 * "109 died, including 94 in Kerr County and 15 in other parts of Texas": a total whose parts the
 * sentence places, one of them within another, is the total of the place that holds them all.
 */
function placeOfAllParts(parts: Place[]): Place | null {
  const names = [...new Set(parts.map((p) => p.name))];
  if (names.length < 2) return null;
  return (
    parts.find((o) => names.every((n) => n === o.name || liesIn(placeNamed(parts, n), o))) ?? null
  );
}

function placeNamed(parts: Place[], name: string): Place {
  return parts.find((p) => p.name === name)!;
}

/** Bodies that count the dead and the missing of the place whose name they bear ("Gaza officials"). */
const LOCAL_AUTHORITIES = [
  'officials',
  'authorities',
  'police',
  'health officials',
  'health authorities',
  'health ministry',
  'health department',
  'emergency services',
  'fire department',
  'fire service',
  'coroner',
  'county officials',
  'city officials',
  'city council',
];
const LOCAL_AUTHORITY_AFTER = new RegExp(`^\\s+${anyOf(LOCAL_AUTHORITIES)}\\b`, 'i');
/** A town's authorities scope a figure only when no place is set nearer to it. */
const AUTHORITY_DISTANCE = 400;

function isLocalAuthority(after: string): boolean {
  return LOCAL_AUTHORITY_AFTER.test(after);
}

/**
 * "in Odisha's Balasore district", "in Sudan's White Nile state": the possessive names whose the next
 * place is, and the next place, the more specific one, scopes the figure.
 */
function namesPlaceWithin(s: string, p: PlaceHit, places: PlaceHit[]): boolean {
  const after = /^['’]s\s+/.exec(s.slice(p.end));
  return !!after && places.some((q) => q !== p && q.start === p.end + after[0].length);
}

/**
 * "the Lahaina fire", "the wildfire that razed Lahaina": the place names the event the sentence's
 * toll is of, so it scopes the toll as "in Lahaina" would.
 */
function namesEvent(s: string, p: PlaceHit): boolean {
  const before = s.slice(Math.max(0, p.start - 80), p.start);
  return (
    EVENT_BEFORE.test(s.slice(p.end, p.end + 60)) || STRUCK.test(before) || EVENT_AFTER.test(before)
  );
}

/** Nouns that name the event a text reports on. */
const EVENT_NOUN =
  '(?:crash(?:es)?|derailments?|accidents?|collisions?|demonstrations?|rall(?:y|ies)|explosions?|blasts?|floods?|flooding|earthquakes?|quakes?|crush|stampede|disaster|tragedy|attacks?|bombings?|shootings?|fires?|wildfires?|blazes?|unrest|riots?|rioting|protests?|clashes|violence|massacre|collapse|storms?|landslides?|mudslides?|turmoil|uprising|crackdown|cyclone|hurricane|typhoon|tsunami|eruption|raids?)';
const EVENT_BEFORE = new RegExp(
  `^(?:\\s+(?:port|stadium|city|dam|factory|market|school|warehouse|building|tower|mall|church|mosque|concert|nightclub|festival|Halloween|train|rail|railway|plane|bus|ferry|boat|mine|bridge|condo|condominium|\\d{4}))*\\s+(${EVENT_NOUN})\\b`,
  'i',
);
const EVENT_WORD = new RegExp(`^${EVENT_NOUN}$`, 'i');

/** Whether `word` names an event ("Shooting", "Fire", "Floods"), as a capitalised headline writes it. */
function isEventWord(word: string): boolean {
  return EVENT_WORD.test(word);
}

/** Verbs that say an event struck a place ("the quake that devastated Al Haouz", "floods slammed Kerala"). */
const STRIKING_VERBS = [
  'struck',
  'hit',
  'rocked',
  'shook',
  'devastated',
  'swept',
  'swept through',
  'swept across',
  'tore through',
  'ravaged',
  'battered',
  'slammed',
  'lashed',
  'pounded',
  'inundated',
  'swamped',
  'destroyed',
  'razed',
  'levelled',
  'leveled',
  'flattened',
  'engulfed',
  'gutted',
  'buried',
];
const STRIKING = anyOf([...STRIKING_VERBS].sort((a, b) => b.length - a.length));
const EVENT_AFTER = new RegExp(
  `\\b(${EVENT_NOUN})\\s+(?:(?:that|which)\\s+${STRIKING}\\s+(?:(?:much|most|parts|large parts|swaths) of\\s+)?|(?:in|at|near|across|on|of)\\s+)(?:the\\s+)?(?:[\\p{L}-]+\\s+){0,2}$`,
  'iu',
);
/**
 * "an earthquake struck southern Turkey", "floods slammed Texas Hill Country"; not "the hardest-hit
 * Kerr County", "worst-hit districts": the place is one of several the event struck.
 */
const STRUCK = new RegExp(
  `(?<!(?:hardest|worst|badly|hard)[- ])\\b${STRIKING}\\s+(?:the\\s+)?(?:southern|northern|eastern|western|central|south-?eastern|south-?western|north-?eastern|north-?western|parts of|much of|most of)?\\s*$`,
  'i',
);

/** "… after floods slammed", "… when the quake struck": a clause after the figure that tells its cause. */
const CAUSE_CLAUSE = new RegExp(
  `^[^;:.]*\\b(?:after|when|as)\\s+(?:[\\p{L}-]+\\s+){0,3}${EVENT_NOUN}\\s+(?:that\\s+|which\\s+)?${STRIKING}\\s+(?:the\\s+)?(?:[\\p{L}-]+\\s+){0,2}$`,
  'iu',
);
/**
 * "… after a landslide buried an illegal gold mine in Sulawesi", "… after a mudslide hit a village in
 * Sichuan", "… when a wildfire swept across Kefalonia": the cause clause sets the event, or what it
 * struck, in the place, which is the figure's.
 */
const CAUSE_STRUCK_IN = new RegExp(
  `^[^;:.\\d]*\\b(?:after|when|as)\\s+(?:[\\p{L}-]+\\s+){0,3}${EVENT_NOUN}\\s+(?:that\\s+|which\\s+)?${STRIKING}\\s+(?:(?:the|an?)\\s+(?:[\\p{L}-]+\\s+){0,3}(?:in|at|near|on|off)\\s+)?(?:the\\s+)?$`,
  'iu',
);
/**
 * "17 still missing after floods in Agam", "bodies brought in after the strike in Khan Younis",
 * "32 remain missing after the mine collapse in Sulawesi": the event the figure follows from, set in
 * the place, sets the figure there.
 */
const AFTER_EVENT_IN = new RegExp(
  `^[^;:.\\d]*\\b(?:after|following|in|from)\\s+(?:(?:the|an?)\\s+)?(?:[\\p{L}-]+\\s+){0,2}(?:${EVENT_NOUN}|strikes?|shelling)\\s+(?:in|at|near|on|off)\\s+(?:the\\s+)?$`,
  'iu',
);

/** Verbs that tell how the counted were harmed, right before where it happened. */
const HARM_VERBS = [
  'ambushed',
  'attacked',
  'raided',
  'struck',
  'hit',
  'collapsed',
  'capsized',
  'sank',
  'overturned',
  'crashed',
  'exploded',
  'caught fire',
  'opened fire',
  'stormed',
  'shelled',
  'bombed',
  'trapped',
  'engulfed',
  'buried',
  'swept away',
];
const HOW_HARMED = new RegExp(
  String.raw`^[^;:.\d]*?\b(?:when|after|as)\s+[^;:.\d,]{0,60}?\b${anyOf(HARM_VERBS.map((v) => v.replace(' ', String.raw`\s+`)))}\s+(?:[\p{L}'’-]+\s+){0,3}(?:in|at|near|off|on)\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,2}$`,
  'iu',
);

/**
 * "Six officers died when their patrol was ambushed in Zamfara state": a clause after the figure that
 * tells how the counted were harmed is set where they were harmed, not in another clause's place.
 */
export const howTheyWereHarmed = {
  name: 'a when-clause that tells how the counted were harmed',
  examples: [
    'A police spokesman said six officers died when their patrol was ambushed in Zamfara state.',
    'Twelve villagers were killed when gunmen attacked a market in Zamfara.',
    'Nine miners died after a tunnel collapsed at a gold mine near Obuasi.',
    'At least 40 people drowned when their boat capsized off Lampedusa.',
    'Twenty people were injured when a bus overturned near Kano.',
    'Three firefighters died when flames trapped their engine on Kefalonia.',
  ],
  /** `between`: from the figure's end to the place. */
  test: (between: string): boolean => HOW_HARMED.test(between),
};

/** "'s massive landslide", "'s deadliest stampede": what follows a country's possessive is its event. */
const COUNTRYS_EVENT = new RegExp(`^['’]s\\s+(?:[\\p{L}-]+\\s+){0,2}${EVENT_NOUN}\\b`, 'iu');

/** Words that tell a place's unit ("Morbi district of Gujarat", "Hatay province, Turkey"). */
const UNIT_WORDS = [
  'district',
  'county',
  'province',
  'state',
  'region',
  'division',
  'municipality',
  'prefecture',
  'governorate',
];
/** The kind of a town said after its name: "Tudun Biri village in", "Igabi Local Government Area of". */
const TOWN_KIND_WORDS = [
  ...UNIT_WORDS,
  'village',
  'town',
  'hamlet',
  'community',
  'local government area',
  'LGA',
  'council area',
];
/** ", a small town in", ", a community within": an apposition that says what the town is, then where. */
const TOWN_APPOSED = String.raw`,\s+an?\s+(?:[\p{Ll}-]+\s+){0,2}${anyOf(TOWN_KIND_WORDS)}\s+(?:in|within|of)`;
/** "central-northern Burkina Faso", "north-central Nigeria", "southern Italy": a compass word before a region. */
const COMPASS_BEFORE = String.raw`(?:(?:north|south|east|west|central|centre|center)[\p{Ll}-]*\s+)?`;
/** Between a town and the region after it: "district of", ",", "in". */
// "Kerr County in the US state of Texas", "Wayanad in the southern Indian state of Kerala"
// "Pont-Sondé, in the Artibonite region", "Pont-Sonde, located in the Artibonite department"
// "Barsalogho, in central-northern Burkina Faso", "Pont-Sonde, a town in Haiti's Artibonite region"
const TOWN_THEN_REGION = new RegExp(
  `^(?:\\s+${anyOf(TOWN_KIND_WORDS)})?\\s*(?:,(?:\\s+(?:located|situated|lying))?(?:\\s+in)?|\\s(?:of|in|within)|${TOWN_APPOSED})\\s+(?:the\\s+)?` +
    `${COMPASS_BEFORE}(?:[\\p{L}-]+['’]s\\s+)?(?:(?:[\\p{L}.-]+\\s+){0,2}${anyOf(UNIT_WORDS)}\\s+of\\s+)?$`,
  'iu',
);
/** Between an event named by its town and the region after it: "bridge collapse in", "stadium crush in". */
const EVENT_THEN_REGION = new RegExp(
  `^(?:\\s+[\\p{Ll}-]+){0,2}\\s+${EVENT_NOUN}\\s+(?:in|of)\\s+(?:the\\s+)?$`,
  'iu',
);

/**
 * The town named right before `p` that lies in it ("in Morbi district of Gujarat", "the Malang
 * stadium crush in East Java"): the region there only says where the town is, and the town is the
 * figure's most specific place; of a chain ("Tudun Biri village in Igabi Local Government Area of
 * Kaduna State"), the first.
 */
function townItContains(s: string, p: PlaceHit, places: PlaceHit[]): Place | null {
  const q = places.filter((h) => h.end <= p.start && h.place.kind !== 'country').pop();
  if (!q || q.place.name === p.place.name) return null;
  const between = s.slice(q.end, p.start);
  if (!TOWN_THEN_REGION.test(between) && !EVENT_THEN_REGION.test(between)) return null;
  if (!liesIn(q.place, p.place)) return null;
  return townItContains(s, q, places) ?? q.place;
}

/**
 * Whether `inner` lies in `outer`: a town the gazetteer lacks ("the town of Pont Sondé", read in a
 * text about Haiti) lies in its country and in the region the text names beside it.
 */
export function liesIn(inner: Place, outer: Place): boolean {
  if (outer.kind === 'country') return inner.country === outer.name;
  if ((outer.kind === 'region' || outer.kind === 'district') && !resolvePlace(inner.name))
    return inner.country === outer.country;
  try {
    return isWithin(inner.name, outer.name) && !isWithin(outer.name, inner.name);
  } catch {
    return false;
  }
}

/**
 * "In Belgrade, a massive protest unfolded …": a sentence framed by a place that brings in an event
 * (not "In Paris, the unrest continued", one place's share of an event already told).
 */
const FRAME_OPENS = /(?:^|[.!?]\s+|\n\s*)In\s+$/u;
const EVENT_FRAMED = new RegExp(
  `^,\\s+(?:a|an)\\s+(?:[\\p{L}-]+\\s+){0,2}(${EVENT_NOUN})\\b`,
  'iu',
);

/**
 * Towns no gazetteer names, named by the event the text reports: "the Surfside condo collapse", "the
 * Mulitaka landslide", "the landslide disaster in Kolwara", "the stampede at Phalgaon". A disaster
 * often strikes a town under GeoNames' 10,000 people, and the reporting names the event after it. A
 * capitalised name before an event noun may be a person or an occasion ("the Trump rally", "the
 * Halloween crush"), so the name counts as a town only when the text also sets something in it ("in
 * Surfside", "at Kolwara") or names the region it lies in after it ("Surfside, Florida").
 */
const NAME_WORD = "[\\p{Lu}][\\p{Ll}\\p{M}]+(?:[-'’][\\p{L}]+)*";
const NAME = `${NAME_WORD}(?:\\s+${NAME_WORD})?`;
/** "collapse of a four-storey building in", "fire at a nightclub in": the site between an event and its town. */
const SITE_OF_EVENT = String.raw`(?:\s+(?:of|at)\s+(?:an?|the)\s+(?:[\p{Ll}-]+\s+){0,2}(?:building|bridge|dam|mine|nightclub|club|market|factory|warehouse|hotel|school|church|mosque|stadium))?`;
const NAMED_BY_EVENT = new RegExp(
  `\\b[Tt]he\\s+(${NAME})(?:\\s+[\\p{Ll}-]+){0,2}\\s+${EVENT_NOUN}\\b|\\b${EVENT_NOUN}(?:\\s+disaster)?${SITE_OF_EVENT}\\s+(?:in|at)\\s+(${NAME})`,
  'gu',
);
/** Buildings and grounds an event is named after ("Champlain Towers", "Tahrir Square", "Al-Ahli hospital"). */
const BUILDING_WORDS =
  'towers?|square|stadium|station|bridge|hospital|plaza|mall|hotel|church|mosque|temple|market|school|university|club|arena|park';
/** The last word of a building's or a body's name: "Champlain Towers", "Justice Ministry". */
const NOT_A_TOWN_WORD = new RegExp(
  `^(?:${BUILDING_WORDS}|dam|mine|factory|ministry|police|army|party|street|road|avenue)$`,
  'i',
);
/**
 * After the name: a building it names ("the blast at Al-Ahli al-Arabi Hospital", "the Karimabad
 * hospital fire") or a list of towns the event struck ("landslides in Mundakkai, Chooralmala and
 * Attamala", an event of several places).
 */
const INSTITUTION_AFTER = new RegExp(`^(?:\\s+[\\p{L}-]+)?\\s+(?:${BUILDING_WORDS})\\b`, 'iu');
const LIST_AFTER = /^(?:,\s*\p{Lu}[\p{L}-]+)*,?\s+and\s+\p{Lu}/u;
export const WEEKDAY_OR_MONTH =
  /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)$/;

/** `hits` with every mention of the towns the text names by its event and the gazetteer lacks, placed in `country`. */
export function withTownsNamedByEvent(
  text: string,
  hits: PlaceHit[],
  country: string | null,
): PlaceHit[] {
  if (!country) return hits;
  hits = townOfWorks.apply(text, hits, country);
  const towns = new Set<string>();
  for (const m of text.matchAll(NAMED_BY_EVENT)) {
    const name = m[1] ?? m[2];
    const end = m.index + m[0].lastIndexOf(name) + name.length;
    const after = text.slice(end, end + 80);
    if (INSTITUTION_AFTER.test(after) || LIST_AFTER.test(after)) continue;
    if (isEventTown(text, name, hits)) towns.add(name);
  }
  if (!towns.size) return hits;
  const extra: PlaceHit[] = [];
  for (const name of towns) {
    // "the landslides at Wayand" in a text that also writes "Wayanad": the known place, misspelt
    const place = slipOfKnownPlace(text, name, hits, country) ?? { name, country, kind: 'city' };
    for (const m of text.matchAll(new RegExp(`\\b${escapeRegExp(name)}\\b(?![’']s)`, 'gu'))) {
      const start = m.index;
      const end = start + name.length;
      // "Surfside Mayor Charles Burkett", "Surfside Condo Collapse": a title, not the town
      if (/^\s+\p{Lu}/u.test(text.slice(end, end + 3))) continue;
      if (hits.some((h) => h.start < end && h.end > start)) continue;
      extra.push({ place, start, end });
    }
  }
  return [...hits, ...extra].sort((a, b) => a.start - b.start);
}

/** The place of `country` the text names whose name `name` is a slip of, if one. */
function slipOfKnownPlace(
  text: string,
  name: string,
  hits: PlaceHit[],
  country: string,
): Place | null {
  const known = hits.find(
    (h) =>
      h.place.kind !== 'country' &&
      h.place.country === country &&
      isSlipOf(name, text.slice(h.start, h.end)),
  );
  return known?.place ?? null;
}

function isEventTown(text: string, name: string, hits: PlaceHit[]): boolean {
  const words = name.split(/\s+/);
  if (words.some((w) => isCommonWord(w) || WEEKDAY_OR_MONTH.test(w))) return false;
  if (NOT_A_TOWN_WORD.test(words[words.length - 1]) || OCCASIONS.has(name.toLowerCase()))
    return false;
  if (resolvePlace(name) || hits.some((h) => text.slice(h.start, h.end) === name)) return false;
  // "landslide-hit Mundakkai and Chooralmala": one of several towns struck is not the event's place
  const listed = new RegExp(`\\b${escapeRegExp(name)}${LIST_AFTER.source.slice(1)}`, 'u');
  if (listed.test(text)) return false;
  const quoted = escapeRegExp(name);
  const setIn = new RegExp(`\\b(?:in|at|near)\\s+${quoted}\\b(?![’']s|\\s+\\p{Lu})`, 'u');
  const inRegion = new RegExp(`\\b${quoted},\\s+(\\p{Lu}[\\p{L}]+(?:\\s+\\p{Lu}[\\p{L}]+)?)`, 'gu');
  if (setIn.test(text)) return true;
  for (const m of text.matchAll(inRegion)) if (resolvePlace(m[1])) return true;
  return false;
}

/**
 * The place a whole text is about, for figures nothing else scopes. An analyst reads it from how the
 * text names its event: "the Beirut port explosion", "the stadium crush in Malang", "earthquakes that
 * struck southern Turkey" — one city of the main country named so is the event's place; an event named
 * by a country (or by several places) has no city focus. Failing that, the only city of the main country
 * named at least as often as the country itself (demonyms name who, not where, and do not count).
 */
export function focusPlace(
  places: PlaceHit[],
  country: string | null,
  text?: string,
  pubYear?: number | null,
  dateline?: string | null,
): Place | null {
  const named = namedFocus(places, country, text, pubYear, dateline);
  if (named || !country || !text) return named;
  return landmarkFocus(places, country, text, dateline ?? null);
}

/** How far into a text (title and lead) a landmark names the event's place. */
const LANDMARK_LEAD = 600;

/**
 * "MECCA, Saudi Arabia (AP) — A crane crashed into the Grand Mosque, killing 107": a point event
 * whose lead names a landmark, and no town the focus rules take, happened in the landmark's town;
 * where the text puts it in none, in the town the story is datelined in, even a big city's bureau.
 */
function landmarkFocus(
  places: PlaceHit[],
  country: string,
  text: string,
  dateline: string | null,
): Place | null {
  const point = tellsOfPointEvent(text);
  const mentions = landmarkInTown.mentions(text);
  // "a crane crashed into the Grand Mosque, killing 107" in a story that also tells of a storm
  const lead = mentions.filter(
    (m) => m.start < LANDMARK_LEAD && (point || HARM_NEAR.test(sentenceAround(text, m))),
  );
  if (!lead.length) return null;
  const filed = dateline ? resolvePlace(dateline) : datelineTownOf(text, country);
  const towns = new Set<Place | null>();
  for (const m of lead)
    towns.add(landmarkInTown.townInText(text, m.name, mentions, places, country) ?? filed);
  const [town] = towns;
  return towns.size === 1 && town && isLocal(town) && town.country === country ? town : null;
}

/** Words of death and injury that set a landmark's sentence at the event itself. */
const HARM_NEAR = /\b(?:kill\w*|dead|died|deaths?|injur\w*|wounded)\b/i;

function sentenceAround(text: string, p: { start: number; end: number }): string {
  const { from, to } = sentenceBounds(text)(p);
  return text.slice(from, to);
}

/** Longest first line read as a headline. */
const HEADLINE_MAX = 200;

/** Where the text's first line ends, when it is short enough to be its headline; else 0. */
function headlineEnd(text: string): number {
  const end = text.indexOf('\n');
  return end > 0 && end <= HEADLINE_MAX ? end : 0;
}

/** Whether the text names its event by the place `p` ("the Beirut port explosion", "quake struck Hatay"). */
export function namedForEvent(
  text: string,
  p: PlaceHit,
  textExtent: 'point' | 'spread' | null,
): boolean {
  const after = text.slice(p.end, p.end + 60);
  const before = text.slice(Math.max(0, p.start - 80), p.start);
  const noun =
    EVENT_BEFORE.exec(after)?.[1] ??
    EVENT_AFTER.exec(before)?.[1] ??
    (FRAME_OPENS.test(before) ? EVENT_FRAMED.exec(after)?.[1] : undefined);
  if (noun === undefined) return STRUCK.test(before);
  // "the Novi Sad station collapse" in a story of protests names the place of what set them off
  const extent = extentOf(noun);
  return !extent || !textExtent || extent === textExtent;
}

function namedFocus(
  places: PlaceHit[],
  country: string | null,
  text?: string,
  pubYear?: number | null,
  dateline?: string | null,
): Place | null {
  if (!country) return null;
  // a place named only in a historical aside ("the 2004 quake near X killed 600") is no focus of this text
  if (text) {
    const bounds = sentenceBounds(text);
    places = places.filter((p) => !inHistoricalAside(text, p, pubYear ?? null, bounds));
  }
  if (text) {
    const textExtent = tellsOfPointEvent(text) ? 'point' : 'spread';
    const named = new Map<string, Place>();
    const times = new Map<string, number>();
    const titleEnd = headlineEnd(text);
    const titled = new Set<string>();
    for (const p of places) {
      const mention = text.slice(p.start, p.end);
      if (isDemonym(p, mention) || /^['’]s\b/.test(text.slice(p.end, p.end + 3))) continue;
      // a caption's event ("the collision in Almaty") is its picture's, not the story's
      if (isPhotoCaption(lineAround(text, p))) continue;
      // a dam or a mine that gave way is its text's site, whether the text tells of floods or a blast
      // an event the headline opens with ("Lekki Shooting: 27 Protesters Injured") is the story's,
      // whatever the rest of the text mostly tells of
      const extent =
        p.end <= titleEnd && /^(?:the\s+)?$/i.test(text.slice(0, p.start)) ? null : textExtent;
      if (!isWorksPlace(p.place) && !namedForEvent(text, p, extent)) continue;
      named.set(p.place.name, p.place);
      times.set(p.place.name, (times.get(p.place.name) ?? 0) + 1);
      if (p.end <= titleEnd) titled.add(p.place.name);
    }
    if (named.size) {
      const list = [...named.values()];
      const cities = list.filter((p) => isLocal(p) && p.country === country);
      // the event named by places of several countries: no city focus; by its country alone, no city
      // focus either, unless it happened at one place ("the Guinea stadium stampede")
      if (list.some((p) => p.country !== country)) return null;
      if (!cities.length)
        return (
          (tellsOfPointEvent(text) ? pointEventFocus(places, country, text, dateline) : null) ??
          onlyRegion(list)
        );
      // "the crush in Malang, East Java": the most specific of nested places
      // a town the gazetteer lacks ("the Surfside condo collapse") may lie in any region of its country named
      const inside = (c: Place, o: Place) =>
        safeWithin(c.name, o.name) ||
        (o.kind === 'region' && o.country === c.country && !resolvePlace(c.name));
      const inner = cities.filter((c) =>
        list.every((o) => o === c || o.kind === 'country' || inside(c, o)),
      );
      if (inner.length === 1) return inner[0];
      // "Death toll of police raid in Rio doubles to 132" over "raids in the Alemão and Penha
      // favelas": of several towns named for the event, the one the headline names it by
      const headline = cities.filter((c) => titled.has(c.name));
      if (headline.length === 1) return headline[0];
      // several towns of one country named for fires or floods: the one the text names so more often
      // than all the others together ("the Northtown fire" twice, "the Southvale fire" once)
      const count = (c: Place) => times.get(c.name) ?? 0;
      const top = cities.reduce((a, b) => (count(b) > count(a) ? b : a));
      if (
        count(top) >= 2 &&
        count(top) > cities.filter((c) => c !== top).reduce((n, c) => n + count(c), 0)
      )
        return top;
      return null;
    }
  }
  if (text && tellsOfPointEvent(text)) return pointEventFocus(places, country, text, dateline);
  const cities = new Map<string, { place: Place; n: number }>();
  let countryMentions = 0;
  for (const p of places) {
    if (p.place.country !== country) continue;
    if (p.place.kind === 'country') {
      if (!text || !isDemonym(p, text.slice(p.start, p.end))) countryMentions++;
    } else if (isLocal(p.place) && !(text && isSeat(text, p))) {
      const e = cities.get(p.place.name) ?? { place: p.place, n: 0 };
      e.n++;
      cities.set(p.place.name, e);
    }
  }
  // towns that all lie in the one region named are told as the region's, before one of them leads
  const held = regionHoldingAll(places, country, [...cities.values()]);
  const top = held ? null : dominantCity([...cities.values()]);
  if (!top) return held;
  // mentions of the region the city lies in speak for it too ("Malang" … "East Java")
  let regional = 0;
  for (const p of places)
    if (
      p.place.kind === 'region' &&
      p.place.country === country &&
      safeWithin(top.place.name, p.place.name)
    )
      regional++;
  const told = top.n + regional;
  if (told > countryMentions) return top.place;
  return told === countryMentions && tiedTownLeads(top, places, country, text) ? top.place : null;
}

/**
 * Whether a town named as often as its country is the text's place: named twice or more, or once as
 * the only place of the country besides it. A town named once beside other regions of the country
 * ("arrests in Yaracuy, Barinas, Zulia and Aragua") is one of several where it happened; the capital
 * named once ("2,000 arrested, the government in Caracas said") is where the state sits.
 */
function tiedTownLeads(
  top: { place: Place; n: number },
  places: PlaceHit[],
  country: string,
  text: string | undefined,
): boolean {
  if (top.n >= 2) return true;
  if (top.place.name === capitalOf(country)?.name) return false;
  // where the hurt were taken ("hospitals in Skopje") is no other place it happened
  return !places.some(
    (p) =>
      p.place.country === country &&
      !(text && isSeat(text, p)) &&
      p.place.kind !== 'country' &&
      p.place.name !== top.place.name &&
      !liesIn(top.place, p.place) &&
      !liesIn(p.place, top.place),
  );
}

/**
 * The only town named, or one named more than POINT_PLACE_LEAD times as often as all the others
 * together ("Stilfontein" three times, "the mine in Klerksdorp" once): the others say where it lies
 * or where the story went next, it is where the figures were counted.
 */
function dominantCity<T extends { place: Place; n: number }>(cities: T[]): T | null {
  if (cities.length === 1) return cities[0];
  const total = cities.reduce((n, c) => n + c.n, 0);
  const top = cities.reduce((a, b) => (b.n > a.n ? b : a), cities[0]);
  return top && top.n > POINT_PLACE_LEAD * (total - top.n) ? top : null;
}

/**
 * "search and rescue in Bogo City and neighboring towns in northern Cebu … travel from Cebu City to
 * Bogo": towns of the main country that all lie in the one region of it the text names are told as
 * that region's, the most specific place that holds them all (not the country, as when none is named).
 */
function regionHoldingAll(
  places: PlaceHit[],
  country: string,
  cities: { place: Place }[],
): Place | null {
  if (cities.length < 2) return null;
  const regions = new Map<string, Place>();
  for (const p of places)
    if (p.place.kind === 'region' && p.place.country === country)
      regions.set(p.place.name, p.place);
  if (regions.size !== 1) return null;
  const [region] = regions.values();
  return cities.every((c) => safeWithin(c.place.name, region.name)) ? region : null;
}

/** A town or a district: a place more specific than a region, that a figure may be scoped to. */
function isLocal(p: Place): boolean {
  return p.kind === 'city' || p.kind === 'district';
}

/**
 * "the floods that swept central Texas", "flooding across Kerala": an event the text names by one
 * region of its country, and by no town, happened in that region; by several regions, in none.
 */
function onlyRegion(named: Place[]): Place | null {
  const regions = named.filter((p) => p.kind === 'region');
  return regions.length === 1 ? regions[0] : null;
}

/** A point event's place: the town its story is datelined in, else the one the text names most. */
function pointEventFocus(
  places: PlaceHit[],
  country: string,
  text: string,
  dateline: string | null | undefined,
): Place | null {
  const filed = datelineMention(places, text, dateline ?? null);
  const town = filed ? datelineTown(filed, country) : datelineUnread(dateline ?? null, country);
  return town ?? pointEventPlace(places, country, text, filed);
}

/**
 * "GOMA (Reuters) -At least 78 people drowned": a dateline in capitals that the place reading passed
 * over (it reads a capitalised name only) still says where a point event's story was filed from.
 */
function datelineUnread(dateline: string | null, country: string): Place | null {
  const place = dateline ? resolvePlace(dateline) : null;
  return place ? datelineTown({ place, start: 0, end: 0 }, country) : null;
}

/** "north of the capital", "80 km from Kalamata", "the nearby city of Kaya": a place that only gives a bearing is not where it happened. */
const BEARING_BEFORE =
  /(?:\b|(?<=\d))(?:(?:nearby|neighbou?ring)\s+(?:city|town|village|district|province)\s+of|(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+of|(?:miles|km|kilometres|kilometers)\s+(?:\([^)]{0,20}\)\s+)?(?:from|of|off)|from\s+the\s+(?:[\p{L}-]+\s+)?capital)\s+(?:the\s+)?(?:[\p{L}-]+,?\s+){0,3}$/iu;

/** A place named more than this many times as often as all the others together is a point event's place. */
const POINT_PLACE_LEAD = 2;

/**
 * The place of a point event (event-extent.ts) that the text does not name by its event: the town or
 * region of the main country it names most, counting the mentions of the regions it lies in ("Hathras"
 * with "Uttar Pradesh"), well ahead of all the other places together ("Nzerekore" four times,
 * "Conakry" once; not "Colombo" four times against "Negombo" and "Batticaloa" for bombings in three
 * towns). Of a town and the region it lies in, the town.
 */
function pointEventPlace(
  places: PlaceHit[],
  country: string,
  text: string,
  filed: PlaceHit | null,
): Place | null {
  if (listsTowns(places, country, text)) return null;
  const counts = new Map<string, { place: Place; n: number }>();
  for (const p of places) {
    if (p.place.country !== country || p.place.kind === 'country') continue;
    if (isDemonym(p, text.slice(p.start, p.end)) || isSeat(text, p)) continue;
    if (BEARING_BEFORE.test(text.slice(Math.max(0, p.start - 60), p.start))) continue;
    if (p === filed || onRoute(text, p)) continue;
    const e = counts.get(p.place.name) ?? { place: p.place, n: 0 };
    e.n++;
    counts.set(p.place.name, e);
  }
  const entries = [...counts.values()];
  const nested = (a: Place, b: Place) => liesIn(a, b) || liesIn(b, a);
  const scored = entries.map((e) => ({
    place: e.place,
    score: entries.filter((o) => o === e || liesIn(e.place, o.place)).reduce((n, o) => n + o.n, 0),
    specific: entries.filter((o) => o !== e && liesIn(o.place, e.place)).length,
  }));
  scored.sort((a, b) => b.score - a.score || a.specific - b.specific);
  const top = scored[0];
  if (!top) return null;
  const others = entries
    .filter((o) => o.place !== top.place && !nested(o.place, top.place))
    .reduce((n, o) => n + o.n, 0);
  return top.score > POINT_PLACE_LEAD * others ? top.place : null;
}

/**
 * The mention that is the story's dateline ("NAIROBI, Kenya (AP) — …", "Balasore, June 4", as the
 * article's parser read it): the dateline's place where it opens a paragraph. It says where the
 * reporter files from, not where it happened.
 */
function datelineMention(
  places: PlaceHit[],
  text: string,
  dateline: string | null,
): PlaceHit | null {
  if (!dateline) return null;
  const key = dateline.toLowerCase();
  const first = places.find(
    (p) => text.slice(p.start, p.end).toLowerCase() === key || p.place.name.toLowerCase() === key,
  );
  if (!first) return null;
  const before = text.slice(Math.max(0, first.start - 3), first.start);
  return first.start === 0 || /\n\s*$/.test(before) ? first : null;
}

/**
 * "Hathras (Uttar Pradesh): … a stampede here", "Balasore, June 4": a reporter files from the
 * capital or a big city's bureau ("BENGALURU, India (AFP)" about a landslide in Wayanad) unless
 * sent to the event, so a point event's story datelined in a smaller town of its country was filed
 * from the event's place.
 */
function datelineTown(filed: PlaceHit | null, country: string): Place | null {
  if (!filed) return null;
  const { place } = filed;
  const ok =
    place.country === country &&
    place.kind !== 'country' &&
    place.name !== capitalOf(country)?.name &&
    !isBureauCity(place.name);
  return ok ? place : null;
}

/** "the highway from Wabag to Porgera": the ends of a route are not where it happened. */
function onRoute(text: string, p: PlaceHit): boolean {
  const before = text.slice(Math.max(0, p.start - 6), p.start);
  const after = text.slice(p.end, p.end + 6);
  return (
    (/\bfrom\s+$/i.test(before) && /^\s+to\s+\p{Lu}/u.test(after)) ||
    (/\bto\s+$/i.test(before) &&
      /\bfrom\s+\p{Lu}[\p{L}-]*\s+to\s+$/u.test(text.slice(Math.max(0, p.start - 40), p.start)))
  );
}

/** "in Colombo, Negombo and Batticaloa": an event told town by town happened at several places. */
function listsTowns(places: PlaceHit[], country: string, text: string): boolean {
  const towns = places.filter((p) => p.place.kind !== 'country' && p.place.country === country);
  return towns.some(
    (p, i) =>
      i > 0 &&
      towns[i - 1].place.name !== p.place.name &&
      !safeWithin(p.place.name, towns[i - 1].place.name) &&
      !safeWithin(towns[i - 1].place.name, p.place.name) &&
      LIST_GAP.test(text.slice(towns[i - 1].end, p.start)),
  );
}

/** Finds the rough sentence (between line breaks and ". ", "! ", "? ") around a span. */
type SentenceBounds = (p: { start: number; end: number }) => { from: number; to: number };

/**
 * The rough sentence around any span, from the text's stops found once and binary-searched, so a
 * caller asking for every place of a long text stays linear in its size.
 */
function sentenceBounds(text: string): SentenceBounds {
  const stops: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\n' || ((c === '.' || c === '!' || c === '?') && text[i + 1] === ' ')) stops.push(i);
  }
  return (p) => {
    const before = lastAtOrBefore(stops, p.start);
    const after = firstAtOrAfter(stops, p.end);
    return { from: before + 1, to: after < 0 ? text.length : after };
  };
}

function lastAtOrBefore(sorted: number[], x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 ? sorted[lo - 1] : -1;
}

/** Places lying wholly inside [from, to) of a text, from its hits sorted by start. */
export function placesWithin(sorted: PlaceHit[], from: number, to: number): PlaceHit[] {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid].start < from) lo = mid + 1;
    else hi = mid;
  }
  const out: PlaceHit[] = [];
  for (let i = lo; i < sorted.length && sorted[i].start < to; i++)
    if (sorted[i].end <= to) out.push(sorted[i]);
  return out;
}

function firstAtOrAfter(sorted: number[], x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo < sorted.length ? sorted[lo] : -1;
}

/**
 * The mention sits in a sentence about an earlier event: it names a year before the text's own
 * ("In 2004, a quake near X …", "the 2004 X quake"), or, with no date to compare, a year with a
 * word of comparison ("the deadliest since 1960, when …").
 */
function inHistoricalAside(
  text: string,
  p: { start: number; end: number },
  pubYear: number | null,
  bounds: SentenceBounds = sentenceBounds(text),
): boolean {
  const { from, to } = bounds(p);
  const sent = text.slice(from, to);
  for (const m of sent.matchAll(/\b(1[89]\d\d|20\d\d)\b/g)) {
    const y = Number(m[1]);
    // a full date ("April 21, 2019") dates this event's reporting, not a past one
    // "… in Northtown, the deadliest since a 1960 storm …": the place named before the comparison is this event's
    if (
      m.index! > p.end - from &&
      /\b(?:since|than|surpass\w*|overtak\w*|compared)\b/i.test(sent.slice(p.end - from, m.index))
    )
      continue;
    if (
      /(?:\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2},?|\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*,?)\s*$/i.test(
        sent.slice(0, m.index),
      )
    )
      continue;
    if (
      pubYear
        ? y < pubYear
        : /\b(?:since|last|previous|earlier|deadliest|worst|in which|when|anniversary|recalled)\b/i.test(
            sent,
          )
    )
      return true;
  }
  return false;
}

/**
 * "the government in Damascus", "a reporter based in Kyiv", "the injured were taken to hospitals in
 * Skopje": the place is where someone sits or is treated, not a figure's scope.
 */
export function isSeat(text: string, p: { start: number; end?: number }): boolean {
  const before = text.slice(Math.max(0, p.start - 40), p.start);
  if (SEAT_BEFORE.test(before) || REPRESENTS_BEFORE.test(before)) return true;
  if (p.end !== undefined && STATE_SEAT_AFTER.test(text.slice(p.end, p.end + 20))) return true;
  if (refugeDestination.test(text, p)) return true;
  return p.end !== undefined && careDestination.test(text, { start: p.start, end: p.end });
}

/** "the Caracas regime", "the Kabul government": a capital named for the state that sits in it. */
const STATE_SEAT_AFTER = /^\s+(?:regime|government|junta)\b/i;

/** Those who speak for a place elsewhere: "BJP MP from Rajkot", "the senator for Ohio". */
const REPRESENTATIVES = [
  'MP',
  'MPs',
  'MLA',
  'MLAs',
  'MP-elect',
  'lawmaker',
  'lawmakers',
  'legislator',
  'legislators',
  'senator',
  'senators',
  'congressman',
  'congresswoman',
  'representative',
  'member of parliament',
  'councillor',
  'councilor',
  'deputy',
];
/** "an MP from Rajkot said" names whom the speaker stands for, not where the event happened. */
const REPRESENTS_BEFORE = new RegExp(
  `\\b${anyOf(REPRESENTATIVES)}\\s+(?:from|for|of)\\s+(?:the\\s+)?$`,
  'i',
);

export function safeWithin(a: string, b: string): boolean {
  try {
    return isWithin(a, b);
  } catch {
    return false;
  }
}

/**
 * Countries the text's opening names (title and lead: "Turkey-Syria earthquake", "southern Turkey and
 * northern Syria"): an event that spans them reports figures country by country.
 */
export function eventCountries(
  places: PlaceHit[],
  country: string | null,
  text: string,
  leadEnd = 400,
): Set<string> {
  const out = new Set<string>();
  if (country) out.add(country);
  for (const p of places)
    if (p.start < leadEnd && p.place.kind === 'country' && !namesNationals(text, p))
      out.add(p.place.country);
  return out;
}

/** Nouns for people that a demonym before them counts by nationality ("Indian pilgrims"). */
const NATIONALS_AFTER =
  /^\s+(?:pilgrims?|nationals?|citizens?|workers?|migrants?|tourists?|people|victims?|travell?ers?|passengers?|fans?|students?|worshippers?|visitors?)\b/i;

/**
 * "323 of the dead were Egyptians", "68 Indian pilgrims": a demonym that counts people by their
 * nationality says who died, not where.
 */
function namesNationals(text: string, p: PlaceHit): boolean {
  const mention = text.slice(p.start, p.end);
  if (!isDemonym(p, mention)) return false;
  return /s$/i.test(mention) || NATIONALS_AFTER.test(text.slice(p.end, p.end + 24));
}

/**
 * "Syrian state media said 812 people had been killed", "Turkey's disaster agency says 3,549 …": a
 * sentence with no scope of its own that names one of the event's countries, and no other, speaks
 * about that country.
 */
export function sentenceCountry(
  s: string,
  sentPlaces: PlaceHit[],
  events: Set<string>,
): Place | null {
  if (events.size < 2) return null;
  const countries = sentPlaces.filter(
    (p) =>
      !namesNationals(s, p) && p.start >= datelineEnd(s, sentPlaces) && p.place.kind === 'country',
  );
  const actors = countries.filter((p) => countryAsActor.names(s, p.end));
  const named = new Set(countries.filter((p) => !actors.includes(p)).map((p) => p.place.country));
  // "Israeli strikes killed 224 people" in a story of Israel and Iran: the dead are in the other
  const struck = new Set(actors.map((p) => p.place.country));
  if (!named.size && struck.size === 1 && events.size === 2)
    for (const c of events) if (!struck.has(c)) named.add(c);
  if (named.size !== 1) return null;
  const [c] = named;
  return events.has(c) ? resolvePlace(c) : null;
}

/** After the town and its country or region: "(AP) —", "(Reuters) -", ":", " —". */
const DATELINE_CLOSE = /^\s*(?:\([^)]{1,30}\))?\s*(?:[—–:]|--?\s)/;

/**
 * Where a sentence's dateline ("MECCA, Saudi Arabia (AP) —") ends, or 0: it says where the reporter
 * files from, so its country is no scope the sentence names.
 */
export function datelineEnd(s: string, sentPlaces: PlaceHit[]): number {
  const [town, next] = sentPlaces;
  if (!town || town.start !== 0 || !isLocal(town.place)) return 0;
  const last = next && /^,\s*$/.test(s.slice(town.end, next.start)) ? next : town;
  return DATELINE_CLOSE.test(s.slice(last.end)) ? last.end : 0;
}

/** The line of `text` a place is named on. */
function lineAround(text: string, p: PlaceHit): string {
  const end = text.indexOf('\n', p.end);
  return text.slice(text.lastIndexOf('\n', p.start) + 1, end < 0 ? text.length : end);
}

/** One to three capitalised words: a name the wording files a figure under. */
const NAME_AT = /^(?:\p{Lu}[\p{L}'’.-]*)(?:\s+\p{Lu}[\p{L}'’.-]*){0,2}/u;

/**
 * The place a breakdown files a figure under that the gazetteer lacks ("followed by San Remigio
 * with 22", "12 from Tabogon"): a town of the text's country, by the name the text gives it.
 */
export function townNamedAt(s: string, at: number, country: string | null): Place | null {
  if (!country) return null;
  const m = NAME_AT.exec(s.slice(at));
  if (!m) return null;
  const name = m[0].replace(/[.’']+$/u, '');
  const words = name.split(/\s+/);
  if (words.some((w) => WEEKDAY_OR_MONTH.test(w)) || (words.length === 1 && isCommonWord(name)))
    return null;
  const known = resolvePlace(name);
  if (known) return known.kind === 'country' || known.country === country ? known : null;
  return { name, country, kind: 'city' };
}
