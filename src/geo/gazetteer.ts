/**
 * Pure gazetteer: countries (with demonyms and alternative spellings), first-level regions, cities
 * and second-level districts, built lazily once from npm data packages (see gazetteer-data.ts). No
 * framework imports.
 */
import { isPersonName } from './person-names';
import {
  loadCities,
  loadCommonWords,
  loadCountries,
  loadDistrictsOf,
  loadRegions,
  loadSmallTownsOf,
  RawCountry,
  type RawRegion,
} from './gazetteer-data';
import { districtNames, isUnitWord } from './district-names';
import { GENERIC_PLACE_WORDS } from './generic-place-words';
import { normalizeKey } from './normalize-key';
import { EXTRA_PLACES, type ExtraPlace } from './extra-places';
import { words } from './words';

export interface Place {
  name: string;
  country: string;
  /** `district`: a second-level unit (district, county, prefecture), read only in its own country's texts. */
  kind: 'country' | 'region' | 'city' | 'district';
}

export interface PlaceMention {
  place: Place;
  start: number;
  end: number;
}

interface Entry {
  place: Place;
  /** country 3 > city 2 > region 1: which reading wins when one key names several kinds. */
  rank: number;
  /** within a rank: population (capitals boosted); decides between same-named places. */
  score: number;
  /** a derived key ("Almaty" + " region") yields to a place really named so ("Almaty Region"). */
  derived?: boolean;
  /** true for demonyms ("Kazakh"): a country mention, weighted lower by mainCountry. */
  demonym: boolean;
  /** the name is also a common English word ("Police", "Mobile", "Most"): matched in text only after "in"/"near"/… */
  ambiguous: boolean;
  /** all-caps alias ("US", "UK", "USA"): matched in text only when written in capitals. */
  caps: boolean;
  /** "KZ.02": the first-level region a city lies in, or the region itself. */
  region?: string;
  /** an area made of several first-level regions ("Darfur"): the regions it covers. */
  covers?: ReadonlySet<string>;
  /** canonical name of the city a district lies in (hand-listed districts only). */
  parentCity?: string;
}

interface Index {
  keys: Map<string, Entry>;
  /** towns and regions of other countries that lost their name to the key's reading, one per country. */
  rivals: Map<string, Entry[]>;
  /** regions by their name without a suffix ("mangystau"), for "Mangystau Region", "Atyrau Oblast". */
  regionsByBare: Map<string, Entry>;
  /** each country's capital city, by the country's gazetteer name. */
  capitals: Map<string, Place>;
  /** country name → its ISO code, to find its second-level units (built per country on first use). */
  countryCodes: Map<string, string>;
  maxTokens: number;
}

// ---- small hand lists: only what the data packages lack -------------------------------------------

/** Demonyms world-countries lacks (it has "Kazakhstani", "Kirghiz", "Tadzhik", "Uzbekistani"). */
const EXTRA_DEMONYMS: Record<string, string[]> = {
  KZ: ['Kazakh'],
  KG: ['Kyrgyz', 'Kyrgyzstani'],
  TJ: ['Tajik', 'Tajikistani'],
  UZ: ['Uzbek'],
  SA: ['Saudi'],
  GB: ['Briton', 'Scottish', 'Welsh'],
  US: [],
};
/** Common short names world-countries lacks as alternative spellings. */
const EXTRA_COUNTRY_ALIASES: Record<string, string[]> = {
  US: ['America', 'U.S.', 'U.S.A.', 'the United States'],
  GB: ['Britain', 'U.K.'],
  CZ: ['Czech Republic'],
  NL: ['Holland', 'the Netherlands'],
  CD: ['Democratic Republic of the Congo', 'DRC'],
  AE: ['UAE', 'Emirates'],
  KR: [],
};
/** Current names the city data predates; the old name stays an alias. */
const CITY_RENAMES: Record<string, string> = {
  'KZ:Nur-Sultan': 'Astana',
  'LY:Darnah': 'Derna',
  // renamed in 2018; the Kumbh Mela and the city's news carry the new name
  'IN:Allahābād': 'Prayagraj',
  // GeoNames romanises Macedonian č and š as "ch" and "sh"; news copy writes "Kocani", "Kočani", "Stip"
  'MK:Kochani': 'Kocani',
  'MK:Shtip': 'Stip',
  'MK:Probishtip': 'Probistip',
};

/**
 * The unit word GeoNames' romanisation leaves on some Korean and Japanese cities ("Hwaseong-si",
 * "Goyang-si", "Nara-shi", "Jinan-gun"); news copy writes the name alone, and the data's name stays
 * an alias.
 */
const CITY_UNIT_SUFFIX: Record<string, RegExp> = {
  KR: /(?:-si|-gun| gun)$/,
  JP: /-shi$/,
};

/** The city's name as news copy writes it: without its unit word, then in newsroom spelling. */
function cityName(code: string, name: string): string {
  const suffix = CITY_UNIT_SUFFIX[code];
  return newsroomSpelling(suffix ? name.replace(suffix, '') : name);
}

