// PURE: the event's site, a place too small for the gazetteer (issue 10: "Mulitaka/Enga").
//
// A landslide at Mulitaka, a tanker blast at Majiya: reports locate the same count at the village
// ("500 buried in Mulitaka") and at the region around it ("670 dead in Enga Province"). The
// gazetteer does not know the village, so the two read as unrelated places and their figures were
// never compared. When a story names exactly one place the gazetteer cannot place (under any of
// its spellings), and the places it does place lie on one line of containment (Taura inside Jigawa
// State inside Nigeria, no two side by side), the unknown place is the event's site in the
// narrowest first-level region of them (a state, a province): the same scope as that region.
// Stories with several unknown places, or known places side by side (Almaty and Astana), are
// spread events whose towns stay apart; without a region on the line (a city and its country:
// Lekki, Nigeria) the unknown place may be another part of the city, and stays apart too.
import type { PlaceRelation } from './comparable-claim';
import { spellingVariants } from './scope';

export const EVENT_SITE_RULE = {
  name: 'an unknown site within the one line of known places',
  examples: [
    'Mulitaka (unknown) and Enga Province: Mulitaka is Enga Province’s scope',
    'Majiya / Majia (unknown) with Taura and Jigawa State: Majiya is Jigawa State’s scope',
  ],
};

/** The story's site: its unknown spellings and the region whose scope they take. */
export interface EventSite {
  names: ReadonlySet<string>;
  place: string;
}

/** The event's site of a story, from the locations of its claims, or null when none is clear. */
export function inferEventSite(
  locations: readonly (string | null)[],
  places: PlaceRelation,
): EventSite | null {
  if (!places.known || !places.region) return null;
  const isKnown = (name: string) => places.known!(name);
  const isRegion = (name: string) => places.region!(name);
  const within = (inner: string, outer: string) => inner === outer || places.within(inner, outer);
  const distinct = [...new Set(locations.filter((l): l is string => !!l && !!l.trim()))];
  // An unknown name the gazetteer still sets inside a known place (a district it holds under its
  // region) is placed; only an unplaced one can be the site.
  const placed = (name: string) =>
    isKnown(name) || distinct.some((k) => k !== name && isKnown(k) && within(name, k));
  const unplaced = distinct.filter((l) => !placed(l));
  const oneSite = unplaced.every(
    (u) => u === unplaced[0] || spellingVariants(unplaced[0], u, isKnown),
  );
  if (!unplaced.length || !oneSite) return null;
  const line = distinct.filter(placed);
  const onOneLine = line.some((inner) => line.every((outer) => within(inner, outer)));
  const regions = line.filter(isRegion);
  const region = regions.find((inner) => regions.every((outer) => within(inner, outer)));
  return onOneLine && region !== undefined ? { names: new Set(unplaced), place: region } : null;
}

/** `places`, with the event's site taking the scope of its region. */
export function withEventSite(places: PlaceRelation, site: EventSite | null): PlaceRelation {
  if (!site) return places;
  const scopeOf = (name: string) => (site.names.has(name) ? site.place : name);
  return {
    ...places,
    within: (inner, outer) => {
      const [i, o] = [scopeOf(inner), scopeOf(outer)];
      return i === o || places.within(i, o);
    },
  };
}
