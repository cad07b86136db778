// Data: the words that name each kind of event, shared by story assignment (two events at one
// place are most often of different kinds) and the extractor (an incident of another kind within
// the event counts a part of it). Words are singular and lower-case; readers fold plurals.

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

/** True when one event is often told as the other kind (a storm by its floods). */
export function relatedKinds(a: string, b: string): boolean {
  return RELATED_KINDS.some(([x, y]) => (x === a && y === b) || (x === b && y === a));
}
