// "Among the hardest-hit areas is the municipality of Paiporta. More than 60 people were confirmed
// dead in the town": a town named again by its kind alone is the town the text named last.
import type { PlaceHit } from './location';
import { anyOf } from './word-pattern';

/** Kinds of local place a text names again ("the town", "the village"), not regions or countries. */
const LOCAL_KINDS = [
  'town',
  'village',
  'city',
  'municipality',
  'commune',
  'suburb',
  'township',
  'district',
];
/** Kinds of region a text names again ("in that state", "across the province"). */
const REGION_KINDS = ['state', 'province', 'region', 'county'];
const NAMED_AGAIN = new RegExp(
  String.raw`\b(?:in|at|near|across|throughout|outside|inside|around)\s+(?:the|that|this)\s+` +
    String.raw`(${anyOf([...LOCAL_KINDS, ...REGION_KINDS])})\b(?!\s+(?:of|hall|council|centre|center|capital|government)\b|['’]s)`,
  'gi',
);
const IS_REGION_KIND = new RegExp(`^${anyOf(REGION_KINDS)}$`, 'i');
/** How far back the town named last may be: the paragraph before, not the story's start. */
const REACH = 600;

export const placeNamedAgain = {
  name: 'a town or a region named again by its kind',
  examples: [
    'Among the hardest-hit areas is the municipality of Paiporta. More than 60 people died in the town.',
    'Floods swept through Chautara overnight. At least 3 people were killed in the village.',
    'Fire broke out in Lahaina on Tuesday. Officials said 55 people died in the town.',
    'Protests spread to Mandalay. Police detained 40 people in the city on Sunday.',
  ],
  /** A hit for each "in the town" … that names the local place the text named last before it. */
  hits(text: string, hits: PlaceHit[]): PlaceHit[] {
    const out: PlaceHit[] = [];
    for (const m of text.matchAll(NAMED_AGAIN)) {
      const start = m.index + m[0].length - m[1].length;
      const last = IS_REGION_KIND.test(m[1])
        ? lastRegionBefore(hits, m.index)
        : lastLocalBefore(text, hits, m.index);
      if (!last || m.index - last.end > REACH) continue;
      out.push({ place: last.place, start, end: start + m[1].length });
    }
    return out;
  },
};

/** "the municipality of Paiporta", "the town of Chautara": a place named with its kind. */
const KIND_OF_BEFORE = new RegExp(String.raw`\b${anyOf(LOCAL_KINDS)}\s+of\s+$`, 'i');
/** "on the outskirts of Valencia", "north of Kathmandu", "80 km from Kalamata": a bearing, not the place. */
const BEARING_BEFORE =
  /\b(?:outskirts\s+of|(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+of|from|near|outside)\s+(?:the\s+)?$/i;

/**
 * The local place named last before `at`: the last one named with its kind ("the municipality of
 * Paiporta") if any, else the last one not named as a bearing ("on the outskirts of Valencia").
 */
function lastLocalBefore(text: string, hits: PlaceHit[], at: number): PlaceHit | null {
  let withKind: PlaceHit | null = null;
  let last: PlaceHit | null = null;
  for (const h of hits) {
    if (h.end > at) break;
    if (h.place.kind !== 'city' && h.place.kind !== 'district') continue;
    const before = text.slice(Math.max(0, h.start - 30), h.start);
    if (KIND_OF_BEFORE.test(before)) withKind = h;
    if (!BEARING_BEFORE.test(before)) last = h;
  }
  return withKind ?? last;
}

/** "officials in Bihar said 56 people had died in that state alone": the region named last. */
function lastRegionBefore(hits: PlaceHit[], at: number): PlaceHit | null {
  let last: PlaceHit | null = null;
  for (const h of hits) {
    if (h.end > at) break;
    if (h.place.kind === 'region') last = h;
  }
  return last;
}
