// Which names a second-level unit (GeoNames admin2: districts, counties, prefectures) is read under.
// Its data name ("Wayanad", "Palakkad district", "Russell County", "District Unnao") is kept whole;
// without its unit word it is an alias that reads as the unit only after "in", "near", … (a bare
// "Russell" is more often a person). Names that would read wrongly are left out by the rules below.
import { GENERIC_PLACE_WORDS } from './generic-place-words';
import { normalizeKey } from './normalize-key';

/** Words GeoNames writes after (or, for some Indian districts, before) a unit's name. */
const UNIT_WORDS = new Set([
  'district',
  'county',
  'prefecture',
  'province',
  'municipality',
  'department',
  'parish',
  'borough',
  'rayon',
  'raion',
  'okrug',
  'tumani',
  'kommun',
  'kommune',
  'pagasts',
  'regency',
  'division',
]);

/** Words whose combinations alone are no name ("North", "Central District"). */
const GENERIC_WORDS = new Set([...GENERIC_PLACE_WORDS, 'rural', 'urban', 'new', 'old']);

/** "district", "county", …: the word that says a name is a unit's. */
export function isUnitWord(word: string): boolean {
  return UNIT_WORDS.has(word);
}

interface NameRule {
  name: string;
  /** Data names the rule leaves out. */
  examples: string[];
  rejects(bareKey: string, isCommonWord: (w: string) => boolean): boolean;
}

/** A unit keeps no name at all when its name without the unit word is one of these. */
export const DISTRICT_NAME_RULES: NameRule[] = [
  {
    name: 'shorter than four letters: too easily an abbreviation or a syllable',
    examples: ['Ube Shi', 'Aba'],
    rejects: (k) => k.replace(/[^a-z]/g, '').length < 4,
  },
  {
    name: 'digits or no Latin letters: not a name written in English copy',
    examples: ['Distrikt 2'],
    rejects: (k) => /\d/.test(k) || !/^[a-z' ]+$/.test(k),
  },
  {
    name: 'a common English word, or words that all are ("Long", "Union", "Grand Isle")',
    examples: ['Long County', 'Union County', 'Grand Isle County'],
    rejects: (k, common) => k.split(' ').every(common),
  },
  {
    name: 'only compass and generic words',
    examples: ['Central District', 'North East'],
    rejects: (k) => k.split(' ').every((w) => GENERIC_WORDS.has(w)),
  },
];

export interface DistrictNames {
  /** the name without its unit word: a country, region or city so called keeps it. */
  bareKey: string;
  /** keys the unit is read under; `derived` ones (unit word stripped) need "in", "near", … */
  keys: { key: string; derived: boolean }[];
}

/** The keys a unit named `name` is read under, or null when a rule leaves it out. */
export function districtNames(
  name: string,
  isCommonWord: (w: string) => boolean,
): DistrictNames | null {
  if (/^[\p{Lu}\s.]+$/u.test(name)) return null; // an all-caps code, not a name
  const full = normalizeKey(name);
  const words = full.split(' ');
  let bare = full;
  if (words.length > 1 && UNIT_WORDS.has(words[words.length - 1]))
    bare = words.slice(0, -1).join(' ');
  else if (words.length > 1 && words[0] === 'district') bare = words.slice(1).join(' ');
  if (DISTRICT_NAME_RULES.some((r) => r.rejects(bare, isCommonWord))) return null;
  const keys = [{ key: full, derived: false }];
  if (bare !== full) keys.push({ key: bare, derived: true });
  return { bareKey: bare, keys };
}