/** Newsroom (AP-style) spelling of a name: accents and macrons dropped ("Mahābād" → "Mahabad"); the data's name stays an alias. */
function newsroomSpelling(name: string): string {
  const folded = name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .normalize('NFC');
  return /^[\x20-\x7e]+$/.test(folded) ? folded : name;
}
/** Historic or variant city names in news copy. */
const EXTRA_CITY_ALIASES: Record<string, string[]> = {
  'KZ:Almaty': ['Alma-Ata', 'Alma Ata'],
  'KZ:Astana': ['Akmola', 'Aqmola'],
  'UA:Kyiv': ['Kiev'],
  'IN:Mumbai': ['Bombay'],
  'IN:Kolkata': ['Calcutta'],
  'IN:Chennai': ['Madras'],
  'CN:Beijing': ['Peking'],
  'MM:Yangon': ['Rangoon'],
  'VN:Ho Chi Minh City': ['Saigon'],
  // the French spelling, common in English copy; without it the prefecture so spelled took the name
  'MA:Marrakesh': ['Marrakech'],
  // the Saudi transliteration, in Saudi and Gulf copy and in pilgrims' own countries' papers
  'SA:Mecca': ['Makkah'],
  'SA:Medina': ['Madinah'],
  'IN:Prayagraj': ['Allahabad'],
  // news copy's short name for the city (and, with "state", for the state: REGION_ALIASES)
  'BR:Rio de Janeiro': ['Rio'],
  'MK:Kocani': ['Kočani'],
  'MK:Stip': ['Štip'],
  'MK:Probistip': ['Probištip'],
};
/** Regions the data names in a spelling English-language newsrooms do not use; the data's stays an alias. */
const REGION_RENAMES: Record<string, string> = {
  'ES:Castille-La Mancha': 'Castilla-La Mancha',
  'ES:Castille and León': 'Castilla y León',
  // the data keeps the Korean unit word ("-do", province; "-buk"/"-nam", north/south) that news copy
  // writes in English: "a battery plant in Hwaseong, Gyeonggi", "North Gyeongsang Province"
  'KR:Gyeonggi-do': 'Gyeonggi',
  'KR:Gangwon-do': 'Gangwon',
  'KR:Gyeongsangbuk-do': 'North Gyeongsang',
  'KR:Gyeongsangnam-do': 'South Gyeongsang',
  'KR:Chungcheongnam-do': 'South Chungcheong',
  'KR:Jeollabuk-do': 'North Jeolla',
  'KR:Jeollanam-do': 'South Jeolla',
};
/** Other spellings of regions in news copy. */
const REGION_ALIASES: Record<string, string[]> = {
  'ES:Castille-La Mancha': ['Castile-La Mancha'],
  'ES:Castille and León': ['Castile and León', 'Castile and Leon'],
  'ES:Andalusia': ['Andalucía'],
  'BR:Rio de Janeiro': [
    'Rio state',
    'Rio de Janeiro state',
    'state of Rio de Janeiro',
    'state of Rio',
  ],
};
/** Districts the city data does not have, inside a city it has: country code, city, district names. */
const DISTRICTS: [string, string, string[]][] = [
  ['KR', 'Seoul', ['Itaewon', 'Gangnam', 'Yongsan', 'Hongdae', 'Myeongdong']],
  // the favelas police raids are reported in; "Penha" is also a small town of Santa Catarina
  [
    'BR',
    'Rio de Janeiro',
    ['Penha', 'Alemão', 'Complexo do Alemão', 'Maré', 'Rocinha', 'Jacarezinho'],
  ],
];

const REGION_SUFFIXES = [
  'region',
  'province',
  'oblast',
  'oblysy',
  'oblisi',
  'governorate',
  'prefecture',
  'state',
  'county',
  'district',
  'department',
  'voivodeship',
  'krai',
  'territory',
];
const REGION_SUFFIX_SET = new Set(REGION_SUFFIXES);
/** Words whose combinations alone are no place name ("Central", "North West"). */
const GENERIC = new Set([
  ...GENERIC_PLACE_WORDS,
  'northeast',
  'northwest',
  'southeast',
  'southwest',
  'north east',
  'north west',
  'south east',
  'south west',
  'region',
  'province',
  'district',
  'national',
  'federal',
  'island',
  'islands',
  'coast',
  'interior',
  'border',
  'metropolitan',
]);
/** Below this many people a town yields its name to a region called so. */
const SMALL_TOWN = 15_000;
/**
 * A town yields its name to a region with this many times its people ("Florida": the US state of
 * 21 million, not the Uruguayan town of 33,000; "Ontario", the province, not the Californian city).
 */
const REGION_OUTWEIGHS_TOWN = 20;
/** Words before an ambiguous name that make it a place ("in Mobile", "near Police"). */
const LOCATIVE = new Set([
  'in',
  'near',
  'from',
  'at',
  'to',
  'outside',
  'across',
  'around',
  'into',
  'throughout',
  'toward',
  'towards',
  'via',
  'through',
  'inside',
  'within',
  'of',
]);
/** Capitalised words that may precede a place without making it look like a person's surname. */
const PLACE_PREFIX_OK = new Set([
  'in',
  'of',
  'the',
  'and',
  'for',
  'from',
  'at',
  'to',
  'near',
  'on',
  'by',
  'with',
  'across',
  'into',
  'outside',
  'around',
  'greater',
  'downtown',
  'central',
  'northern',
  'southern',
  'eastern',
  'western',
  'north',
  'south',
  'east',
  'west',
  'old',
  'over',
  'after',
  'before',
  'during',
  'while',
  'as',
  'but',
  'or',
  'than',
  'like',
  'since',
  'until',
  'between',
  'among',
  'against',
  'about',
  'via',
  'through',
  'throughout',
  'toward',
  'towards',
  'inside',
  'within',
  'says',
  'said',
  'says:',
  'update',
  'breaking',
]);

// ---- normalisation -------------------------------------------------------------------------------

export { normalizeKey };

function stripPossessive(s: string): string {
  return s.replace(/(?:['’]s|s['’])$/u, (m) => (m[0] === 's' ? 's' : ''));
}

// ---- index ---------------------------------------------------------------------------------------

let index: Index | null = null;

function freezePlace(name: string, country: string, kind: Place['kind']): Place {
  return Object.freeze({ name, country, kind });
}

