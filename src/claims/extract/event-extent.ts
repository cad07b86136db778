// Data and a pure reading of it: whether a text tells of an event that happened at one place (a
// crush, a fire, a blast, a landslide) or one spread over a country (protests, a quake, floods, a
// heatwave). An analyst scopes a point event's unplaced figures to its place ("56 dead" in a text
// about the Nzerekore stadium crush is Nzerekore's); a spread event's to the country.

/** Words (lower case, singular; a plural "s" is read too) that name each extent of event. */
const EVENT_EXTENT_WORDS: Readonly<Record<'point' | 'spread', readonly string[]>> = {
  point: [
    'stampede',
    'crush',
    'fire',
    'blaze',
    'inferno',
    'explosion',
    'blast',
    'bombing',
    'shooting',
    'gunman',
    'collapse',
    'landslide',
    'mudslide',
    'avalanche',
    'shipwreck',
    'sinking',
    'capsized',
    'crash',
    'derailment',
    'massacre',
    'siege',
    'stadium',
  ],
  spread: [
    'protest',
    'protester',
    'demonstration',
    'demonstrator',
    'rally',
    'strike',
    'unrest',
    'riots',
    'crackdown',
    'uprising',
    'earthquake',
    'quake',
    'aftershock',
    'flood',
    'flooding',
    'heatwave',
    'heat',
    'drought',
    'cyclone',
    'hurricane',
    'typhoon',
    'storm',
    'war',
    'offensive',
    'epidemic',
    'outbreak',
  ],
};

const EXTENT_OF = new Map<string, 'point' | 'spread'>(
  (Object.entries(EVENT_EXTENT_WORDS) as ['point' | 'spread', readonly string[]][]).flatMap(
    ([extent, words]) => words.map((w) => [w, extent] as const),
  ),
);

/** The extent of event a word names ("stampede" point, "protests" spread), if any. */
export function extentOf(word: string): 'point' | 'spread' | undefined {
  const w = word.toLowerCase();
  return EXTENT_OF.get(w) ?? (w.endsWith('s') ? EXTENT_OF.get(w.slice(0, -1)) : undefined);
}

/**
 * Where tellsOfPointEvent looks: a listed word or its plural, ending a run of a-z. Words with other
 * characters are left out (a run of a-z never equals them).
 */
const EXTENT_WORD = new RegExp(
  `(?:${[...EXTENT_OF.keys()].filter((w) => /^[a-z]+$/.test(w)).join('|')})s?(?![a-z])`,
  'g',
);
const isAsciiLower = (code: number) => code >= 97 && code <= 122;

/** The last text asked about and its answer: the place rules ask up to three times per text. */
let lastText: string | null = null;
let lastAnswer = false;

/** True when the text names point events more often than spread ones. */
export function tellsOfPointEvent(text: string): boolean {
  if (text === lastText) return lastAnswer;
  let point = 0;
  let spread = 0;
  // only the listed words (and their plurals) are looked at, each a whole run of a-z: a match
  // that starts inside a longer word is passed over
  const lower = text.toLowerCase();
  for (const m of lower.matchAll(EXTENT_WORD)) {
    if (m.index > 0 && isAsciiLower(lower.charCodeAt(m.index - 1))) continue;
    const extent = extentOf(m[0]);
    if (extent === 'point') point++;
    else if (extent === 'spread') spread++;
  }
  lastText = text;
  lastAnswer = point > spread;
  return lastAnswer;
}
