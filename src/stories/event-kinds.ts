// Data and a PURE reading of it: what kind of event an article tells of. Two events at one place
// are most often of different kinds (a stampede and a heatwave at the same pilgrimage, an
// earthquake and an election in one country); an article about one never joins a story about the
// other, however many names they share. Words are folded as story-terms.ts folds them.
import { foldWord } from './story-terms';

export const EVENT_KIND_WORDS: Readonly<Record<string, readonly string[]>> = {
  earthquake: [
    'earthquake',
    'quake',
    'aftershock',
    'tremor',
    'magnitude',
    'epicentre',
    'epicenter',
    'seismic',
    'richter',
  ],
  flood: [
    'flood',
    'flooding',
    'floodwater',
    'flash-flood',
    'torrential',
    'downpour',
    'deluge',
    'rainfall',
    'dana',
  ],
  fire: [
    'fire',
    'blaze',
    'wildfire',
    'inferno',
    'flame',
    'firefighter',
    'burned',
    'burnt',
    'smoke',
  ],
  storm: ['hurricane', 'typhoon', 'cyclone', 'storm', 'tornado'],
  heat: ['heat', 'heatwave', 'heatstroke', 'sunstroke', 'temperature', 'celsius', 'fahrenheit'],
  crush: ['stampede', 'crush', 'crushed', 'trampled', 'trampling', 'crowd-crush', 'surge'],
  shipwreck: [
    'shipwreck',
    'capsized',
    'capsize',
    'sank',
    'sinking',
    'trawler',
    'vessel',
    'coastguard',
  ],
  crash: [
    'crash',
    'crashed',
    'derailed',
    'derailment',
    'collision',
    'plane',
    'aircraft',
    'airliner',
  ],
  attack: [
    'bombing',
    'bomb',
    'bomber',
    'blast',
    'explosion',
    'explosive',
    'suicide',
    'gunman',
    'gunmen',
    'shooting',
  ],
  unrest: [
    'protest',
    'protester',
    'demonstration',
    'demonstrator',
    'rally',
    'riot',
    'rioter',
    'unrest',
    'crackdown',
    'curfew',
    'coup',
    'junta',
    'uprising',
    'strike',
  ],
  epidemic: ['outbreak', 'epidemic', 'pandemic', 'cholera', 'virus', 'infection', 'infected'],
};

/**
 * Kinds one event is often told as, either way round: a storm is reported by its floods (Cyclone
 * Idai and the Buzi floods), a heatwave by its wildfires, a plane crash by the fire after it.
 */
export const RELATED_KINDS: readonly (readonly [string, string])[] = [
  ['storm', 'flood'],
  ['heat', 'fire'],
  ['crash', 'fire'],
];

const related = (a: string, b: string): boolean =>
  RELATED_KINDS.some(([x, y]) => (x === a && y === b) || (x === b && y === a));

const KIND_OF = new Map<string, string>(
  Object.entries(EVENT_KIND_WORDS).flatMap(([kind, words]) =>
    words.map((w) => [foldWord(w), kind]),
  ),
);

/** How often the article's words name each kind of event. */
export function eventKinds(terms: Readonly<Record<string, number>>): Record<string, number> {
  const kinds: Record<string, number> = {};
  for (const [term, count] of Object.entries(terms)) {
    const kind = KIND_OF.get(term);
    if (kind) kinds[kind] = (kinds[kind] ?? 0) + count;
  }
  return kinds;
}

/** A kind counts as what the text is about when it has this many mentions and this share of them… */
const DOMINANT_MENTIONS = 4;
const DOMINANT_SHARE = 0.6;
/** …and the other text hardly names it (below this share of its own kind mentions). */
const HARDLY_NAMED = 0.25;

function dominant(kinds: Readonly<Record<string, number>>): string | null {
  const total = Object.values(kinds).reduce((a, b) => a + b, 0);
  for (const [kind, n] of Object.entries(kinds))
    if (n >= DOMINANT_MENTIONS && n >= DOMINANT_SHARE * total) return kind;
  return null;
}

function share(kinds: Readonly<Record<string, number>>, kind: string): number {
  const total = Object.values(kinds).reduce((a, b) => a + b, 0);
  return total ? (kinds[kind] ?? 0) / total : 0;
}

/**
 * Whether two texts (or stories) tell of different kinds of event: each is mostly about one kind
 * that the other hardly names ("heat" 10 times against "stampede" 6 times).
 */
export function kindsClash(
  a: Readonly<Record<string, number>>,
  b: Readonly<Record<string, number>>,
): boolean {
  const ka = dominant(a);
  const kb = dominant(b);
  if (!ka || !kb || ka === kb || related(ka, kb)) return false;
  return share(b, ka) < HARDLY_NAMED && share(a, kb) < HARDLY_NAMED;
}