/** One row of EXTRA_PLACES as an entry under its name and aliases; a row naming unknown regions is skipped. */
function addExtraPlace(
  extra: ExtraPlace,
  regions: RawRegion[],
  countryName: (code: string) => string | undefined,
  put: (key: string, e: Entry) => void,
): void {
  const country = countryName(extra.country);
  const codes = regions
    .filter((r) => r.country === extra.country && extra.regions.includes(r.name))
    .map((r) => r.code);
  if (!country || codes.length !== extra.regions.length) return;
  const area = extra.kind === 'area';
  const entry: Entry = {
    place: freezePlace(extra.name, country, area ? 'region' : 'city'),
    rank: area ? 1 : 2,
    score: 1,
    demonym: false,
    ambiguous: false,
    caps: false,
    region: area ? undefined : codes[0],
    covers: area ? new Set(codes) : undefined,
  };
  for (const name of [extra.name, ...(extra.aliases ?? [])]) put(normalizeKey(name), entry);
}

/** The index being built: `put` keeps, for each key, the reading that should win. */
interface IndexBuilder {
  keys: Map<string, Entry>;
  rivals: Map<string, Entry[]>;
  regionsByBare: Map<string, Entry>;
  put(key: string, e: Entry): void;
  isCommonWord(key: string): boolean;
  countryName(code: string): string | undefined;
  countryCodes: Map<string, string>;
  maxTokens(): number;
}

function indexBuilder(): IndexBuilder {
  const keys = new Map<string, Entry>();
  const rivals = new Map<string, Entry[]>();
  let maxTokens = 1;
  const common = commonWords();
  const countryByCode = new Map<string, RawCountry>();
  const builder: IndexBuilder = {
    keys,
    rivals,
    regionsByBare: new Map<string, Entry>(),
    put(key, e) {
      if (!key || key.length < 2) return;
      const cur = keys.get(key);
      const wins = winsOver(cur, e);
      if (cur) keepRival(rivals, key, wins ? cur : e, wins ? e : cur);
      if (!wins) return;
      keys.set(key, e);
      let words = 1;
      for (let i = key.indexOf(' '); i >= 0; i = key.indexOf(' ', i + 1)) words++;
      if (words > maxTokens) maxTokens = words;
    },
    isCommonWord: (key) => common.has(key),
    countryName: (code) => countryByCode.get(code)?.name,
    countryCodes: new Map<string, string>(),
    maxTokens: () => maxTokens,
  };
  for (const c of loadCountries()) {
    countryByCode.set(c.code, c);
    if (!builder.countryCodes.has(c.name)) builder.countryCodes.set(c.name, c.code);
  }
  return builder;
}

/** Whether an entry is a town or a first-level region: a reading a text's country may prefer. */
const isTownOrRegion = (e: Entry) => e.rank === 1 || e.rank === 2;

/**
 * A town or region that lost its name to one of another country stays findable in its own country:
 * "Valencia" (Spain, Venezuela), "Bolívar" (a state of Venezuela, Colombia and Ecuador), "Bali" (an
 * Indonesian province, a Cameroonian town), "Punjab" (India, Pakistan).
 */
function keepRival(rivals: Map<string, Entry[]>, key: string, loser: Entry, winner: Entry): void {
  if (!isTownOrRegion(loser) || !isTownOrRegion(winner)) return;
  if (loser.place.country === winner.place.country) return;
  const list = rivals.get(key) ?? [];
  const i = list.findIndex((r) => r.place.country === loser.place.country);
  if (i < 0) list.push(loser);
  else if (winsOver(list[i], loser)) list[i] = loser;
  else return;
  rivals.set(key, list);
}

/** Whether entry `e` takes key from `cur`, the entry it holds now. */
function winsOver(cur: Entry | undefined, e: Entry): boolean {
  if (!cur) return true;
  // a region or country keeps its name from a small town named after it ("California", a village of 11,000)
  if (cur.rank !== e.rank)
    return !(cur.rank > e.rank && !(cur.rank === 2 && !e.derived && townYields(cur, e)));
  if (!!cur.derived !== !!e.derived) return !!cur.derived;
  return cur.score < e.score;
}

/** Whether town `town` gives its name up to region `region` (both read under one key). */
function townYields(town: Entry, region: Entry): boolean {
  if (town.parentCity) return false;
  return town.score < SMALL_TOWN || town.score * REGION_OUTWEIGHS_TOWN < region.score;
}

const withAmbiguity = (e: Entry, ambiguous: boolean): Entry =>
  e.ambiguous === ambiguous ? e : { ...e, ambiguous };

function buildIndex(): Index {
  const builder = indexBuilder();
  addCountries(builder);
  const { cityEntries, regionPopulation, capitals } = addCities(builder);
  addCityAliasesAndDistricts(builder, cityEntries);
  const regions = addRegions(builder, regionPopulation);
  for (const extra of EXTRA_PLACES) addExtraPlace(extra, regions, builder.countryName, builder.put);
  addBareCityNames(builder, cityEntries);
  return {
    keys: builder.keys,
    rivals: builder.rivals,
    regionsByBare: builder.regionsByBare,
    capitals,
    countryCodes: builder.countryCodes,
    maxTokens: Math.min(builder.maxTokens() + 1, 6),
  };
}

