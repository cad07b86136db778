// Location scopes: which claims speak about comparable quantities, and the key of each quantity.
import type { PlaceRelation } from './comparable-claim';

/**
 * How two scopes relate. null is the story's whole area and contains every location.
 * 'inside': a lies inside b; 'contains': a contains b; 'apart': neither (Almaty vs Astana).
 */
export type ScopeRelation = 'same' | 'inside' | 'contains' | 'apart';

function within(places: PlaceRelation, inner: string, outer: string): boolean {
  if (inner === outer) return true;
  try {
    return places.within(inner, outer) === true;
  } catch {
    return false;
  }
}

/**
 * One place under two spellings: two names the gazetteer does not know, whose letters (accents,
 * hyphens, spaces and case aside) are the same or differ by one letter, are one place. Reports of a
 * small town spell it as they hear it; read as two places, their figures were never compared.
 * Names of fewer letters are too alike by chance; a known place keeps the gazetteer's relations.
 */
export const SPELLING_VARIANTS = {
  name: 'one place under two spellings',
  minLetters: 5,
  examples: [
    'Majiya / Majia',
    'Arbaat / Arbat',
    'San Remigio / San Remegio',
    'Pont-Sondé / Pont Sonde',
  ],
};

function letters(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}]/gu, '');
}

/** Whether `a` becomes `b` by at most one letter inserted, removed or changed. */
function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  let i = 0;
  while (i < short.length && short[i] === long[i]) i++;
  const rest = short.length === long.length ? i + 1 : i;
  return short.slice(rest) === long.slice(i + 1);
}

export function spellingVariants(a: string, b: string, known: (name: string) => boolean): boolean {
  if (known(a) || known(b)) return false;
  const [x, y] = [letters(a), letters(b)];
  if (Math.min(x.length, y.length) < SPELLING_VARIANTS.minLetters) return false;
  return withinOneEdit(x, y);
}

/** `places`, with two spellings of one place the gazetteer does not know each within the other. */
export function withSpellingVariants(places: PlaceRelation): PlaceRelation {
  const { known } = places;
  if (!known) return places;
  return {
    known,
    region: places.region,
    within: (inner, outer) =>
      places.within(inner, outer) || spellingVariants(inner, outer, (n) => known.call(places, n)),
  };
}

export function sameLocation(a: string | null, b: string | null, places: PlaceRelation): boolean {
  if (a === null || b === null) return a === b;
  return a === b || (within(places, a, b) && within(places, b, a));
}

export function scopeRelation(
  a: string | null,
  b: string | null,
  places: PlaceRelation,
): ScopeRelation {
  if (sameLocation(a, b, places)) return 'same';
  if (b === null) return 'inside';
  if (a === null) return 'contains';
  if (within(places, a, b)) return 'inside';
  if (within(places, b, a)) return 'contains';
  return 'apart';
}

/**
 * Groups the scopes of one (metric, subject) into quantities: connected components of the
 * "equal or nested" relation. A null scope (whole area) joins everything. Each group gets the
 * key location documented in detect-discrepancies.ts (`quantityLocation`).
 */
export function groupScopes(
  locations: (string | null)[],
  places: PlaceRelation,
): (string | null)[][] {
  const distinct = [...new Set(locations)].sort(compareLocations);
  const parent = distinct.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  for (let i = 0; i < distinct.length; i++) {
    for (let j = i + 1; j < distinct.length; j++) {
      if (scopeRelation(distinct[i], distinct[j], places) !== 'apart') {
        const ri = find(i);
        const rj = find(j);
        if (ri !== rj) parent[Math.max(ri, rj)] = Math.min(ri, rj);
      }
    }
  }
  const groups = new Map<number, (string | null)[]>();
  distinct.forEach((loc, i) => {
    const r = find(i);
    groups.set(r, [...(groups.get(r) ?? []), loc]);
  });
  return [...groups.values()];
}

/**
 * The broadest location of a group: null when the whole area is among them; else the location that
 * contains all the others; else (no single root, which a tree gazetteer never yields) the
 * alphabetically first of the locations no other one contains. A group only grows as claims arrive,
 * so its key only ever widens (Almaty → Kazakhstan → null), never flips between siblings.
 */
export function quantityLocation(group: (string | null)[], places: PlaceRelation): string | null {
  if (group.includes(null)) return null;
  const locs = (group as string[]).slice().sort(compareLocations);
  const root = locs.find((outer) => locs.every((inner) => within(places, inner, outer)));
  if (root !== undefined) return root;
  const maximal = locs.filter(
    (l) => !locs.some((o) => o !== l && within(places, l, o) && !within(places, o, l)),
  );
  return (maximal.length ? maximal : locs)[0];
}

export function compareLocations(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return -1;
  if (b === null) return 1;
  return a < b ? -1 : 1;
}
