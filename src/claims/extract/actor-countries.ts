// A country named as the one who strikes, not where the dead are: "Israeli strikes killed 224",
// "Iranian missiles hit Beersheba", "Israel's attack on Iran", "Russia pounded Kharkiv". In a story of
// two countries at war, a figure such a sentence gives is counted in the other country.
import { anyOf } from './word-pattern';

/** What a country strikes with, after its name or demonym ("Israeli strikes", "Russia's drones"). */
const WEAPONS = [
  'attacks?',
  'strikes?',
  'air ?strikes?',
  'air raids?',
  'raids?',
  'missiles?',
  'ballistic missiles?',
  'rockets?',
  'drones?',
  'shelling',
  'bombardments?',
  'bombings?',
  'barrages?',
  'offensive',
  'assault',
  'invasion',
  'retaliation',
  'forces',
  'troops',
  'jets',
  'warplanes',
  'fighter jets',
  'artillery',
];
/** What a country named as the subject does to another ("Israel struck", "Iran has fired"). */
const STRIKE_VERBS = [
  'struck',
  'strikes',
  'attacked',
  'attacks',
  'bombed',
  'bombs',
  'shelled',
  'pounded',
  'hit',
  'hits',
  'fired',
  'fires',
  'launched',
  'launches',
  'targeted',
  'targets',
  'killed',
  'kills',
  'invaded',
  'retaliated',
];

const WEAPON_AFTER = new RegExp(
  String.raw`^(?:['’]s)?\s+(?:[\p{Ll}-]+\s+)?${anyOf(WEAPONS)}\b`,
  'u',
);
const VERB_AFTER = new RegExp(
  String.raw`^\s+(?:(?:has|have|had|also|then|again)\s+)*${anyOf(STRIKE_VERBS)}\b`,
  'u',
);

export const countryAsActor = {
  name: 'a country named as the one who strikes',
  examples: [
    "Iran's health ministry said Israeli attacks had killed 224 people.",
    'Iran said Israeli strikes had killed 430 people.',
    "Israel's ambulance service said Iranian missiles killed four people.",
    'Israel struck Iran overnight, killing 78 people.',
  ],
  /** Whether the country mention ending at `end` in `s` names who strikes. */
  names(s: string, end: number): boolean {
    const after = s.slice(end, end + 60);
    return WEAPON_AFTER.test(after) || VERB_AFTER.test(after);
  },
};