function addCountries({ keys, put }: IndexBuilder): void {
  const countryScore = (c: RawCountry): number => (c.unMember ? 3 : c.independent ? 2 : 1);
  for (const c of loadCountries()) {
    const place = freezePlace(c.name, c.name, 'country');
    const base = { place, rank: 3, score: countryScore(c), ambiguous: false, region: undefined };
    const names = [c.name, c.official, ...(EXTRA_COUNTRY_ALIASES[c.code] ?? [])];
    for (const alt of c.altSpellings) {
      if (alt === c.code && alt !== 'US') continue; // "KZ", "GB", "IN": codes, not names
      if (alt.includes(',')) continue; // "Korea, Republic of"
      names.push(alt);
    }
    for (const n of names) {
      const key = normalizeKey(n.replace(/^the\s+/i, ''));
      const caps = /^[A-Z.]+$/.test(n) && key.length <= 4;
      put(key, { ...base, demonym: false, caps });
    }
    for (const d of [...c.demonyms, ...(EXTRA_DEMONYMS[c.code] ?? [])]) {
      // "Dutch" for the Netherlands and Caribbean Netherlands: the higher score (UN member) wins.
      const key = normalizeKey(d);
      const cur = keys.get(key);
      if (cur && cur.rank === 3 && cur.demonym && cur.score === base.score && cur.place !== place) {
        keys.delete(key); // equally weighted rivals ("Congolese", "Dominican"): no reading
        continue;
      }
      put(key, { ...base, demonym: true, caps: false });
    }
  }
}

function addCities(builder: IndexBuilder): {
  cityEntries: Map<string, Entry>;
  regionPopulation: Map<string, number>;
  capitals: Map<string, Place>;
} {
  const { put, isCommonWord, countryName } = builder;
  const regionPopulation = new Map<string, number>();
  const capitals = new Map<string, Place>();
  const cityEntries = new Map<string, Entry>(); // "KZ:Almaty" → entry
  for (const c of loadCities()) {
    const country = countryName(c.country);
    if (!country) continue;
    const regionCode = `${c.country}.${c.admin1}`;
    regionPopulation.set(regionCode, (regionPopulation.get(regionCode) ?? 0) + c.population);
    const name = CITY_RENAMES[`${c.country}:${c.name}`] ?? cityName(c.country, c.name);
    const capital = c.featureCode === 'PPLC';
    const score = c.population * (capital ? 10 : c.featureCode === 'PPLA' ? 2 : 1) + 1;
    const key = normalizeKey(name);
    const big = capital || c.population >= 1_000_000;
    const entry: Entry = {
      place: freezePlace(name, country, 'city'),
      rank: 2,
      score,
      demonym: false,
      // a small town named by a phrase of ordinary words ("White House", "Spring Hill") reads as that phrase
      ambiguous:
        !big &&
        (isCommonWord(key) ||
          GENERIC.has(key) ||
          (c.population < 100_000 && key.includes(' ') && key.split(' ').every(isCommonWord))),
      caps: false,
      region: regionCode,
    };
    const prev = cityEntries.get(`${c.country}:${name}`);
    if (!prev || prev.score < score) cityEntries.set(`${c.country}:${name}`, entry);
    if (capital && !capitals.has(country)) capitals.set(country, entry.place);
    const aliases = [name];
    if (name !== c.name) aliases.push(c.name);
    if (name.includes(',')) aliases.push(name.split(',')[0]); // "Washington, D.C." → "Washington"
    if (/ City$/.test(name) && name.split(' ').length > 2) aliases.push(name.replace(/ City$/, '')); // "New York City"
    put(key, entry);
    for (let i = 1; i < aliases.length; i++) {
      const k = normalizeKey(aliases[i]);
      put(k, withAmbiguity(entry, !big && (isCommonWord(k) || GENERIC.has(k))));
    }
  }
  return { cityEntries, regionPopulation, capitals };
}

function addCityAliasesAndDistricts({ put }: IndexBuilder, cityEntries: Map<string, Entry>): void {
  for (const [id, aliases] of Object.entries(EXTRA_CITY_ALIASES)) {
    const e = cityEntries.get(id);
    if (e) for (const a of aliases) put(normalizeKey(a), { ...e, ambiguous: false });
  }
  for (const [code, city, districts] of DISTRICTS) {
    const parent = cityEntries.get(`${code}:${city}`);
    if (!parent) continue;
    for (const d of districts) {
      put(normalizeKey(d), {
        place: freezePlace(d, parent.place.country, 'city'),
        rank: 2,
        // a big city's district named in the news wins its name from a small town elsewhere
        score: parent.score,
        demonym: false,
        ambiguous: false,
        caps: false,
        region: parent.region,
        parentCity: parent.place.name,
      });
    }
  }
}

/**
 * "Hualien" for Hualien City, "Davao" for Davao City: a city the data names "X City" is written "X"
 * as often, unless "X" already names something (the region "Cebu", a town "Quezon").
 */
function addBareCityNames(
  { keys, put, isCommonWord }: IndexBuilder,
  cityEntries: Map<string, Entry>,
): void {
  for (const e of cityEntries.values()) {
    const m = /^(\S+) City$/.exec(e.place.name);
    if (!m) continue;
    const key = normalizeKey(m[1]);
    if (keys.has(key) || isCommonWord(key) || GENERIC.has(key)) continue;
    put(key, e);
  }
}

/** First-level regions, under their names with and without a suffix ("Almaty Region", "Almaty"). */
function addRegions(builder: IndexBuilder, regionPopulation: Map<string, number>): RawRegion[] {
  const { put, isCommonWord, countryName, regionsByBare } = builder;
  const regions = loadRegions();
  for (const r of regions) {
    const country = countryName(r.country);
    if (!country) continue;
    const display =
      REGION_RENAMES[`${r.country}:${r.name}`] ??
      newsroomSpelling(r.name.replace(/ (?:Oblisi|Oblysy)$/, ' Region')); // "Atyrau Oblisi" → "Atyrau Region"
    const entry: Entry = {
      place: freezePlace(display, country, 'region'),
      rank: 1,
      score: regionPopulation.get(r.code) ?? 0,
      demonym: false,
      ambiguous: false,
      caps: false,
      region: r.code,
    };
    const key = normalizeKey(display);
    const words = key.split(' ');
    const suffix = REGION_SUFFIXES.includes(words[words.length - 1]) && words.length > 1;
    const bare = suffix ? words.slice(0, -1).join(' ') : key;
    if (bare.split(' ').every((w) => GENERIC.has(w))) continue; // "Central", "North West"
    const ambiguous = isCommonWord(bare) && entry.score < 1_000_000; // "Texas" is a word in the list, and a big region
    if (display !== r.name) put(normalizeKey(r.name), entry);
    // "Sistan-Baluchestan", "Kabardino-Balkaria": a region of two joined by "and" is also written with a hyphen
    if (display.includes(' and ')) put(normalizeKey(display.replace(' and ', '-')), entry);
    for (const alias of REGION_ALIASES[`${r.country}:${r.name}`] ?? [])
      put(normalizeKey(alias), entry);
    put(key, withAmbiguity(entry, ambiguous && !suffix));
    if (suffix) put(bare, { ...entry, ambiguous, derived: true });
    // "Almaty Oblast" means the region really named "Almaty Region", not the city-region "Almaty"
    const cur = regionsByBare.get(bare);
    // … and a common word with a unit word after it is that body, not the region ("Forest Department")
    const e2 = { ...entry, ambiguous, derived: suffix || undefined };
    if (!cur || (suffix && !cur.derived) || (!!cur.derived === suffix && cur.score < entry.score))
      regionsByBare.set(bare, e2);
  }
  return regions;
}

/** each country's second-level units by key, built when a text about that country first asks. */
const districtsByCountry = new Map<string, Map<string, Entry>>();

/**
 * A country's second-level units under their names (district-names.ts says which): a name a country,
 * region or city already has stays theirs, and a name two units of the country share names neither.
 */
function districtsOf(country: string): Map<string, Entry> {
  const built = districtsByCountry.get(country);
  if (built) return built;
  const { keys, countryCodes } = getIndex();
  const out = new Map<string, Entry>();
  const shared = new Set<string>();
  const code = countryCodes.get(country);
  const common = commonWords();
  for (const d of code ? loadDistrictsOf(code) : []) {
    const names = districtNames(d.name, (w) => common.has(w));
    if (!names || keys.has(names.bareKey)) continue;
    const entry: Entry = {
      place: freezePlace(newsroomSpelling(d.name), country, 'district'),
      rank: 0,
      score: 1,
      demonym: false,
      ambiguous: false,
      caps: false,
      region: d.region,
    };
    for (const { key, derived } of names.keys) {
      if (keys.has(key)) continue;
      if (out.has(key)) shared.add(key);
      else out.set(key, derived ? { ...entry, ambiguous: true, derived: true } : entry);
    }
  }
  for (const key of shared) out.delete(key);
  if (code) addSmallTowns(out, code, country);
  districtsByCountry.set(country, out);
  return out;
}

/**
 * The country's towns under MIN_CITY_POPULATION, under names nothing else has: a disaster often
 * strikes a small place ("Cutro", "Pylos", "Surfside"), and a text about that country that names
 * it means it. A name that is an ordinary word, or only ordinary words, is left out ("Hope",
 * "Spring Hill"); of two towns so named, the bigger keeps the name.
 */
function addSmallTowns(out: Map<string, Entry>, code: string, country: string): void {
  const { keys } = getIndex();
  const common = commonWords();
  for (const t of loadSmallTownsOf(code)) {
    const name = newsroomSpelling(t.name);
    const key = normalizeKey(name);
    const words = key.split(' ');
    if (key.replace(/[^a-z]/g, '').length < 4 || keys.has(key)) continue;
    if (words.every((w) => common.has(w) || GENERIC.has(w))) continue;
    const cur = out.get(key);
    if (cur && (cur.place.kind === 'district' || cur.score >= t.population + 1)) continue;
    out.set(key, {
      place: freezePlace(name, country, 'city'),
      rank: 0,
      score: t.population + 1,
      demonym: false,
      ambiguous: false,
      caps: false,
      region: `${code}.${t.admin1}`,
    });
  }
}

let commonWordSet: Set<string> | null = null;
function commonWords(): Set<string> {
  return (commonWordSet ??= loadCommonWords());
}

/** The district of `country` called `key`, if any: only a text about that country reads one. */
function districtIn(key: string, country: string | null | undefined): Entry | undefined {
  return country ? districtsOf(country).get(key) : undefined;
}

function getIndex(): Index {
  if (!index) index = buildIndex();
  return index;
}

function lookupKey(key: string): Entry | undefined {
  const { keys, regionsByBare } = getIndex();
  const e = keys.get(key);
  if (e) return e;
  const sp = key.lastIndexOf(' ');
  if (sp > 0 && REGION_SUFFIX_SET.has(key.slice(sp + 1))) {
    const r = regionsByBare.get(key.slice(0, sp));
    if (r) return r;
  }
  if (key.length > 3 && key.endsWith('s')) {
    const d = keys.get(key.slice(0, -1)); // "Kazakhs", "Americans"
    if (d?.demonym) return d;
  }
  return undefined;
}

function resolveEntry(name: string): Entry | null {
  return resolveKeyed(name)?.entry ?? null;
}

function resolveKeyed(name: string): { key: string; entry: Entry } | null {
  if (typeof name !== 'string') return null;
  const raw = name.trim();
  if (!raw || raw.length > 200) return null;
  const candidates = [raw, stripPossessive(raw)];
  if (raw.includes(',')) candidates.push(raw.split(',')[0]); // "Seoul, South Korea"
  for (const c of candidates) {
    const key = normalizeKey(c).replace(/^the /, '');
    const e = lookupKey(key);
    if (e && (!e.caps || /^[A-Z.]+$/.test(c.replace(/^the\s+/i, '')))) return { key, entry: e };
  }
  return null;
}

// ---- public API ----------------------------------------------------------------------------------

/** The place a name denotes (country, demonym, alias, region or city), or null. */
export function resolvePlace(name: string): Place | null {
  const e = resolveEntry(name);
  // a bare common word ("Police", "Most", "Mobile") is not taken for a small town named so
  return e && !e.ambiguous ? e.place : null;
}

/**
 * Whether `place` is one of its country's towns under MIN_CITY_POPULATION, read only in that
 * country's texts: a weaker sign of where a text's event is than a town everyone knows.
 */
export function isSmallTown(place: Place): boolean {
  if (place.kind !== 'city' || resolveEntry(place.name)) return false;
  return districtIn(normalizeKey(place.name), place.country)?.place.kind === 'city';
}

/** The country an ISO 3166-1 alpha-2 code names ("GB" → United Kingdom), or null. */
export function countryOfCode(code: string): string | null {
  const wanted = code.toUpperCase();
  for (const [name, c] of getIndex().countryCodes) if (c === wanted) return name;
  return null;
}

/** The capital city of a country (by any name, alias or demonym of it), or null. */
export function capitalOf(country: string): Place | null {
  const place = resolvePlace(country);
  return place?.kind === 'country' ? (getIndex().capitals.get(place.name) ?? null) : null;
}

/** Whether `inner` is `outer` or lies inside it (city/region in country, city in region, district in city). */
export function isWithin(inner: string, outer: string): boolean {
  const a = resolveKeyed(inner);
  const b = resolveEntry(outer);
  if (!a && b) {
    // a district by name lies in `outer` if the unit so called in outer's country does ("Wayanad" in Kerala)
    const unit =
      typeof inner === 'string' ? districtIn(normalizeKey(inner), b.place.country) : null;
    if (unit && entryWithin(unit, b)) return true;
  }
  if (!a || !b) {
    const ka = typeof inner === 'string' ? normalizeKey(inner) : '';
    return ka !== '' && typeof outer === 'string' && ka === normalizeKey(outer);
  }
  // a name several countries' towns share lies in each of their countries ("Valencia" in Spain)
  if (entryWithin(a.entry, b)) return true;
  const rivals = getIndex().rivals.get(a.key);
  return rivals !== undefined && rivals.some((r) => entryWithin(r, b));
}

/**
 * The first-level region a town or district lies in ("Kerr County" in a US text → Texas), or null
 * for a country, a region, or a place whose region the data does not give.
 */
export function regionOf(place: Place): Place | null {
  if (place.kind !== 'city' && place.kind !== 'district') return null;
  const key = normalizeKey(place.name);
  const e = resolveEntry(place.name) ?? districtIn(key, place.country);
  if (!e?.region || e.place.country !== place.country) return null;
  return regionsByCode().get(e.region) ?? null;
}

let regionsByCodeCache: Map<string, Place> | null = null;

function regionsByCode(): Map<string, Place> {
  if (regionsByCodeCache) return regionsByCodeCache;
  const map = new Map<string, Place>();
  for (const e of getIndex().keys.values())
    if (e.place.kind === 'region' && e.region && !e.derived && !map.has(e.region))
      map.set(e.region, e.place);
  return (regionsByCodeCache = map);
}

function entryWithin(a: Entry, b: Entry): boolean {
  if (a.place === b.place) return true;
  if (
    a.place.name === b.place.name &&
    a.place.kind === b.place.kind &&
    a.place.country === b.place.country
  )
    return true;
  switch (b.place.kind) {
    case 'country':
      return a.place.country === b.place.country;
    case 'region':
      if (a.place.kind === 'country') return false;
      if (b.covers) return a.region !== undefined && b.covers.has(a.region);
      return a.region !== undefined && a.region === b.region;
    case 'city':
      return a.parentCity === b.place.name && a.place.country === b.place.country;
    case 'district':
      return false; // the city data does not say which district a town lies in
  }
}

interface Token {
  start: number;
  end: number;
  text: string;
  upper: boolean;
  /** written with a possessive "'s" (cut off `text`), which a name may hold inside ("Cox's Bazar"). */
  possessive?: boolean;
}

const TRAILING_PUNCTUATION = new Set(['.', "'", '’', '-']);
const APOSTROPHES = new Set(["'", '’']);

function tokenize(text: string): Token[] {
  const out: Token[] = [];
  for (const word of words(text)) {
    let t = word.text;
    // the regexes only for the few tokens they can change: most end in a letter or digit
    if (TRAILING_PUNCTUATION.has(t[t.length - 1]) && !/^(?:\p{L}\.)+$/u.test(t))
      t = t.replace(/[.'’-]+$/u, ''); // keep "U.S.", drop a sentence's dot
    const possessive = t.length > 2 && t[t.length - 1] === 's' && APOSTROPHES.has(t[t.length - 2]);
    if (possessive) t = t.slice(0, -2); // the possessive "'s"
    if (!t) continue;
    const first = t[0];
    out.push({
      start: word.index,
      end: word.index + t.length,
      text: t,
      upper: first !== first.toLowerCase(),
      ...(possessive ? { possessive } : {}),
    });
  }
  return out;
}

function sentenceInitial(text: string, pos: number): boolean {
  for (let i = pos - 1; i >= 0; i--) {
    const ch = text[i];
    if (
      ch === ' ' ||
      ch === '\t' ||
      ch === '"' ||
      ch === '“' ||
      ch === '(' ||
      ch === "'" ||
      ch === '‘'
    )
      continue;
    return (
      ch === '.' ||
      ch === '!' ||
      ch === '?' ||
      ch === '\n' ||
      ch === '\r' ||
      ch === ':' ||
      ch === '—'
    );
  }
  return true;
}

/** Where a token's word ends, its possessive "'s" included: "Cox's" of "Cox's Bazar" runs on into "Bazar". */
function wordEnd(t: Token): number {
  return t.possessive ? t.end + 2 : t.end;
}

/** What a token inside a longer name keeps of its word: the possessive of "Cox's Bazar", "St John's Wood". */
function withinName(t: Token): string {
  return t.possessive ? "'s" : '';
}

function onlySpaceBetween(text: string, a: number, b: number): boolean {
  for (let i = a; i < b; i++) if (text[i] !== ' ' && text[i] !== '\u00a0') return false;
  return b - a <= 2;
}

/**
 * Place mentions in reading order, offsets into `text` (the possessive "'s" left out). A town's name
 * that several countries share reads as the biggest such town, or as the one in `country` when the
 * caller knows what country the text is about ("Valencia" in a text about Spain).
 */
export function findPlaces(text: string, country?: string | null): PlaceMention[] {
  const out: PlaceMention[] = [];
  if (typeof text !== 'string' || text.length === 0) return out;
  const { maxTokens } = getIndex();
  const tokens = tokenize(text);
  for (let i = 0; i < tokens.length; i++) {
    const t0 = tokens[i];
    if (!t0.upper) continue;
    let found: { entry: Entry; last: number } | null = null;
    // longest match first; the words must be adjacent and the last one capitalised ("Rio de Janeiro")
    let limit = i;
    while (
      limit + 1 < tokens.length &&
      limit - i + 1 < maxTokens &&
      onlySpaceBetween(text, wordEnd(tokens[limit]), tokens[limit + 1].start)
    ) {
      if (tokens[limit].end !== tokens[limit].start + tokens[limit].text.length) break;
      limit++;
    }
    for (let j = limit; j >= i && !found; j--) {
      if (!tokens[j].upper) continue;
      let phrase = tokens[i].text;
      for (let k = i + 1; k <= j; k++) phrase += withinName(tokens[k - 1]) + ' ' + tokens[k].text;
      const key = normalizeKey(phrase);
      // a district only in a text about its country: elsewhere its name is more likely something else
      const entry = lookupKey(key) ?? districtIn(key, country);
      if (!entry) continue;
      if (entry.caps && !/^[A-Z.]+$/.test(phrase)) continue;
      if (entry.rank < 3 && readsAsAcronym(text, tokens, i, j)) continue;
      found = { entry: country ? readingIn(key, entry, country) : entry, last: j };
    }
    if (!found) continue;
    found = regionNamedSo(text, tokens, i, found);
    const { entry, last } = found;
    const prev = i > 0 ? tokens[i - 1] : undefined;
    const prevAdjacent = prev !== undefined && onlySpaceBetween(text, prev.end, t0.start);
    const prevWord = prev ? normalizeKey(prev.text) : '';
    if (
      entry.ambiguous &&
      !(prevAdjacent && LOCATIVE.has(prevWord)) &&
      !writtenAsName(text, tokens, i, last, entry)
    )
      continue;
    // "Sheikh Hasina": a district's or a small town's name before a capitalised word is a person's or a body's name
    if (entry.rank === 0 && beforeName(text, tokens, last)) continue;
    if (entry.rank < 3 && saidTwice(text, tokens, i, last)) continue;
    // "Hillary Clinton", "Elizabeth Warren", "Michael Jordan": a capitalised word before, mid-sentence
    if (
      !entry.demonym &&
      prev &&
      prevAdjacent &&
      prev.upper &&
      !PLACE_PREFIX_OK.has(prevWord) &&
      !(lookupKey(prevWord)?.ambiguous === false) &&
      !sentenceInitial(text, prev.start)
    ) {
      continue;
    }
    out.push({ place: entry.place, start: t0.start, end: tokens[last].end });
    i = last;
  }
  return out;
}

/** Unit words that, in lower case beside a name, say a region is meant ("Rio state", "the province of Cebu"). */
const REGION_UNIT_WORDS = new Set([
  'state',
  'province',
  'region',
  'oblast',
  'governorate',
  'prefecture',
]);

/**
 * "Rio de Janeiro state", "Punjab province", "the state of Mexico": a name a city (or a country)
 * shares with a region reads as the region when a unit word says so, after it or before it with
 * "of"; the unit word after it joins the mention.
 */
function regionNamedSo(
  text: string,
  tokens: Token[],
  first: number,
  found: { entry: Entry; last: number },
): { entry: Entry; last: number } {
  if (found.entry.rank === 1) return found;
  const key = normalizeKey(
    tokens
      .slice(first, found.last + 1)
      .map((t) => t.text)
      .join(' '),
  );
  const next = tokens[found.last + 1];
  if (next && !next.upper && REGION_UNIT_WORDS.has(next.text)) {
    const region = lookupKey(`${key} ${next.text}`);
    if (region?.rank === 1 && onlySpaceBetween(text, tokens[found.last].end, next.start))
      return { entry: region, last: found.last + 1 };
  }
  const of = tokens[first - 1];
  const unit = tokens[first - 2];
  if (of?.text === 'of' && unit && !unit.upper && REGION_UNIT_WORDS.has(unit.text)) {
    const region = lookupKey(`${key} ${unit.text}`) ?? getIndex().regionsByBare.get(key);
    if (region?.rank === 1) return { entry: region, last: found.last };
  }
  return found;
}

/** How big a city named by a common word must be to be read by its capitalised name alone. */
const NAMED_CITY_SCORE = 250_000;

/**
 * "Miami", "Austin", "Boston" are in the common-word list, yet a text that writes the word
 * capitalised mid-sentence and never in lower case means the city: only a big city, one word, not
 * opening a sentence or a longer name ("Austin Powers").
 */
function writtenAsName(
  text: string,
  tokens: Token[],
  first: number,
  last: number,
  entry: Entry,
): boolean {
  if (first !== last || entry.place.kind !== 'city' || entry.score < NAMED_CITY_SCORE) return false;
  const word = tokens[first];
  const next = tokens[last + 1];
  if (sentenceInitial(text, word.start)) return false;
  if (next && next.upper && onlySpaceBetween(text, word.end, next.start)) return false;
  const lower = word.text.toLowerCase();
  return !tokens.some((t) => t.text === lower);
}

/**
 * "ASHA workers", "the NDRF": a name written in capitals inside ordinary prose is an acronym, not the
 * town so called (Asha, Russia); a dateline or a headline in capitals ("WAYANAD, India") stays a place.
 */
function readsAsAcronym(text: string, tokens: Token[], first: number, last: number): boolean {
  const words = tokens.slice(first, last + 1);
  if (!words.every((w) => w.text.length > 1 && w.text === w.text.toUpperCase())) return false;
  if (!words.some((w) => /\p{Lu}/u.test(w.text))) return false;
  const next = tokens[last + 1];
  const prev = tokens[first - 1];
  const lowerAfter =
    next !== undefined &&
    !next.upper &&
    onlySpaceBetween(text, words[words.length - 1].end, next.start);
  const lowerBefore =
    prev !== undefined &&
    !prev.upper &&
    /\p{Ll}/u.test(prev.text) &&
    !LOCATIVE.has(normalizeKey(prev.text)) &&
    onlySpaceBetween(text, prev.end, words[0].start);
  return lowerAfter || lowerBefore;
}

/**
 * "the Saba Saba protests", "Saba Saba Day", "Sing Sing prison": a one-word name said twice in a row
 * is a name of its own (a day, a movement, a prison), not two mentions of the place (Saba, an island
 * of the Caribbean Netherlands); a place really named so ("Bora Bora", "Walla Walla") is matched
 * whole, as the longer key, before this is asked.
 */
function saidTwice(text: string, tokens: Token[], first: number, last: number): boolean {
  if (first !== last) return false;
  const word = tokens[first];
  const twin = (t: Token | undefined, a: number, b: number) =>
    t !== undefined && t.text === word.text && onlySpaceBetween(text, a, b);
  const prev = tokens[first - 1];
  const next = tokens[first + 1];
  return twin(prev, prev?.end ?? 0, word.start) || twin(next, word.end, next?.start ?? 0);
}

/** Whether the word after token `last` is a capitalised word that is no unit word ("Wayanad District"). */
function beforeName(text: string, tokens: Token[], last: number): boolean {
  const next = tokens[last + 1];
  if (!next || !next.upper || !onlySpaceBetween(text, tokens[last].end, next.start)) return false;
  return !isUnitWord(normalizeKey(next.text));
}

/** The town of `country` a shared name denotes there, else the name's usual reading. */
function readingIn(key: string, entry: Entry, country: string): Entry {
  if (!isTownOrRegion(entry) || entry.place.country === country) return entry;
  return (
    getIndex()
      .rivals.get(key)
      ?.find((r) => r.place.country === country) ?? entry
  );
}

/** A district never says what country a text is about (findPlaces without a country finds none). */
const WEIGHT = { country: 3, demonym: 1.5, city: 2, region: 2, district: 0 };

/**
 * Below this score a text's country rests on one town's name (a town in the lead scores 3, a
 * country named there 4.5): "Kensington" alone is a town in Maryland as much as a London district.
 */
const NAMED_COUNTRY_SCORE = 4;

/**
 * The country the text is mostly about: weighted mentions, early ones counting more; null if none.
 * `prior` (the country of the site's domain, "co.uk") wins over a country only one town names.
 */
export function mainCountry(text: string, prior: string | null = null): string | null {
  if (typeof text !== 'string' || text.length === 0) return null;
  const scores = new Map<string, { score: number; first: number }>();
  const lead = Math.min(600, Math.max(200, text.length * 0.2));
  for (const m of findPlaces(text)) {
    if (m.place.kind !== 'country' && isPersonName(text, m)) continue;
    const entry = lookupKey(normalizeKey(text.slice(m.start, m.end)));
    const demonym = entry?.demonym ?? false;
    let w = demonym ? WEIGHT.demonym : WEIGHT[m.place.kind];
    if (m.start < lead) w *= 1.5;
    const cur = scores.get(m.place.country);
    if (cur) cur.score += w;
    else scores.set(m.place.country, { score: w, first: m.start });
  }
  let best: string | null = null;
  let bestScore = 0;
  let bestFirst = Infinity;
  for (const [country, { score, first }] of scores) {
    if (score > bestScore || (score === bestScore && first < bestFirst)) {
      best = country;
      bestScore = score;
      bestFirst = first;
    }
  }
  return prior && best !== prior && bestScore < NAMED_COUNTRY_SCORE ? prior : (best ?? prior);
}

/** A city's score (people, doubled for a province seat) from which newsrooms keep a bureau in it. */
const BUREAU_CITY_SCORE = 1_000_000;

/**
 * A city of a million people, or a province seat of half a million ("Bengaluru", "Lagos",
 * "Johannesburg"): wire agencies file from there about events across the region.
 */
export function isBureauCity(name: string): boolean {
  const e = resolveEntry(name);
  return !!e && e.place.kind === 'city' && e.score >= BUREAU_CITY_SCORE;
}

/** Whether a word is among the 10,000 most frequent English ones ("Condo", "Police", "Mobile"). */
export function isCommonWord(word: string): boolean {
  return typeof word === 'string' && commonWords().has(word.toLowerCase());
}

/** For tests and benchmarks: build the index now (it is otherwise built on first use). */
export function warmGazetteer(): void {
  getIndex();
}
